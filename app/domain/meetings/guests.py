"""Guests of a meeting, and who may be recorded as attending it.

A guest is someone who is not a member of the board, invited to one meeting with a reason
(a civil servant attending on request). They receive its papers (``guest``) and may be
recorded on its attendance, as may the board's members and the holders of its seats:
nobody else, so the attendance cannot name a stranger and the quorum counts only people
entitled to be there.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import Select, literal, union_all
from sqlalchemy import select as core_select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Meeting, MeetingGuest, Membership, Person, SeatAssignment
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.roles import require_permission_or_board_role
from app.domain.boards.schemas import MembershipRole, MembershipStatus
from app.domain.errors import Conflict, NotFound, RuleViolation
from app.domain.meetings.schemas import GuestInvite, MeetingStatus
from app.domain.meetings.service import get_meeting

GUEST = "guest"
# Those who run the meeting invite its guests, as they record who attended.
_HOSTS = (MembershipRole.CHAIR, MembershipRole.SECRETARY)


def guests_of(meeting: Meeting) -> Select[uuid.UUID, str]:
    """The meeting's guests who are still active people: what circulation unions in."""
    return (
        core_select(col(MeetingGuest.person_id), literal(GUEST))
        .join(Person, col(Person.id) == col(MeetingGuest.person_id))
        .where(col(MeetingGuest.meeting_id) == meeting.id, col(Person.active).is_(True))
    )


async def may_attend(session: AsyncSession, meeting: Meeting, person_id: uuid.UUID) -> bool:
    """A current (not departed) member of the board, a seat holder at the meeting, or a
    guest invited to it: one query."""
    member = core_select(col(Membership.person_id)).where(
        col(Membership.board_id) == meeting.board_id,
        col(Membership.person_id) == person_id,
        col(Membership.status) != MembershipStatus.LEFT.value,
    )
    seated = core_select(col(SeatAssignment.person_id)).where(
        col(SeatAssignment.meeting_id) == meeting.id,
        col(SeatAssignment.person_id) == person_id,
        col(SeatAssignment.status) == "assigned",
    )
    guest = core_select(col(MeetingGuest.person_id)).where(
        col(MeetingGuest.meeting_id) == meeting.id, col(MeetingGuest.person_id) == person_id
    )
    found = await session.execute(union_all(member, seated, guest).limit(1))
    return found.first() is not None


async def list_guests(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID
) -> list[MeetingGuest]:
    meeting = await get_meeting(session, actor, meeting_id)
    rows = await session.scalars(
        select(MeetingGuest)
        .where(MeetingGuest.meeting_id == meeting.id)
        .order_by(col(MeetingGuest.id))
    )
    return list(rows)


async def guests_by_meeting(
    session: AsyncSession, actor: Actor, meeting_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[MeetingGuest]]:
    """``list_guests`` for many meetings in one query."""
    require(actor, Permission.MEETINGS_READ)
    return await store.children(
        session,
        MeetingGuest,
        MeetingGuest.meeting_id,
        meeting_ids,
        col(MeetingGuest.organisation_id) == actor.organisation_id,
        order_by=col(MeetingGuest.id),
    )


def _event(meeting: Meeting, guest: MeetingGuest) -> dict[str, str]:
    # IDs only: the reason is free text and stays out of webhooks.
    return {
        "meetingId": str(meeting.id),
        "boardId": str(meeting.board_id),
        "personId": str(guest.person_id),
    }


async def invite_guest(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID, data: GuestInvite
) -> MeetingGuest:
    """Staff, the chair or the secretary invite someone who is not a member. A held
    meeting still takes a guest, so that one who came on the day can be recorded."""
    meeting = await get_meeting(session, actor, meeting_id)
    await require_permission_or_board_role(
        session, actor, meeting.board_id, Permission.MEETINGS_WRITE, _HOSTS
    )
    if meeting.status == MeetingStatus.CANCELLED:
        raise Conflict("The meeting is cancelled: it has no guests to invite.")
    person = await session.scalar(
        select(Person).where(
            Person.id == data.person_id,
            Person.organisation_id == meeting.organisation_id,
            col(Person.active).is_(True),
        )
    )
    if person is None:
        raise RuleViolation.field("/personId", "Not an active person of this organisation.")
    member = await session.scalar(
        select(Membership.id).where(
            Membership.board_id == meeting.board_id,
            Membership.person_id == data.person_id,
            Membership.status != MembershipStatus.LEFT.value,
        )
    )
    if member is not None:
        raise RuleViolation.field(
            "/personId", "Already a member of this board: members need no invitation."
        )
    guest = MeetingGuest(
        organisation_id=meeting.organisation_id,
        meeting_id=meeting.id,
        person_id=data.person_id,
        reason=data.reason,
        invited_by=actor.id if actor.is_person else None,
    )
    try:
        async with session.begin_nested():
            session.add(guest)
            await session.flush()
    except IntegrityError:
        raise Conflict("That person is already invited to this meeting.") from None
    audit.record(
        session,
        actor,
        "meeting_guest.invited",
        "meeting_guest",
        guest.id,
        guest.organisation_id,
        {"person_id", "reason"},
    )
    audit.emit(session, meeting.organisation_id, "meeting.guest_invited", _event(meeting, guest))
    return guest


async def remove_guest(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID, person_id: uuid.UUID
) -> None:
    """Papers already circulated to the guest stay theirs: recipients are fixed then."""
    meeting = await get_meeting(session, actor, meeting_id)
    await require_permission_or_board_role(
        session, actor, meeting.board_id, Permission.MEETINGS_WRITE, _HOSTS
    )
    guest = await session.scalar(
        select(MeetingGuest).where(
            MeetingGuest.meeting_id == meeting.id, MeetingGuest.person_id == person_id
        )
    )
    if guest is None:
        raise NotFound("guest")
    await session.delete(guest)
    await session.flush()
    audit.record(
        session,
        actor,
        "meeting_guest.removed",
        "meeting_guest",
        guest.id,
        guest.organisation_id,
        {"person_id"},
    )
    audit.emit(session, meeting.organisation_id, "meeting.guest_removed", _event(meeting, guest))
