"""Changing who holds a seat at a meeting: declines, swaps and substitutions."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import Board, Meeting, Seat, SeatAssignment
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.errors import InvalidTransition, RuleViolation
from app.domain.seats import facts, notices, rebalance, settings
from app.domain.seats.eligibility import ineligibility, ineligible_detail
from app.domain.seats.rebalance import end
from app.domain.seats.rota import _assignment, event_data, lock_seat, record_assignments
from app.domain.seats.schemas import DeclineRequest, SeatKind, SwapRequest


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


async def decline(
    session: AsyncSession, actor: Actor, assignment_id: uuid.UUID, data: DeclineRequest
) -> tuple[SeatAssignment, SeatAssignment | None]:
    """The holder (or a coordinator for them) declines. A named substitute takes the seat;
    otherwise a rotating seat is re-planned from this meeting (``rebalance``), and a fixed
    seat goes to the rotation pool only if the board says so. A decline is not a turn, so
    the decliner keeps their place in the queue."""
    assignment = await get_assignment(session, actor, assignment_id)
    if not actor.is_self(assignment.person_id):
        require(actor, Permission.SEATS_MANAGE)
    seat = await lock_seat(session, actor, assignment.seat_id)
    await session.refresh(assignment)
    meeting = await _current_future(session, assignment, "declined")
    end(assignment, facts.DECLINED, data.reason)
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
    if data.substitute_person_id is not None:
        why: dict[str, object] = {
            "why": "Named as substitute when the holder declined.",
            "considered": [],
        }
        await _check_substitute(session, seat, meeting, data.substitute_person_id)
        new = [_assignment(seat, meeting.id, data.substitute_person_id, "substitution", why)]
        session.add_all(new)
        await session.flush()
        record_assignments(session, actor, new, "seat.assigned")
        await notices.seats_changed(session, actor, new)
    elif (
        seat.kind == SeatKind.FIXED
        and not (await settings.effective(session, seat.advisory_board_id)).declined_fixed_to_pool
    ):
        new = []  # the board keeps a fixed seat for its holder: it stays empty this once
    else:
        new = await rebalance.replan_from(session, actor, seat, [meeting], source="decline")
    await session.flush()
    return assignment, next((a for a in new if a.meeting_id == meeting.id), None)


async def _check_substitute(
    session: AsyncSession, seat: Seat, meeting: Meeting, person_id: uuid.UUID
) -> None:
    """A substitute must be in the seat's pool and eligible at the meeting; the pointer
    names the field in both the decline and the swap request."""
    governance = await session.get_one(Board, seat.governance_board_id)
    known = await facts.load(session, seat, [meeting], governance)
    member = next((m for m in known.members if m.person_id == person_id), None)
    if member is None:
        raise RuleViolation.field("/substitutePersonId", "That person is not in this seat's pool.")
    training = frozenset(seat.required_training)
    blocked = ineligibility(member, known.meetings[0], training)
    if blocked is not None:
        raise RuleViolation.field(
            "/substitutePersonId",
            ineligible_detail(blocked, member, known.meetings[0], training),
        )


async def _check_one_seat(
    session: AsyncSession, seat: Seat, person_id: uuid.UUID, meeting_id: uuid.UUID
) -> None:
    """Rule 3 for a swap across meetings: the person moved in must not already sit in
    another seat at that meeting, unless the board allows two seats."""
    if (await settings.effective(session, seat.advisory_board_id)).allow_two_seats:
        return
    elsewhere = await session.scalar(
        select(SeatAssignment.id).where(
            SeatAssignment.meeting_id == meeting_id,
            SeatAssignment.person_id == person_id,
            SeatAssignment.status == facts.ASSIGNED,
        )
    )
    if elsewhere is not None:
        raise RuleViolation.field(
            "/otherAssignmentId", "That swap would give one person two seats at a meeting."
        )


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
            end(old, "replaced", data.reason)
        await session.flush()
        if other_meeting.id != meeting.id:
            await _check_one_seat(session, seat, second.person_id, meeting.id)
            await _check_one_seat(session, other_seat, first.person_id, other_meeting.id)
        new = [
            _assignment(seat, meeting.id, second.person_id, "swap", why, data.reason),
            _assignment(other_seat, other_meeting.id, first.person_id, "swap", why, data.reason),
        ]
    else:
        substitute = data.substitute_person_id
        assert substitute is not None
        end(first, "replaced", data.reason)
        await session.flush()
        await _check_substitute(session, seat, meeting, substitute)
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
