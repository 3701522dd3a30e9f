"""Attendance and minutes of a meeting."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Attendance, Board, Meeting, Minutes
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission
from app.domain.boards.roles import board_role, require_permission_or_board_role
from app.domain.boards.schemas import MembershipRole
from app.domain.errors import Conflict, NotFound, PreconditionRequired, RuleViolation
from app.domain.expenses.rejudging import rejudge_open_claims
from app.domain.meetings.guests import may_attend
from app.domain.meetings.quorum import is_quorate
from app.domain.meetings.schemas import (
    AttendanceInput,
    AttendanceStatus,
    MeetingStatus,
    MinutesInput,
    MinutesPublicTextInput,
)
from app.domain.meetings.service import get_meeting
from app.domain.people.service import get_person
from app.domain.versions import Precondition, check_version

_MINUTE_TAKERS = (MembershipRole.CHAIR, MembershipRole.SECRETARY)
# Apologies are sent before a meeting; who was there is known only once it has sat.
_APOLOGIES_BEFORE = frozenset({MeetingStatus.SCHEDULED, MeetingStatus.POSTPONED})


def _require_held(meeting: Meeting, what: str) -> None:
    if meeting.status != MeetingStatus.HELD:
        raise Conflict(
            f"{what} only for a held meeting, and this one is {meeting.status}. Mark it held "
            "once it has sat (POST /meetings/{id}/hold, or holdMeeting)."
        )


async def list_attendance(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID
) -> list[Attendance]:
    meeting = await get_meeting(session, actor, meeting_id)
    rows = await session.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting.id).order_by(col(Attendance.id))
    )
    return list(rows)


async def record_attendance(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID, data: AttendanceInput
) -> Attendance:
    """Staff and the board's officers record anyone's attendance; a person may send their
    own apologies, but only the minute takers say who was present or absent."""
    meeting = await get_meeting(session, actor, meeting_id)
    own_apologies = actor.is_self(data.person_id) and data.status == AttendanceStatus.APOLOGIES
    if not own_apologies:
        await require_permission_or_board_role(
            session, actor, meeting.board_id, Permission.MEETINGS_WRITE, _MINUTE_TAKERS
        )
    if not (data.status == AttendanceStatus.APOLOGIES and meeting.status in _APOLOGIES_BEFORE):
        _require_held(meeting, "Attendance is recorded (apologies may be sent beforehand)")
    try:
        await get_person(session, actor, data.person_id)
    except NotFound:
        raise RuleViolation.field("/personId", "No person with that ID exists here.") from None
    if not await may_attend(session, meeting, data.person_id):
        raise RuleViolation.field(
            "/personId",
            "Attendance is recorded only for the board's members, holders of a seat at this "
            "meeting and its invited guests.",
        )
    row = await session.scalar(
        select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.person_id == data.person_id
        )
    )
    if row is None:
        row = Attendance(
            organisation_id=meeting.organisation_id,
            meeting_id=meeting.id,
            person_id=data.person_id,
            status=data.status.value,
        )
        session.add(row)
    else:
        row.status = data.status.value
        row.updated_at = utcnow()
    await session.flush()
    # An involvement payment needs attendance: the person's drafts show it at once.
    await rejudge_open_claims(session, data.person_id, meeting.id)
    audit.record(
        session,
        actor,
        "attendance.recorded",
        "attendance",
        row.id,
        row.organisation_id,
        {"status"},
    )
    return row


async def sees_drafts(session: AsyncSession, actor: Actor, meeting: Meeting) -> bool:
    """Draft minutes are the board's own: its active members (the chair and secretary
    among them) and staff. Partner systems and other boards' people wait for approval."""
    if not actor.is_person:
        return False
    if actor.can(Permission.MEETINGS_WRITE):
        return True
    return await board_role(session, actor, meeting.board_id) is not None


async def _minutes_of(session: AsyncSession, meeting: Meeting) -> Minutes:
    minutes = await session.scalar(select(Minutes).where(Minutes.meeting_id == meeting.id))
    if minutes is None:
        raise NotFound("minutes")
    return minutes


async def get_minutes(session: AsyncSession, actor: Actor, meeting_id: uuid.UUID) -> Minutes:
    """Draft minutes hidden from a caller are not found (404), as drafts elsewhere are:
    whether a meeting has draft minutes is the board's business."""
    meeting = await get_meeting(session, actor, meeting_id)
    minutes = await _minutes_of(session, meeting)
    if minutes.status != "approved" and not await sees_drafts(session, actor, meeting):
        raise NotFound("minutes")
    return minutes


async def _require_minute_taker(session: AsyncSession, actor: Actor, meeting: Meeting) -> None:
    await require_permission_or_board_role(
        session, actor, meeting.board_id, Permission.MEETINGS_WRITE, _MINUTE_TAKERS
    )


async def save_minutes(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    data: MinutesInput,
    expected_version: Precondition | None,
) -> Minutes:
    """Create or edit the draft. Approved minutes are the record: they no longer change."""
    meeting = await get_meeting(session, actor, meeting_id)
    await _require_minute_taker(session, actor, meeting)
    _require_held(meeting, "Minutes are written")
    minutes = await session.scalar(select(Minutes).where(Minutes.meeting_id == meeting.id))
    if minutes is None:
        minutes = Minutes(
            organisation_id=meeting.organisation_id, meeting_id=meeting.id, body=data.body
        )
        session.add(minutes)
        action = "minutes.created"
    else:
        if minutes.status == "approved":
            raise Conflict("Approved minutes cannot be changed.")
        if expected_version is None:
            raise PreconditionRequired("Send If-Match with the ETag of the minutes you edited.")
        check_version(minutes.version, expected_version)
        minutes.body = data.body
        minutes.updated_at = utcnow()
        action = "minutes.updated"
    await session.flush()
    audit.record(session, actor, action, "minutes", minutes.id, minutes.organisation_id, {"body"})
    return minutes


async def approve_minutes(session: AsyncSession, actor: Actor, meeting_id: uuid.UUID) -> Minutes:
    """Inquorate meetings are minuted too (what was said, and that decisions wait for a
    quorate one), so approval is not refused: the minutes record ``quorate`` plainly,
    judged now from the attendance recorded and the board's quorum."""
    meeting = await get_meeting(session, actor, meeting_id)
    await _require_minute_taker(session, actor, meeting)
    minutes = await _minutes_of(session, meeting)
    if minutes.status == "approved":
        return minutes  # approving twice is harmless: retries are safe
    board = await session.get_one(Board, meeting.board_id)
    minutes.status = "approved"
    minutes.approved_at = utcnow()
    minutes.approved_by = actor.id
    minutes.quorate = await is_quorate(session, board, meeting)
    await session.flush()
    audit.record(
        session,
        actor,
        "minutes.approved",
        "minutes",
        minutes.id,
        minutes.organisation_id,
        {"status", "quorate"},
    )
    audit.emit(
        session,
        meeting.organisation_id,
        "minutes.approved",
        {
            "meetingId": str(meeting.id),
            "boardId": str(meeting.board_id),
            "minutesId": str(minutes.id),
            "status": minutes.status,
            "quorate": minutes.quorate,
        },
    )
    return minutes


async def set_public_text(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    data: MinutesPublicTextInput,
    expected_version: Precondition,
) -> Minutes:
    """The minute takers write the public version, before or after approval: approval
    fixes the record (``body``), and redaction is often settled afterwards. It is shown
    publicly only while the minutes are approved and the board is published."""
    meeting = await get_meeting(session, actor, meeting_id)
    await _require_minute_taker(session, actor, meeting)
    minutes = await _minutes_of(session, meeting)
    check_version(minutes.version, expected_version)
    await store.patch(session, actor, minutes, {"public_text": data.public_text}, "minutes")
    return minutes
