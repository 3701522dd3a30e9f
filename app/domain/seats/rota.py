"""Rota use cases: generate, decline, swap, substitute, and the fairness view."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import CursorResult, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, Meeting, Seat, SeatAssignment
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.errors import NotFound
from app.domain.pagination import Page, PageRequest, paginate, paginate_each
from app.domain.people.service import can_see_private
from app.domain.seats import facts, notices
from app.domain.seats.eligibility import (
    NOT_AVAILABLE,
    NOT_AVAILABLE_DETAIL,
    PRIVATE_REASONS,
)
from app.domain.seats.rotation import Choice, plan, plan_fixed
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
    session: AsyncSession, actor: Actor | None, assignments: list[SeatAssignment], action: str
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
    known = await facts.load(
        session, seat, meetings, governance, record_newcomers=not request.dry_run
    )
    open_meetings = [m for m in known.meetings if m.meeting_id not in known.taken]
    training = frozenset(seat.required_training)
    if seat.kind == SeatKind.FIXED:
        holder = await facts.load(
            session, seat, meetings, governance, holder=True, record_newcomers=False
        )
        choices = plan_fixed(
            next(iter(holder.members), None), known.members, open_meetings, training, known.held
        )
    else:
        choices = plan(known.members, open_meetings, training, known.held)
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
