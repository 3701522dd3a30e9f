"""Rota use cases: generate, decline, swap, substitute, and the fairness view."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import CursorResult, func, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, Meeting, Seat, SeatAssignment
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.errors import NotFound, RuleViolation
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.seats import facts
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


async def fairness(session: AsyncSession, actor: Actor, seat_id: uuid.UUID) -> list[FairnessRow]:
    seat = await get_seat(session, actor, seat_id)
    pool = await facts.pool_memberships(session, seat)
    history = await facts.turn_history(session, seat.id)
    rows = await session.execute(
        select(SeatAssignment.person_id, func.count())
        .where(SeatAssignment.seat_id == seat.id, SeatAssignment.status == facts.DECLINED)
        .group_by(col(SeatAssignment.person_id))
    )
    declines: dict[uuid.UUID, int] = dict(rows.tuples().all())
    baselines = await facts.pool_baselines(session, seat.id)
    return [
        FairnessRow(
            person_id=m.person_id,
            status=m.status,
            turns=history.get(m.person_id, (0, None))[0],
            baseline_turns=baselines.get(m.person_id, 0),
            declines=declines.get(m.person_id, 0),
            last_seat_at=facts.as_utc(history.get(m.person_id, (0, None))[1]),
        )
        for m in pool
    ]
