"""Taking a back seat: a member pauses themself and says when they expect to return.

Seat rotation skips them for meetings before that date (``seats/facts.py``), and their
pause is shown to the organisation as paused, with the date, never a reason. The member
takes and ends it; coordinators may too, on their behalf.
"""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import BackSeat
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require_self_or
from app.domain.errors import NotFound, RuleViolation
from app.domain.people.service import get_person
from app.domain.support.schemas import BackSeatSet


async def _find(session: AsyncSession, actor: Actor, person_id: uuid.UUID) -> BackSeat | None:
    return await session.scalar(
        select(BackSeat).where(
            col(BackSeat.person_id) == person_id,
            col(BackSeat.organisation_id) == actor.organisation_id,
        )
    )


async def get_back_seat(session: AsyncSession, actor: Actor, person_id: uuid.UUID) -> BackSeat:
    await get_person(session, actor, person_id)  # 404 across organisations, people:read
    found = await _find(session, actor, person_id)
    if found is None:
        raise NotFound("back seat")
    return found


async def take_back_seat(
    session: AsyncSession, actor: Actor, person_id: uuid.UUID, data: BackSeatSet
) -> BackSeat:
    await get_person(session, actor, person_id)
    require_self_or(actor, person_id, Permission.PEOPLE_WRITE)
    today = utcnow().date()
    if data.expected_return_on is not None and data.expected_return_on <= today:
        raise RuleViolation.field("/expectedReturnOn", "The expected return must be after today.")
    seat = await _find(session, actor, person_id)
    action = "back_seat.changed"
    if seat is None:
        seat = BackSeat(organisation_id=actor.organisation_id, person_id=person_id)
        session.add(seat)
        action = "back_seat.taken"
    else:
        seat.updated_at = utcnow()
    seat.expected_return_on = data.expected_return_on
    await session.flush()
    audit.record(
        session, actor, action, "back_seat", seat.id, actor.organisation_id, {"expected_return_on"}
    )
    audit.emit(
        session,
        actor.organisation_id,
        "person.paused",
        {
            "personId": str(person_id),
            "expectedReturnOn": seat.expected_return_on.isoformat()
            if seat.expected_return_on
            else None,
        },
    )
    return seat


async def end_back_seat(session: AsyncSession, actor: Actor, person_id: uuid.UUID) -> None:
    await get_person(session, actor, person_id)
    require_self_or(actor, person_id, Permission.PEOPLE_WRITE)
    seat = await _find(session, actor, person_id)
    if seat is None:
        raise NotFound("back seat")
    await session.delete(seat)
    await session.flush()
    audit.record(session, actor, "back_seat.ended", "back_seat", seat.id, actor.organisation_id)
    audit.emit(session, actor.organisation_id, "person.returned", {"personId": str(person_id)})
