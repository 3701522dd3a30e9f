"""Who is entitled to a meeting's papers: found in one query, however many people."""

from __future__ import annotations

import uuid

from sqlalchemy import literal, union_all
from sqlalchemy import select as core_select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db.models import Meeting, Membership, Person, SeatAssignment
from app.domain.boards.advisory import advisory_members_of
from app.domain.boards.schemas import MembershipStatus
from app.domain.errors import RuleViolation
from app.domain.meetings.guests import guests_of
from app.domain.papers.schemas import RecipientSource
from app.domain.recruitment.shadowing import SHADOW, shadows_of

# A person entitled twice is recorded under the strongest reason.
_PRECEDENCE = {
    RecipientSource.MEMBER: 0,
    RecipientSource.SEAT: 1,
    RecipientSource.ADVISORY: 2,
    RecipientSource.GUEST: 3,
    RecipientSource.EXTRA: 4,
}


async def entitled(
    session: AsyncSession, meeting: Meeting, extras: list[uuid.UUID]
) -> dict[uuid.UUID, RecipientSource]:
    """The board's active members, the seat holders at this meeting, the members of the
    boards advising it that send papers to all (``advisory``), the meeting's guests, the
    people named, and those shadowing a holder at the meeting's date (as ``extra``), in
    one query. Deactivated people receive nothing."""
    active = col(Person.active).is_(True)
    members = (
        core_select(col(Membership.person_id), literal("member"))
        .join(Person, col(Person.id) == col(Membership.person_id))
        .where(
            col(Membership.board_id) == meeting.board_id,
            col(Membership.status) == MembershipStatus.ACTIVE.value,
            active,
        )
    )
    seated = (
        core_select(col(SeatAssignment.person_id), literal("seat"))
        .join(Person, col(Person.id) == col(SeatAssignment.person_id))
        .where(
            col(SeatAssignment.meeting_id) == meeting.id,
            col(SeatAssignment.status) == "assigned",
            active,
        )
    )
    named_people = core_select(col(Person.id), literal("extra")).where(
        col(Person.id).in_(set(extras)),
        col(Person.organisation_id) == meeting.organisation_id,
        active,
    )
    parts = [members, seated, shadows_of(meeting), advisory_members_of(meeting), guests_of(meeting)]
    query = union_all(*parts, named_people) if extras else union_all(*parts)
    found: dict[uuid.UUID, RecipientSource] = {}
    named: set[uuid.UUID] = set()
    for person_id, name in await session.execute(query):
        # A shadow is a guest: recorded and tracked as one, but not one of those named.
        source = RecipientSource.EXTRA if name == SHADOW else RecipientSource(name)
        if name == RecipientSource.EXTRA.value:
            named.add(person_id)
        current = found.get(person_id)
        if current is None or _PRECEDENCE[source] < _PRECEDENCE[current]:
            found[person_id] = source
    for index, person_id in enumerate(extras):
        if person_id not in named:
            raise RuleViolation.field(
                f"/extraRecipientIds/{index}", "Not an active person of this organisation."
            )
    return found
