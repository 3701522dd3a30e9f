"""``/boards`` and their memberships."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from app.api.deps import CurrentActor, IfMatch, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut, json_keys
from app.api.views.boards import BoardOut, BoardWithMemberships, MembershipOut
from app.api.views.people import PersonPrivate, PersonPublic
from app.domain.boards import memberships, service, tree
from app.domain.boards.schemas import (
    BoardCreate,
    BoardKind,
    BoardUpdate,
    MembershipCreate,
    MembershipStatus,
    MembershipUpdate,
)
from app.domain.versions import etag

router = APIRouter(tags=["boards"], route_class=TransactionalRoute)


_TREE = tree.TreeShape(
    board=json_keys(BoardOut),
    membership=json_keys(MembershipOut),
    person_public=json_keys(PersonPublic),
    person_private=json_keys(PersonPrivate),
)


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
    if expand is not None:
        # One statement writes the whole page (app/domain/boards/tree.py); building an
        # ORM object and a model per row was most of this request's time (see bench/).
        found = await tree.board_tree_page(session, actor, page, _TREE, kind=kind)
        cursor = "null" if found.next_cursor is None else f'"{found.next_cursor}"'
        body = f'{{"items":[{",".join(found.items)}],"nextCursor":{cursor}}}'
        return Response(body, media_type="application/json")  # type: ignore[return-value]
    result = await service.list_boards(session, actor, page, kind=kind)
    return PageOut[BoardOut](
        items=[BoardOut.model_validate(b) for b in result.items],
        next_cursor=result.next_cursor,
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
