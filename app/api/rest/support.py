"""``/people/{id}/back-seat``: a member pausing themself, and coming back."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.support import BackSeatOut
from app.domain.support import backseat
from app.domain.support.schemas import BackSeatSet

router = APIRouter(
    prefix="/people/{person_id}/back-seat", tags=["support"], route_class=TransactionalRoute
)


@router.get("", response_model=BackSeatOut, responses=error_responses(401, 403, 404))
async def get_back_seat(session: Session, actor: CurrentActor, person_id: uuid.UUID) -> BackSeatOut:
    """Whether the person is taking a back seat (404 when not), and until when."""
    return BackSeatOut.model_validate(await backseat.get_back_seat(session, actor, person_id))


@router.put("", response_model=BackSeatOut, responses=error_responses(401, 403, 404, 422))
async def take_back_seat(
    session: Session, actor: CurrentActor, person_id: uuid.UUID, body: BackSeatSet
) -> BackSeatOut:
    """Take (or change) a back seat: seat rotation skips the person until the date."""
    seat = await backseat.take_back_seat(session, actor, person_id, body)
    return BackSeatOut.model_validate(seat)


@router.delete("", status_code=204, responses=error_responses(401, 403, 404))
async def end_back_seat(session: Session, actor: CurrentActor, person_id: uuid.UUID) -> Response:
    """Come back: rotation counts the person again."""
    await backseat.end_back_seat(session, actor, person_id)
    return Response(status_code=204)
