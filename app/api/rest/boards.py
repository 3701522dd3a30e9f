"""``/boards`` and their memberships."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from app.api.deps import CurrentActor, IfMatch, Pagination, Session
from app.api.problems import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.boards import BoardOut, BoardWithMemberships, MembershipOut
from app.api.views.people import person_fields
from app.domain.boards import memberships, service
from app.domain.boards.schemas import (
    BoardCreate,
    BoardKind,
    BoardUpdate,
    MembershipCreate,
    MembershipStatus,
    MembershipUpdate,
)
from app.domain.people.service import person_rows_by_ids
from app.domain.versions import etag

router = APIRouter(tags=["boards"], route_class=TransactionalRoute)


_BOARD_FIELDS = tuple(BoardOut.model_fields)
_MEMBERSHIP_FIELDS = tuple(MembershipOut.model_fields)


@router.get(
    "/boards",
    response_model=PageOut[BoardWithMemberships] | PageOut[BoardOut],
    responses=error_responses(401, 403, 422),
)
async def list_boards(
    session: Session,
    actor: CurrentActor,
    page: Pagination,
    kind: Annotated[BoardKind | None, Query(description="Only boards of this kind.")] = None,
    expand: Annotated[
        Literal["memberships"] | None,
        Query(description="`memberships` embeds each board's memberships and their people."),
    ] = None,
) -> PageOut[BoardWithMemberships] | PageOut[BoardOut]:
    result = await service.list_boards(session, actor, page, kind=kind)
    if expand is None:
        return PageOut[BoardOut](
            items=[BoardOut.model_validate(b) for b in result.items],
            next_cursor=result.next_cursor,
        )
    # Three queries whatever the page holds: boards, their memberships, those people. The
    # last two read plain rows and the page is validated once, from dicts: building an
    # ORM object or a model per row was most of this request's time (see bench/).
    by_board = await memberships.membership_rows_by_board(
        session, actor, [b.id for b in result.items], _MEMBERSHIP_FIELDS
    )
    people = await person_rows_by_ids(
        session, actor, {m["person_id"] for ms in by_board.values() for m in ms}
    )
    people_out = {pid: person_fields(actor, row) for pid, row in people.items()}
    items = [
        {
            **{name: board.__dict__[name] for name in _BOARD_FIELDS},
            "memberships": [
                {
                    **{name: m[name] for name in _MEMBERSHIP_FIELDS},
                    "person": people_out[m["person_id"]],
                }
                for m in by_board.get(board.id, [])
            ],
        }
        for board in result.items
    ]
    return PageOut[BoardWithMemberships].model_validate(
        {"items": items, "next_cursor": result.next_cursor}
    )


@router.post(
    "/boards", status_code=201, response_model=BoardOut, responses=error_responses(401, 403, 422)
)
async def create_board(
    session: Session, actor: CurrentActor, body: BoardCreate, response: Response
) -> BoardOut:
    board = await service.create_board(session, actor, body)
    response.headers["Location"] = f"/api/v1/boards/{board.id}"
    response.headers["ETag"] = etag(board.version)
    return BoardOut.model_validate(board)


@router.get("/boards/{board_id}", response_model=BoardOut, responses=error_responses(401, 403, 404))
async def get_board(
    session: Session, actor: CurrentActor, board_id: uuid.UUID, response: Response
) -> BoardOut:
    board = await service.get_board(session, actor, board_id)
    response.headers["ETag"] = etag(board.version)
    return BoardOut.model_validate(board)


@router.patch(
    "/boards/{board_id}",
    response_model=BoardOut,
    responses=error_responses(401, 403, 404, 412, 422, 428),
)
async def update_board(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    body: BoardUpdate,
    version: IfMatch,
    response: Response,
) -> BoardOut:
    board = await service.update_board(session, actor, board_id, body, version)
    response.headers["ETag"] = etag(board.version)
    return BoardOut.model_validate(board)


@router.get(
    "/boards/{board_id}/memberships",
    response_model=PageOut[MembershipOut],
    responses=error_responses(401, 403, 404, 422),
)
async def list_memberships(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    page: Pagination,
    status: Annotated[MembershipStatus | None, Query()] = None,
) -> PageOut[MembershipOut]:
    result = await memberships.list_memberships(session, actor, board_id, page, status=status)
    return PageOut(
        items=[MembershipOut.model_validate(m) for m in result.items],
        next_cursor=result.next_cursor,
    )


@router.post(
    "/boards/{board_id}/memberships",
    status_code=201,
    response_model=MembershipOut,
    responses=error_responses(401, 403, 404, 409, 422),
)
async def create_membership(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    body: MembershipCreate,
    response: Response,
) -> MembershipOut:
    """Add a person to a board. A board has at most one active chair, vice chair and secretary."""
    membership = await memberships.create_membership(session, actor, board_id, body)
    response.headers["Location"] = f"/api/v1/memberships/{membership.id}"
    response.headers["ETag"] = etag(membership.version)
    return MembershipOut.model_validate(membership)


@router.get(
    "/memberships/{membership_id}",
    response_model=MembershipOut,
    responses=error_responses(401, 403, 404),
)
async def get_membership(
    session: Session, actor: CurrentActor, membership_id: uuid.UUID, response: Response
) -> MembershipOut:
    membership = await memberships.get_membership(session, actor, membership_id)
    response.headers["ETag"] = etag(membership.version)
    return MembershipOut.model_validate(membership)


@router.patch(
    "/memberships/{membership_id}",
    response_model=MembershipOut,
    responses=error_responses(401, 403, 404, 409, 412, 422, 428),
)
async def update_membership(
    session: Session,
    actor: CurrentActor,
    membership_id: uuid.UUID,
    body: MembershipUpdate,
    version: IfMatch,
    response: Response,
) -> MembershipOut:
    """Change role, status (active, paused, left) or term."""
    membership = await memberships.update_membership(session, actor, membership_id, body, version)
    response.headers["ETag"] = etag(membership.version)
    return MembershipOut.model_validate(membership)
