"""A board's standing agenda items: copied onto every new meeting's agenda."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, IfMatch, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.publishing import StandingItemOut
from app.domain.meetings import standing
from app.domain.meetings.schemas import StandingItemCreate, StandingItemUpdate
from app.domain.versions import etag

router = APIRouter(tags=["meetings"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 412, 422, 428)


@router.get(
    "/boards/{board_id}/standing-agenda-items",
    response_model=list[StandingItemOut],
    responses=_READ,
)
async def list_standing_agenda_items(
    session: Session, actor: CurrentActor, board_id: uuid.UUID
) -> list[StandingItemOut]:
    """In order. Each new meeting of the board starts its agenda with a copy of these."""
    rows = await standing.list_items(session, actor, board_id)
    return [StandingItemOut.model_validate(r) for r in rows]


@router.post(
    "/boards/{board_id}/standing-agenda-items",
    status_code=201,
    response_model=StandingItemOut,
    responses=_WRITE,
)
async def create_standing_agenda_item(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    body: StandingItemCreate,
    response: Response,
) -> StandingItemOut:
    """Coordinators add an item, at the end or at `position`. Meetings already scheduled
    keep their agendas; meetings scheduled from now on get it."""
    item = await standing.create_item(session, actor, board_id, body)
    response.headers["Location"] = f"/api/v1/standing-agenda-items/{item.id}"
    response.headers["ETag"] = etag(item.version)
    return StandingItemOut.model_validate(item)


@router.get(
    "/standing-agenda-items/{standing_item_id}", response_model=StandingItemOut, responses=_READ
)
async def get_standing_agenda_item(
    session: Session, actor: CurrentActor, standing_item_id: uuid.UUID, response: Response
) -> StandingItemOut:
    item = await standing.get_item(session, actor, standing_item_id)
    response.headers["ETag"] = etag(item.version)
    return StandingItemOut.model_validate(item)


@router.patch(
    "/standing-agenda-items/{standing_item_id}", response_model=StandingItemOut, responses=_WRITE
)
async def update_standing_agenda_item(
    session: Session,
    actor: CurrentActor,
    standing_item_id: uuid.UUID,
    body: StandingItemUpdate,
    version: IfMatch,
    response: Response,
) -> StandingItemOut:
    """Rename, retag or move it (`position`); the others close up around it."""
    item = await standing.update_item(session, actor, standing_item_id, body, version)
    response.headers["ETag"] = etag(item.version)
    return StandingItemOut.model_validate(item)


@router.delete("/standing-agenda-items/{standing_item_id}", status_code=204, responses=_WRITE)
async def delete_standing_agenda_item(
    session: Session, actor: CurrentActor, standing_item_id: uuid.UUID
) -> Response:
    """Meetings that copied it keep their copy."""
    await standing.delete_item(session, actor, standing_item_id)
    return Response(status_code=204)
