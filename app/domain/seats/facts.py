"""Everything the rotation policy needs, loaded in a fixed number of queries.

However many meetings and pool members a rota covers, this runs the same statements:
that is what keeps a 52-meeting rota over a pool of 50 cheap, and a test checks it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import (
    AgendaItem,
    BackSeat,
    Board,
    Interest,
    Meeting,
    Membership,
    Seat,
    SeatAssignment,
    SeatPoolEntry,
    TrainingRecord,
    Unavailability,
)
from app.domain.seats import settings
from app.domain.seats.eligibility import MeetingFacts, MemberFacts, TrainingFact
from app.domain.seats.rotation import join_baseline
from app.domain.seats.schemas import SeatKind

ASSIGNED = "assigned"
DECLINED = "declined"


@dataclass
class SeatFacts:
    members: list[MemberFacts]
    meetings: list[MeetingFacts]
    taken: set[uuid.UUID]  # meetings of these where this seat already has a holder
    held: list[tuple[date, uuid.UUID]]  # kept sittings from the first of them on


def local_date(meeting: Meeting, tz: ZoneInfo) -> date:
    return meeting.starts_at.astimezone(tz).date()


async def pool_memberships(session: AsyncSession, seat: Seat) -> list[Membership]:
    """The seat's pool (see ``pools_by_seat``); current status is kept, since the policy
    explains exclusions."""
    return (await pools_by_seat(session, [seat]))[seat.id]


async def holder_memberships(session: AsyncSession, seat: Seat) -> list[Membership]:
    """A fixed seat's holder's latest membership of the advisory board, as a pool of one."""
    if seat.holder_person_id is None:
        return []
    rows = await session.scalars(
        select(Membership)
        .where(
            Membership.board_id == seat.advisory_board_id,
            Membership.person_id == seat.holder_person_id,
        )
        .order_by(col(Membership.id))
    )
    found = list(rows)
    return found[-1:]


async def pools_by_seat(
    session: AsyncSession, seats: list[Seat]
) -> dict[uuid.UUID, list[Membership]]:
    """Each seat's pool in one query: named
    people or every member of the advisory board, never a holder of one of its fixed
    seats, and a person's latest membership speaks for them."""
    fixed_holders = select(Seat.holder_person_id).where(
        col(Seat.advisory_board_id) == col(Membership.board_id),  # correlated
        Seat.kind == SeatKind.FIXED.value,
        col(Seat.holder_person_id).is_not(None),
    )
    rows = await session.scalars(
        select(Membership)
        .where(
            col(Membership.board_id).in_({s.advisory_board_id for s in seats}),
            col(Membership.person_id).not_in(fixed_holders),
        )
        .order_by(col(Membership.id))
    )
    by_board: dict[uuid.UUID, list[Membership]] = defaultdict(list)
    for membership in rows:
        by_board[membership.board_id].append(membership)
    pools: dict[uuid.UUID, list[Membership]] = {}
    for seat in seats:
        named = {uuid.UUID(p) for p in seat.pool_person_ids}
        latest: dict[uuid.UUID, Membership] = {}
        for membership in by_board[seat.advisory_board_id]:
            if not named or membership.person_id in named:
                latest[membership.person_id] = membership
        pools[seat.id] = list(latest.values())
    return pools


async def turn_history(
    session: AsyncSession, seat_id: uuid.UUID, before: datetime | None = None
) -> dict[uuid.UUID, tuple[int, datetime | None]]:
    """Turns held in this seat per person, and the start of the latest; only at meetings
    starting before ``before`` when given, so a plan from there never counts a future
    sitting as someone's last turn."""
    statement = (
        select(SeatAssignment.person_id, func.count(), func.max(Meeting.starts_at))
        .join(Meeting, col(Meeting.id) == SeatAssignment.meeting_id)
        .where(
            SeatAssignment.seat_id == seat_id,
            SeatAssignment.status == ASSIGNED,
            Meeting.status != "cancelled",
        )
        .group_by(col(SeatAssignment.person_id))
    )
    if before is not None:
        statement = statement.where(col(Meeting.starts_at) < before)
    rows = await session.execute(statement)
    return {person: (count, last) for person, count, last in rows}


async def held_from(
    session: AsyncSession,
    seat_id: uuid.UUID,
    since: datetime,
    replan: frozenset[uuid.UUID],
    tz: ZoneInfo,
) -> list[tuple[date, uuid.UUID]]:
    """Current sittings in this seat from ``since`` on that a plan must keep (all but
    those in ``replan``), with their local dates."""
    rows = await session.execute(
        select(SeatAssignment.id, SeatAssignment.person_id, Meeting.starts_at)
        .join(Meeting, col(Meeting.id) == SeatAssignment.meeting_id)
        .where(
            SeatAssignment.seat_id == seat_id,
            SeatAssignment.status == ASSIGNED,
            Meeting.status != "cancelled",
            col(Meeting.starts_at) >= since,
        )
    )
    held = []
    for assignment_id, person, starts_at in rows:
        on = _last_date(starts_at, tz)
        if assignment_id not in replan and on is not None:
            held.append((on, person))
    return held


async def load(
    session: AsyncSession,
    seat: Seat,
    meetings: Sequence[Meeting],
    governance: Board,
    *,
    record_newcomers: bool = True,
    replan: frozenset[uuid.UUID] = frozenset(),
    holder: bool = False,
) -> SeatFacts:
    """The pool's facts (or, with ``holder``, the fixed seat holder's) for planning
    ``meetings``: turns before the first of them, and the sittings from then on that are
    kept (``held``); assignments in ``replan`` are being decided again, so they neither
    count nor make their meeting taken or their holder seated."""
    tz = ZoneInfo(governance.timezone)
    memberships = await (
        holder_memberships(session, seat) if holder else pool_memberships(session, seat)
    )
    people = [m.person_id for m in memberships]
    meeting_ids = [m.id for m in meetings]

    training: dict[uuid.UUID, list[TrainingFact]] = defaultdict(list)
    unavailable: dict[uuid.UUID, list[tuple[date, date]]] = defaultdict(list)
    interests: dict[uuid.UUID, set[str]] = defaultdict(set)
    back_seats: dict[uuid.UUID, date] = {}
    if people:
        for b in await session.scalars(select(BackSeat).where(col(BackSeat.person_id).in_(people))):
            back_seats[b.person_id] = b.expected_return_on or date.max
        for t in await session.scalars(
            select(TrainingRecord).where(col(TrainingRecord.person_id).in_(people))
        ):
            training[t.person_id].append(
                TrainingFact(t.training_type, t.completed_on, t.expires_on)
            )
        for u in await session.scalars(
            select(Unavailability).where(col(Unavailability.person_id).in_(people))
        ):
            unavailable[u.person_id].append((u.starts_on, u.ends_on))
        for i in await session.scalars(
            select(Interest).where(
                col(Interest.person_id).in_(people), col(Interest.withdrawn_at).is_(None)
            )
        ):
            interests[i.person_id].update(tag.lower() for tag in i.topic_tags)

    topics: dict[uuid.UUID, set[str]] = defaultdict(set)
    seated: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    declined: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    taken: set[uuid.UUID] = set()
    if meeting_ids:
        for item in await session.scalars(
            select(AgendaItem).where(col(AgendaItem.meeting_id).in_(meeting_ids))
        ):
            topics[item.meeting_id].update(tag.lower() for tag in item.topic_tags)
        for a in await session.scalars(
            select(SeatAssignment).where(col(SeatAssignment.meeting_id).in_(meeting_ids))
        ):
            if a.id in replan:
                continue
            if a.status == ASSIGNED:
                seated[a.meeting_id].add(a.person_id)
                if a.seat_id == seat.id:
                    taken.add(a.meeting_id)
            elif a.status == DECLINED and a.seat_id == seat.id:
                declined[a.meeting_id].add(a.person_id)

    since = min((m.starts_at for m in meetings), default=None)
    history = await turn_history(session, seat.id, since)
    held = await held_from(session, seat.id, since, replan, tz) if since is not None else []
    if (await settings.effective(session, seat.advisory_board_id)).allow_two_seats:
        seated.clear()
    counted = dict(history)
    for _on, person in held:
        turns, last = counted.get(person, (0, None))
        counted[person] = (turns + 1, last)
    baselines = await _baselines(session, seat, people, counted, record_newcomers)
    members = [
        MemberFacts(
            person_id=m.person_id,
            order_key=str(m.id),
            status=m.status,
            term_start=m.term_start,
            term_end=m.term_end,
            training=tuple(training[m.person_id]),
            unavailable=tuple(unavailable[m.person_id]),
            interest_tags=frozenset(interests[m.person_id]),
            back_seat_until=back_seats.get(m.person_id),
            turns=baselines.get(m.person_id, 0) + history.get(m.person_id, (0, None))[0],
            last_turn=_last_date(history.get(m.person_id, (0, None))[1], tz),
        )
        for m in memberships
    ]
    facts = [
        MeetingFacts(
            meeting_id=meeting.id,
            on=local_date(meeting, tz),
            topic_tags=frozenset(topics[meeting.id]),
            seated=frozenset(seated[meeting.id]),
            declined=frozenset(declined[meeting.id]),
        )
        for meeting in meetings
    ]
    return SeatFacts(members=members, meetings=facts, taken=taken, held=held)


def as_utc(value: datetime | None) -> datetime | None:
    # Aggregates bypass the UTC column type, so SQLite hands back a naive value.
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _last_date(value: datetime | None, tz: ZoneInfo) -> date | None:
    aware = as_utc(value)
    return aware.astimezone(tz).date() if aware else None


async def pool_baselines(session: AsyncSession, seat_id: uuid.UUID) -> dict[uuid.UUID, int]:
    rows = await session.scalars(select(SeatPoolEntry).where(SeatPoolEntry.seat_id == seat_id))
    return {e.person_id: e.baseline_turns for e in rows}


async def _baselines(
    session: AsyncSession,
    seat: Seat,
    people: list[uuid.UUID],
    history: dict[uuid.UUID, tuple[int, datetime | None]],
    record_newcomers: bool,
) -> dict[uuid.UUID, int]:
    """Turns each person joined the pool with; newcomers are given the pool's fewest."""
    entries = {
        e.person_id: e
        for e in await session.scalars(
            select(SeatPoolEntry).where(SeatPoolEntry.seat_id == seat.id)
        )
    }
    effective = [
        entries[p].baseline_turns + history.get(p, (0, None))[0] for p in people if p in entries
    ]
    start = join_baseline(effective)
    newcomers = [p for p in people if p not in entries] if record_newcomers else []
    session.add_all(
        SeatPoolEntry(
            organisation_id=seat.organisation_id,
            seat_id=seat.id,
            person_id=p,
            baseline_turns=start,
        )
        for p in newcomers
    )
    return {p: entries[p].baseline_turns if p in entries else start for p in people}
