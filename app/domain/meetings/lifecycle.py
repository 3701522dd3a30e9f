"""The meeting lifecycle: one table of transitions, and what each step does.

scheduled -> postponed (a new date is to be found) | cancelled | held (once it started);
postponed -> scheduled (rescheduled, at its new time) | cancelled. Held and cancelled are
final: a held meeting is the record its minutes, attendance and payments rest on, and a
cancelled one is brought back by scheduling a new meeting. Repeating the step a meeting
has just taken (cancel a cancelled meeting, ...) answers with it as it is, so a retry
after a lost response is safe.

Cancelling keeps the papers (they are what was prepared, and may be reused) but releases
every seat assignment: nobody is counted as sitting, and the calendar feed shows the
event as CANCELLED.
"""

from __future__ import annotations

import uuid
from datetime import UTC
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Meeting, SeatAssignment
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.boards.roles import require_permission_or_board_role
from app.domain.boards.schemas import MembershipRole
from app.domain.errors import InvalidTransition, RuleViolation
from app.domain.meetings import notices
from app.domain.meetings.schemas import MeetingStatus, RescheduleInput
from app.domain.meetings.service import event_data, get_meeting, lock_meeting
from app.domain.seats import facts
from app.domain.seats.rota import event_data as seat_event_data

RELEASED = "released"
RELEASE_REASON = "meeting cancelled"


class Step(StrEnum):
    POSTPONE = "postpone"
    RESCHEDULE = "reschedule"
    CANCEL = "cancel"
    HOLD = "hold"


S = MeetingStatus
TRANSITIONS: dict[tuple[MeetingStatus, Step], MeetingStatus] = {
    (S.SCHEDULED, Step.POSTPONE): S.POSTPONED,
    (S.SCHEDULED, Step.CANCEL): S.CANCELLED,
    (S.SCHEDULED, Step.HOLD): S.HELD,
    (S.POSTPONED, Step.RESCHEDULE): S.SCHEDULED,
    (S.POSTPONED, Step.CANCEL): S.CANCELLED,
}
_TARGET = {step: target for (_, step), target in TRANSITIONS.items()}
# A PATCH of `status` names where the meeting should go; each target has one step.
STEP_TO = {target: step for step, target in _TARGET.items()}

# What each step is called in the audit trail and the event outbox. Rescheduling says
# what a change of time always said: the meeting is scheduled (at its new time).
_EVENT = {
    Step.POSTPONE: "meeting.postponed",
    Step.RESCHEDULE: "meeting.scheduled",
    Step.CANCEL: "meeting.cancelled",
    Step.HOLD: "meeting.held",
}
_AUDIT = {
    Step.POSTPONE: "meeting.postponed",
    Step.RESCHEDULE: "meeting.rescheduled",
    Step.CANCEL: "meeting.cancelled",
    Step.HOLD: "meeting.held",
}
# Saying a meeting took place is the minute takers' business as much as staff's.
_MINUTE_TAKERS = (MembershipRole.CHAIR, MembershipRole.SECRETARY)
# Holding a meeting is no news to those who sat at it.
_NOTICE = {
    Step.POSTPONE: notices.POSTPONED,
    Step.RESCHEDULE: notices.RESCHEDULED,
    Step.CANCEL: notices.CANCELLED,
}


def allowed(status: MeetingStatus | str) -> list[str]:
    return [step.value for (source, step) in TRANSITIONS if source == status]


def next_status(current: str, step: Step) -> MeetingStatus:
    status = MeetingStatus(current)
    target = TRANSITIONS.get((status, step))
    if target is None:
        raise InvalidTransition("meeting", status.value, _TARGET[step].value, allowed(status))
    return target


def step_to(current: str, target: MeetingStatus) -> Step | None:
    """The step a PATCH of ``status`` asks for; None when the meeting is already there."""
    if current == target:
        return None
    step = STEP_TO[target]
    next_status(current, step)  # refuse before anything else of the PATCH is written
    return step


async def _authorise(session: AsyncSession, actor: Actor, meeting: Meeting, step: Step) -> None:
    if step == Step.HOLD:
        await require_permission_or_board_role(
            session, actor, meeting.board_id, Permission.MEETINGS_WRITE, _MINUTE_TAKERS
        )
    else:
        require(actor, Permission.MEETINGS_WRITE)


async def _release_seats(session: AsyncSession, actor: Actor, meeting: Meeting) -> None:
    assignments = await session.scalars(
        select(SeatAssignment).where(
            col(SeatAssignment.meeting_id) == meeting.id,
            col(SeatAssignment.status) == facts.ASSIGNED,
        )
    )
    now = utcnow()
    released = list(assignments)
    for assignment in released:
        assignment.status = RELEASED
        assignment.ended_at = now
        assignment.reason = RELEASE_REASON
    await session.flush()
    for assignment in released:
        audit.record(
            session,
            actor,
            "seat.released",
            "seat_assignment",
            assignment.id,
            assignment.organisation_id,
            {"status", "reason", "ended_at"},
        )
        audit.emit(
            session, assignment.organisation_id, "seat.released", seat_event_data(assignment)
        )


async def apply_step(
    session: AsyncSession,
    actor: Actor,
    meeting: Meeting,
    step: Step,
    also: set[str] | None = None,
) -> Meeting:
    """Take ``step`` on a meeting the caller has locked and authorised. ``also`` names
    fields the same request changed, so one audit row tells the whole change."""
    target = next_status(meeting.status, step)
    if step == Step.HOLD and meeting.starts_at > utcnow():
        raise RuleViolation.field(
            "/status", "A meeting can be marked held once it has started; this one has not."
        )
    # Before the seats are released, so their holders are told too.
    told = await notices.audience(session, meeting) if step in _NOTICE else set()
    meeting.status = target.value
    meeting.updated_at = utcnow()
    session.add(meeting)
    await session.flush()
    if target == MeetingStatus.CANCELLED:
        await _release_seats(session, actor, meeting)
    audit.record(
        session,
        actor,
        _AUDIT[step],
        "meeting",
        meeting.id,
        meeting.organisation_id,
        {"status", *(also or set())},
    )
    audit.emit(session, meeting.organisation_id, _EVENT[step], event_data(meeting))
    if step in _NOTICE:
        await notices.tell(session, actor, meeting, _NOTICE[step], told)
    return meeting


async def take_step(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    step: Step,
    when: RescheduleInput | None = None,
) -> Meeting:
    """One step of the lifecycle, from its own endpoint or mutation. The meeting row is
    locked first, so two steps at once queue and the second sees the first's result."""
    meeting = await get_meeting(session, actor, meeting_id)
    await _authorise(session, actor, meeting, step)
    meeting = await lock_meeting(session, meeting)
    if step != Step.RESCHEDULE and meeting.status == _TARGET[step]:
        return meeting
    also: set[str] = set()
    if step == Step.RESCHEDULE:
        next_status(meeting.status, step)
        if when is not None:
            meeting.starts_at = when.starts_at.astimezone(UTC)
            meeting.ends_at = when.ends_at.astimezone(UTC)
            also = {"starts_at", "ends_at"}
    return await apply_step(session, actor, meeting, step, also)
