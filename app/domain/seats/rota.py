"""Rota use cases: generate, decline, swap, substitute, and the fairness view."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import CursorResult, and_, func, or_, update
from sqlalchemy import select as sa_select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, Meeting, Seat, SeatAssignment, SeatPoolEntry
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.errors import NotFound, RuleViolation
from app.domain.pagination import Page, PageRequest, paginate, paginate_each
from app.domain.people.service import can_see_private
from app.domain.seats import facts, notices
from app.domain.seats.eligibility import (
    NOT_AVAILABLE,
    NOT_AVAILABLE_DETAIL,
    PRIVATE_REASONS,
)
from app.domain.seats.rotation import Choice, plan
from app.domain.seats.schemas import RotaRequest, SeatKind
from app.domain.seats.service import get_seat


@dataclass(frozen=True)
class PlannedSeat:
    meeting: Meeting
    choice: Choice
    assignment: SeatAssignment | None  # None in a dry run, or when nobody is eligible


@dataclass(frozen=True)
class RotaResult:
    seat: Seat
    dry_run: bool
    planned: list[PlannedSeat]
    already_assigned: int


def explanation(choice: Choice) -> dict[str, object]:
    return {
        "why": choice.why,
        "considered": [
            {
                "personId": str(c.person_id),
                "eligible": c.eligible,
                "reason": c.reason,
                "detail": c.detail,
            }
            for c in choice.considered
        ],
    }


def considered_for(actor: Actor, explained: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A stored explanation's ``considered`` list as ``actor`` may see it: partner systems
    (API clients) see who sits where and why, not the reasons others were passed over;
    the board sees that a member was not available, but which private record made them so
    (an unavailability, often health, or a declared interest) only the member and those
    who may read their private records see."""
    if not actor.is_person:
        return []
    return [_shown(actor, c) for c in explained.get("considered", [])]


def _shown(actor: Actor, considered: Mapping[str, Any]) -> dict[str, Any]:
    if considered.get("reason") not in PRIVATE_REASONS:
        return dict(considered)
    if can_see_private(actor, uuid.UUID(str(considered["personId"]))):
        return dict(considered)
    return {**considered, "reason": NOT_AVAILABLE, "detail": NOT_AVAILABLE_DETAIL}


def event_data(assignment: SeatAssignment) -> dict[str, str]:
    return {
        "assignmentId": str(assignment.id),
        "seatId": str(assignment.seat_id),
        "meetingId": str(assignment.meeting_id),
        "personId": str(assignment.person_id),
        "status": assignment.status,
    }


async def lock_seat(session: AsyncSession, actor: Actor, seat_id: uuid.UUID) -> Seat:
    """Serialise rota changes per seat: a no-op UPDATE takes the row lock on PostgreSQL and
    the write lock on SQLite, so a concurrent run waits and then sees this one's result."""
    require(actor, Permission.SEATS_READ)
    locked: CursorResult[tuple[()]] = await session.execute(  # type: ignore[assignment]
        update(Seat)
        .where(col(Seat.id) == seat_id, col(Seat.organisation_id) == actor.organisation_id)
        .values(version=Seat.version)
        .execution_options(synchronize_session=False)
    )
    if locked.rowcount != 1:
        raise NotFound("seat")
    return await get_seat(session, actor, seat_id)


async def _upcoming_meetings(
    session: AsyncSession, board: Board, request: RotaRequest
) -> list[Meeting]:
    statement = (
        select(Meeting)
        .where(
            Meeting.board_id == board.id,
            Meeting.status == "scheduled",
            col(Meeting.starts_at) > utcnow(),
        )
        .order_by(col(Meeting.starts_at), col(Meeting.id))
    )
    if request.until is not None:
        end = datetime.combine(request.until, time.max, ZoneInfo(board.timezone))
        statement = statement.where(col(Meeting.starts_at) <= end)
    else:
        statement = statement.limit(request.count)
    return list(await session.scalars(statement))


def _assignment(
    seat: Seat,
    meeting_id: uuid.UUID,
    person_id: uuid.UUID,
    source: str,
    why: dict[str, object],
    reason: str | None = None,
) -> SeatAssignment:
    return SeatAssignment(
        organisation_id=seat.organisation_id,
        seat_id=seat.id,
        meeting_id=meeting_id,
        person_id=person_id,
        source=source,
        explanation=why,
        reason=reason,
    )


def record_assignments(
    session: AsyncSession, actor: Actor, assignments: list[SeatAssignment], action: str
) -> None:
    """Audit rows and events for new holders, added in bulk (one INSERT per table)."""
    for a in assignments:
        audit.record(
            session,
            actor,
            action,
            "seat_assignment",
            a.id,
            a.organisation_id,
            {"person_id", "status"},
        )
        audit.emit(session, a.organisation_id, "seat.assigned", event_data(a))


async def generate_rota(
    session: AsyncSession, actor: Actor, seat_id: uuid.UUID, request: RotaRequest
) -> RotaResult:
    """Fill the seat for the governance board's next meetings. Deterministic for the same
    data; meetings that already have a holder are left as they are, so reruns add nothing."""
    require(actor, Permission.SEATS_MANAGE)
    seat = await (
        get_seat(session, actor, seat_id) if request.dry_run else lock_seat(session, actor, seat_id)
    )
    governance = await session.get_one(Board, seat.governance_board_id)
    meetings = await _upcoming_meetings(session, governance, request)
    if seat.kind == SeatKind.FIXED:
        raise RuleViolation("A fixed seat has its holder; rotas are for rotating seats.")
    known = await facts.load(
        session, seat, meetings, governance, record_newcomers=not request.dry_run
    )
    open_meetings = [m for m in known.meetings if m.meeting_id not in known.taken]
    choices = plan(known.members, open_meetings, frozenset(seat.required_training))
    by_id = {m.id: m for m in meetings}
    new: list[SeatAssignment] = []
    planned: list[PlannedSeat] = []
    for choice in choices:
        assignment = None
        if choice.person_id is not None and not request.dry_run:
            assignment = _assignment(
                seat, choice.meeting_id, choice.person_id, "rota", explanation(choice)
            )
            new.append(assignment)
        planned.append(PlannedSeat(by_id[choice.meeting_id], choice, assignment))
    if new:
        session.add_all(new)
        await session.flush()
        record_assignments(session, actor, new, "seat.assigned")
        await notices.seats_changed(session, actor, new)
        await session.flush()
    return RotaResult(seat, request.dry_run, planned, len(known.taken))


async def list_assignments(
    session: AsyncSession,
    actor: Actor,
    seat_id: uuid.UUID,
    page: PageRequest,
    *,
    current_only: bool = True,
) -> Page[SeatAssignment]:
    seat = await get_seat(session, actor, seat_id)
    statement = select(SeatAssignment).where(SeatAssignment.seat_id == seat.id)
    if current_only:
        statement = statement.where(SeatAssignment.status == facts.ASSIGNED)
    return await paginate(session, statement, SeatAssignment.id, page)


@dataclass(frozen=True)
class FairnessRow:
    person_id: uuid.UUID
    status: str
    turns: int
    baseline_turns: int
    declines: int
    last_seat_at: datetime | None


async def assignments_by_seat(
    session: AsyncSession,
    actor: Actor,
    seat_ids: Iterable[uuid.UUID],
    page: PageRequest,
    *,
    current_only: bool = True,
) -> dict[uuid.UUID, Page[SeatAssignment]]:
    """``list_assignments`` for many seats in one query (GraphQL nested lists)."""
    require(actor, Permission.SEATS_READ)
    criteria = [col(SeatAssignment.organisation_id) == actor.organisation_id]
    if current_only:
        criteria.append(col(SeatAssignment.status) == facts.ASSIGNED)
    return await paginate_each(
        session,
        SeatAssignment,
        col(SeatAssignment.seat_id),
        col(SeatAssignment.id),
        seat_ids,
        page,
        *criteria,
    )


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
