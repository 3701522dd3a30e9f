"""A member whose membership ends loses every seat they hold at meetings still to come.

Leaving (status ``left``, by a membership change or a stand-down) hands the seats on in
the same transaction; a term end that passes does it in the daily sweep, as the term
alerts do (``terms/alerts.py``). Each seat is handed on by the rotation policy, saying
"Previous holder left.", and since papers' entitlement follows current assignments, the
leaver receives no further papers as a seat holder.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime

from sqlalchemy import exists, or_, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import Meeting, Membership, Seat, SeatAssignment
from app.db.types import utcnow
from app.domain import sweeps
from app.domain.actors import Actor
from app.domain.boards.schemas import MembershipStatus
from app.domain.seats import facts
from app.domain.seats.rebalance import end, record_ended, replan_from
from app.domain.seats.rotation import PREVIOUS_HOLDER_LEFT

log = logging.getLogger("chorus.seats")

BATCH = 100
LEFT_REASON = "The holder's membership ended."


async def _lock(session: AsyncSession, seat_id: uuid.UUID) -> Seat:
    # As rota.lock_seat, without an actor: the sweep runs as the system.
    await session.execute(
        update(Seat)
        .where(col(Seat.id) == seat_id)
        .values(version=Seat.version)
        .execution_options(synchronize_session=False)
    )
    return await session.get_one(Seat, seat_id)


async def hand_on(
    session: AsyncSession,
    actor: Actor | None,
    person_id: uuid.UUID,
    advisory_board_id: uuid.UUID,
    now: datetime | None = None,
) -> int:
    """End ``person_id``'s current assignments in the board's seats at meetings not yet
    started, and hand each on; returns how many were ended. Fixed statements per seat."""
    now = now or utcnow()
    seat_ids = list(
        await session.scalars(
            select(SeatAssignment.seat_id)
            .join(Seat, col(Seat.id) == SeatAssignment.seat_id)
            .join(Meeting, col(Meeting.id) == SeatAssignment.meeting_id)
            .where(
                Seat.advisory_board_id == advisory_board_id,
                SeatAssignment.person_id == person_id,
                SeatAssignment.status == facts.ASSIGNED,
                col(Meeting.starts_at) > now,
            )
            .distinct()
        )
    )
    total = 0
    for seat_id in sorted(seat_ids):
        seat = await _lock(session, seat_id)
        # Read after the lock, so a concurrent hand-on of the same seat finds nothing left.
        rows = list(
            await session.execute(
                select(SeatAssignment, Meeting)
                .join(Meeting, col(Meeting.id) == SeatAssignment.meeting_id)
                .where(
                    SeatAssignment.seat_id == seat_id,
                    SeatAssignment.person_id == person_id,
                    SeatAssignment.status == facts.ASSIGNED,
                    col(Meeting.starts_at) > now,
                )
                .execution_options(populate_existing=True)
            )
        )
        if not rows:
            continue
        for assignment, _meeting in rows:
            end(assignment, "released", LEFT_REASON)
        await session.flush()
        ended = [a for a, _m in rows]
        record_ended(session, actor, ended, "seat.released")
        meetings = [m for _a, m in rows if m.status == "scheduled"]
        if meetings:
            because = {m.id: PREVIOUS_HOLDER_LEFT for m in meetings}
            await replan_from(session, actor, seat, meetings, source="handover", because=because)
        total += len(rows)
    return total


async def claim_departures(session: AsyncSession, now: datetime, limit: int = BATCH) -> int:
    """Hand on the seats of members whose every membership of the seat's advisory board
    has ended (left, or the term end passed) but who still hold seats to come."""
    today = now.date()
    current = exists().where(
        col(Membership.board_id) == col(Seat.advisory_board_id),
        col(Membership.person_id) == col(SeatAssignment.person_id),
        col(Membership.status) != MembershipStatus.LEFT.value,
        or_(col(Membership.term_end).is_(None), col(Membership.term_end) >= today),
    )
    pairs = list(
        await session.execute(
            select(SeatAssignment.person_id, Seat.advisory_board_id)
            .join(Seat, col(Seat.id) == SeatAssignment.seat_id)
            .join(Meeting, col(Meeting.id) == SeatAssignment.meeting_id)
            .where(
                col(SeatAssignment.status) == facts.ASSIGNED,
                col(Meeting.starts_at) > now,
                ~current,
            )
            .distinct()
            .limit(limit)
        )
    )
    for person_id, board_id in pairs:
        await hand_on(session, None, person_id, board_id, now)
    return len(pairs)


async def sweep_departures(
    sessionmaker: async_sessionmaker[AsyncSession], now: datetime | None = None
) -> int:
    moment = now or utcnow()
    return await sweeps.in_batches(
        sessionmaker,
        lambda s: claim_departures(s, moment),
        BATCH,
        log,
        "handed on the seats of members who left",
    )
