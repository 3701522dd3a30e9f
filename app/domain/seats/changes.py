"""Changing who holds a seat at a meeting: declines, swaps and substitutions."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Board, Meeting, SeatAssignment
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.errors import InvalidTransition, RuleViolation
from app.domain.seats import facts, notices
from app.domain.seats.eligibility import ineligibility, ineligible_detail
from app.domain.seats.rota import (
    _assignment,
    event_data,
    explanation,
    lock_seat,
    record_assignments,
)
from app.domain.seats.rotation import choose
from app.domain.seats.schemas import DeclineRequest, SwapRequest


async def get_assignment(
    session: AsyncSession, actor: Actor, assignment_id: uuid.UUID
) -> SeatAssignment:
    require(actor, Permission.SEATS_READ)
    return await store.one(
        session, SeatAssignment, assignment_id, store.in_org(SeatAssignment, actor), "assignment"
    )


async def _current_future(
    session: AsyncSession, assignment: SeatAssignment, target: str
) -> Meeting:
    if assignment.status != facts.ASSIGNED:
        raise InvalidTransition("assignment", assignment.status, target, [])
    meeting = await session.get_one(Meeting, assignment.meeting_id)
    if meeting.starts_at <= utcnow():
        raise RuleViolation("The meeting has started; its seats can no longer change.")
    return meeting


def _end(assignment: SeatAssignment, status: str, reason: str | None) -> None:
    assignment.status = status
    assignment.ended_at = utcnow()
    assignment.reason = reason


async def decline(
    session: AsyncSession, actor: Actor, assignment_id: uuid.UUID, data: DeclineRequest
) -> tuple[SeatAssignment, SeatAssignment | None]:
    """The holder (or a coordinator for them) declines; the next eligible member takes the
    seat. A decline is not a turn, so the decliner keeps their place for the next meeting."""
    assignment = await get_assignment(session, actor, assignment_id)
    if not actor.is_self(assignment.person_id):
        require(actor, Permission.SEATS_MANAGE)
    seat = await lock_seat(session, actor, assignment.seat_id)
    await session.refresh(assignment)
    meeting = await _current_future(session, assignment, "declined")
    _end(assignment, facts.DECLINED, data.reason)
    await session.flush()
    audit.record(
        session,
        actor,
        "seat.declined",
        "seat_assignment",
        assignment.id,
        assignment.organisation_id,
        {"status", "reason"},
    )
    audit.emit(session, assignment.organisation_id, "seat.declined", event_data(assignment))

    governance = await session.get_one(Board, seat.governance_board_id)
    known = await facts.load(session, seat, [meeting], governance)
    choice = choose(known.members, known.meetings[0], frozenset(seat.required_training))
    replacement = None
    if choice.person_id is not None:
        replacement = _assignment(
            seat, meeting.id, choice.person_id, "decline", explanation(choice)
        )
        session.add(replacement)
        await session.flush()
        record_assignments(session, actor, [replacement], "seat.assigned")
        await notices.seats_changed(session, actor, [replacement])
    await session.flush()
    return assignment, replacement


async def swap(
    session: AsyncSession, actor: Actor, assignment_id: uuid.UUID, data: SwapRequest
) -> list[SeatAssignment]:
    """A coordinator exchanges two holders, or puts an eligible substitute in; with a reason."""
    first = await get_assignment(session, actor, assignment_id)
    require(actor, Permission.SEATS_MANAGE)
    seat = await lock_seat(session, actor, first.seat_id)
    await session.refresh(first)
    meeting = await _current_future(session, first, "replaced")
    why: dict[str, object] = {
        "why": "Changed by a coordinator, with a recorded reason.",
        "considered": [],
    }
    if data.other_assignment_id is not None:
        second = await get_assignment(session, actor, data.other_assignment_id)
        if second.id == first.id:
            raise RuleViolation.field("/otherAssignmentId", "Swap with a different assignment.")
        other_seat = await lock_seat(session, actor, second.seat_id)
        await session.refresh(second)
        other_meeting = await _current_future(session, second, "replaced")
        for old in (first, second):
            _end(old, "replaced", data.reason)
        await session.flush()
        new = [
            _assignment(seat, meeting.id, second.person_id, "swap", why, data.reason),
            _assignment(other_seat, other_meeting.id, first.person_id, "swap", why, data.reason),
        ]
    else:
        substitute = data.substitute_person_id
        assert substitute is not None
        governance = await session.get_one(Board, seat.governance_board_id)
        _end(first, "replaced", data.reason)
        await session.flush()
        known = await facts.load(session, seat, [meeting], governance)
        member = next((m for m in known.members if m.person_id == substitute), None)
        if member is None:
            raise RuleViolation.field(
                "/substitutePersonId", "That person is not in this seat's pool."
            )
        blocked = ineligibility(member, known.meetings[0], frozenset(seat.required_training))
        if blocked is not None:
            raise RuleViolation.field(
                "/substitutePersonId",
                ineligible_detail(
                    blocked, member, known.meetings[0], frozenset(seat.required_training)
                ),
            )
        new = [_assignment(seat, meeting.id, substitute, "substitution", why, data.reason)]
    session.add_all(new)
    await session.flush()
    record_assignments(session, actor, new, "seat.assigned")
    # Exchanged holders each hear of their new seat; a substitute's predecessor is told
    # the seat was taken from them.
    await notices.seats_changed(
        session, actor, new, [] if data.other_assignment_id is not None else [first]
    )
    await session.flush()
    return new
