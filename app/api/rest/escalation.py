"""Escalation levels per board, and each governance board's senior sponsor."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, IfMatch, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.trail import EscalationLevelOut, SponsorOut
from app.db.models import EscalationLevel
from app.domain.recommendations import escalation
from app.domain.recommendations.schemas import (
    EscalationLevelCreate,
    EscalationLevelUpdate,
    SponsorInput,
)
from app.domain.versions import etag

router = APIRouter(tags=["escalation"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 422)
_EDIT = error_responses(401, 403, 404, 409, 412, 422, 428)


def _level(level: EscalationLevel, response: Response) -> EscalationLevelOut:
    response.headers["ETag"] = etag(level.version)
    return EscalationLevelOut.model_validate(level)


@router.get(
    "/boards/{board_id}/escalation-levels",
    response_model=list[EscalationLevelOut],
    responses=_READ,
)
async def list_escalation_levels(
    session: Session, actor: CurrentActor, board_id: uuid.UUID
) -> list[EscalationLevelOut]:
    """The board's levels, lowest first. Its issues start at the first; a recommendation
    to it left unanswered past its due date climbs them too."""
    rows = await escalation.list_levels(session, actor, board_id)
    return [EscalationLevelOut.model_validate(r) for r in rows]


@router.post(
    "/boards/{board_id}/escalation-levels",
    status_code=201,
    response_model=EscalationLevelOut,
    responses=_WRITE,
)
async def create_escalation_level(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    body: EscalationLevelCreate,
    response: Response,
) -> EscalationLevelOut:
    """Coordinators add a level: its name, owner and response time in days."""
    level = await escalation.create_level(session, actor, board_id, body)
    response.headers["Location"] = f"/api/v1/escalation-levels/{level.id}"
    return _level(level, response)


@router.get("/escalation-levels/{level_id}", response_model=EscalationLevelOut, responses=_READ)
async def get_escalation_level(
    session: Session, actor: CurrentActor, level_id: uuid.UUID, response: Response
) -> EscalationLevelOut:
    return _level(await escalation.get_level(session, actor, level_id), response)


@router.patch("/escalation-levels/{level_id}", response_model=EscalationLevelOut, responses=_EDIT)
async def update_escalation_level(
    session: Session,
    actor: CurrentActor,
    level_id: uuid.UUID,
    body: EscalationLevelUpdate,
    version: IfMatch,
    response: Response,
) -> EscalationLevelOut:
    """Applies to moves from now on; items at the level keep the time they were given.
    Send the level's ETag as `If-Match`: two coordinators editing it at once must not
    silently undo each other's change of owner or response time."""
    level = await escalation.update_level(session, actor, level_id, body, version)
    return _level(level, response)


@router.delete("/escalation-levels/{level_id}", status_code=204, responses=_WRITE)
async def delete_escalation_level(
    session: Session, actor: CurrentActor, level_id: uuid.UUID
) -> Response:
    """Items at a removed level move on to the next remaining one when their time is up."""
    await escalation.delete_level(session, actor, level_id)
    return Response(status_code=204)


@router.get("/boards/{board_id}/sponsor", response_model=SponsorOut, responses=_READ)
async def get_board_sponsor(
    session: Session, actor: CurrentActor, board_id: uuid.UUID
) -> SponsorOut:
    """404 when the board has none."""
    return SponsorOut.model_validate(await escalation.get_sponsor(session, actor, board_id))


@router.put("/boards/{board_id}/sponsor", response_model=SponsorOut, responses=_WRITE)
async def set_board_sponsor(
    session: Session, actor: CurrentActor, board_id: uuid.UUID, body: SponsorInput
) -> SponsorOut:
    """Name the governance board's senior sponsor, who is told of every recommendation to
    it left unanswered past its due date (emits `recommendation.sponsor_notified`)."""
    return SponsorOut.model_validate(await escalation.set_sponsor(session, actor, board_id, body))


@router.delete("/boards/{board_id}/sponsor", status_code=204, responses=_WRITE)
async def clear_board_sponsor(
    session: Session, actor: CurrentActor, board_id: uuid.UUID
) -> Response:
    await escalation.clear_sponsor(session, actor, board_id)
    return Response(status_code=204)
