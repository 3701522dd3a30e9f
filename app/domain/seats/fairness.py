"""The fairness view: each pool member's turns, declines and last sitting in a seat.

A fixed seat's view is its holder's sittings (and anyone who sat in for them), not the
whole board with zero turns: nobody else is waiting for a turn in it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_
from sqlalchemy import select as sa_select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Meeting, Membership, Seat, SeatAssignment, SeatPoolEntry
from app.domain.actors import Actor, Permission, require
from app.domain.seats import facts
from app.domain.seats.schemas import SeatKind
from app.domain.seats.service import get_seat


@dataclass(frozen=True)
class FairnessRow:
    person_id: uuid.UUID
    status: str
    turns: int
    baseline_turns: int
    declines: int
    last_seat_at: datetime | None


async def fairness(session: AsyncSession, actor: Actor, seat_id: uuid.UUID) -> list[FairnessRow]:
    seat = await get_seat(session, actor, seat_id)
    return (await _fairness_of(session, [seat]))[seat.id]


async def fairness_by_seat(
    session: AsyncSession, actor: Actor, seat_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[FairnessRow]]:
    """``fairness`` for many seats in the same four queries (GraphQL loaders)."""
    require(actor, Permission.SEATS_READ)
    wanted = set(seat_ids)
    if not wanted:
        return {}
    seats = await session.scalars(
        select(Seat).where(col(Seat.id).in_(wanted), Seat.organisation_id == actor.organisation_id)
    )
    return await _fairness_of(session, list(seats))


async def _fairness_of(
    session: AsyncSession, seats: list[Seat]
) -> dict[uuid.UUID, list[FairnessRow]]:
    if not seats:
        return {}
    seat_ids = [s.id for s in seats]
    pools = await facts.pools_by_seat(session, seats)
    # Turns as facts.turn_history counts them (held, at a meeting not cancelled), and
    # declines at any meeting, in one grouped query.
    counted = await session.execute(
        sa_select(  # five columns: more than sqlmodel's select is typed for
            col(SeatAssignment.seat_id),
            col(SeatAssignment.person_id),
            col(SeatAssignment.status),
            func.count(),
            func.max(col(Meeting.starts_at)),
        )
        .join(Meeting, col(Meeting.id) == SeatAssignment.meeting_id)
        .where(
            col(SeatAssignment.seat_id).in_(seat_ids),
            or_(
                and_(
                    col(SeatAssignment.status) == facts.ASSIGNED,
                    col(Meeting.status) != "cancelled",
                ),
                col(SeatAssignment.status) == facts.DECLINED,
            ),
        )
        .group_by(
            col(SeatAssignment.seat_id), col(SeatAssignment.person_id), col(SeatAssignment.status)
        )
    )
    turns: dict[tuple[uuid.UUID, uuid.UUID], tuple[int, datetime | None]] = {}
    declines: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
    for seat_id, person_id, status, count, last in counted:
        if status == facts.ASSIGNED:
            turns[(seat_id, person_id)] = (count, last)
        else:
            declines[(seat_id, person_id)] = count
    baselines = {
        (e.seat_id, e.person_id): e.baseline_turns
        for e in await session.scalars(
            select(SeatPoolEntry).where(col(SeatPoolEntry.seat_id).in_(seat_ids))
        )
    }
    pools.update(await _fixed_sitters(session, seats, set(turns) | set(declines)))
    result: dict[uuid.UUID, list[FairnessRow]] = {}
    for seat in seats:
        rows = []
        for m in pools[seat.id]:
            key = (seat.id, m.person_id)
            held, latest = turns.get(key, (0, None))
            rows.append(
                FairnessRow(
                    person_id=m.person_id,
                    status=m.status,
                    turns=held,
                    baseline_turns=baselines.get(key, 0),
                    declines=declines.get(key, 0),
                    last_seat_at=facts.as_utc(latest),
                )
            )
        result[seat.id] = rows
    return result


async def _fixed_sitters(
    session: AsyncSession, seats: list[Seat], sat: set[tuple[uuid.UUID, uuid.UUID]]
) -> dict[uuid.UUID, list[Membership]]:
    """For each fixed seat, the holder and whoever sat in (or declined) it, by their latest
    membership of the advisory board, the holder first; one query for all seats."""
    wanted: dict[uuid.UUID, list[uuid.UUID]] = {}
    for seat in seats:
        if seat.kind != SeatKind.FIXED or seat.holder_person_id is None:
            continue
        others = sorted(p for s, p in sat if s == seat.id and p != seat.holder_person_id)
        wanted[seat.id] = [seat.holder_person_id, *others]
    if not wanted:
        return {}
    boards = {s.advisory_board_id for s in seats if s.id in wanted}
    people = {p for ids in wanted.values() for p in ids}
    latest: dict[tuple[uuid.UUID, uuid.UUID], Membership] = {}
    for m in await session.scalars(
        select(Membership)
        .where(col(Membership.board_id).in_(boards), col(Membership.person_id).in_(people))
        .order_by(col(Membership.id))
    ):
        latest[(m.board_id, m.person_id)] = m
    by_id = {s.id: s for s in seats}
    return {
        seat_id: [
            latest[(by_id[seat_id].advisory_board_id, p)]
            for p in ids
            if (by_id[seat_id].advisory_board_id, p) in latest
        ]
        for seat_id, ids in wanted.items()
    }
