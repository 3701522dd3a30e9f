"""Loading participation: attendance, seats, papers opened and claims paid, for a board or
for one person, in a fixed number of statements whatever the period holds.

Each statement groups by (board, person) in the database, except claims, whose paid-within
test is date arithmetic done here on the claims' two times."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, case, func
from sqlalchemy import select as sql_select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import (
    Attendance,
    Board,
    Circulation,
    ExpenseClaim,
    Meeting,
    Membership,
    Paper,
    PaperRecipient,
    Seat,
    SeatAssignment,
)
from app.db.types import utcnow
from app.domain import store
from app.domain.actors import Actor, Permission, require
from app.domain.disclosure import threshold_for
from app.domain.errors import PermissionDenied, RuleViolation
from app.domain.participation.figures import BoardReport, Figures, board_report

Key = tuple[uuid.UUID, uuid.UUID]  # (board, person)


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    paid_within_days: int

    @property
    def since(self) -> datetime:
        return datetime.combine(self.start, time.min, tzinfo=UTC)

    @property
    def until(self) -> datetime:
        return self.since + timedelta(days=(self.end - self.start).days + 1)


def period(start: date | None, end: date | None, paid_within_days: int) -> Period:
    """The last twelve months up to today unless asked otherwise."""
    end = end or utcnow().date()
    start = start or end - timedelta(days=365)
    for name, day in (("/from", start), ("/to", end)):
        if not date(2000, 1, 1) <= day <= date(2100, 12, 31):
            raise RuleViolation.field(name, "A day between 2000 and 2100.")
    if start > end:
        raise RuleViolation.field("/from", "The period starts on or before its end.")
    if (end - start).days > 3 * 366:
        raise RuleViolation.field("/from", "A period is at most three years long.")
    return Period(start, end, paid_within_days)


def _meetings(actor: Actor, board_id: uuid.UUID | None) -> list[ColumnElement[bool]]:
    clauses = [col(Meeting.organisation_id) == actor.organisation_id]
    if board_id is not None:
        clauses.append(col(Meeting.board_id) == board_id)
    return clauses


async def _load(
    session: AsyncSession,
    actor: Actor,
    when: Period,
    *,
    board_id: uuid.UUID | None = None,
    person_id: uuid.UUID | None = None,
) -> dict[Key, Figures]:
    """Every (board, person) with any figure in the period: four statements."""
    found: dict[Key, Figures] = defaultdict(Figures)
    in_period = and_(col(Meeting.starts_at) >= when.since, col(Meeting.starts_at) < when.until)
    meetings = [*_meetings(actor, board_id), in_period]

    who = [col(Attendance.person_id) == person_id] if person_id else []
    attendance = await session.execute(
        select(Meeting.board_id, Attendance.person_id, Attendance.status, func.count())
        .join(Meeting, col(Meeting.id) == Attendance.meeting_id)
        .where(*meetings, *who)
        .group_by(col(Meeting.board_id), col(Attendance.person_id), col(Attendance.status))
    )
    for board, person, status, n in attendance.all():
        figures = found[(board, person)]
        setattr(figures, status, getattr(figures, status) + n)

    # A seat is offered to the members of its advisory board, at the other board's meeting.
    seat_scope = [col(Seat.organisation_id) == actor.organisation_id, in_period]
    if board_id is not None:
        seat_scope.append(col(Seat.advisory_board_id) == board_id)
    if person_id is not None:
        seat_scope.append(col(SeatAssignment.person_id) == person_id)
    seats = await session.execute(
        select(
            Seat.advisory_board_id, SeatAssignment.person_id, SeatAssignment.status, func.count()
        )
        .join(Seat, col(Seat.id) == SeatAssignment.seat_id)
        .join(Meeting, col(Meeting.id) == SeatAssignment.meeting_id)
        .where(*seat_scope)
        .group_by(
            col(Seat.advisory_board_id), col(SeatAssignment.person_id), col(SeatAssignment.status)
        )
    )
    for board, person, status, n in seats.all():
        figures = found[(board, person)]
        figures.seats_offered += n
        if status == "assigned":
            figures.seats_taken += n
        elif status == "declined":
            figures.seats_declined += n

    opened = col(PaperRecipient.first_opened_at)
    who = [col(PaperRecipient.person_id) == person_id] if person_id else []
    papers = await session.execute(
        sql_select(
            col(Meeting.board_id),
            col(PaperRecipient.person_id),
            func.count(),
            func.sum(case((opened < col(Meeting.starts_at), 1), else_=0)),
            func.sum(case((opened <= col(Circulation.notice_deadline), 1), else_=0)),
        )
        .join(Paper, col(Paper.id) == PaperRecipient.paper_id)
        .join(Meeting, col(Meeting.id) == Paper.meeting_id)
        .join(Circulation, col(Circulation.id) == PaperRecipient.circulation_id)
        .where(*meetings, *who)
        .group_by(col(Meeting.board_id), col(PaperRecipient.person_id))
    )
    for board, person, n, before, by_notice in papers.all():
        figures = found[(board, person)]
        figures.papers_received += n
        figures.papers_opened_before_meeting += int(before or 0)
        figures.papers_opened_by_notice_deadline += int(by_notice or 0)

    submitted = col(ExpenseClaim.first_submitted_at)
    claim_scope = [
        col(ExpenseClaim.organisation_id) == actor.organisation_id,
        col(ExpenseClaim.board_id).is_not(None),
        submitted >= when.since,
        submitted < when.until,
    ]
    if board_id is not None:
        claim_scope.append(col(ExpenseClaim.board_id) == board_id)
    if person_id is not None:
        claim_scope.append(col(ExpenseClaim.person_id) == person_id)
    claims = await session.execute(
        select(
            col(ExpenseClaim.board_id),
            col(ExpenseClaim.person_id),
            submitted,
            col(ExpenseClaim.paid_at),
        ).where(*claim_scope)
    )
    limit = timedelta(days=when.paid_within_days)
    for claim_board, claimant, sent, paid in claims.all():
        if claim_board is None or sent is None:  # pragma: no cover - both filtered above
            continue
        figures = found[(claim_board, claimant)]
        figures.claims_submitted += 1
        if paid is not None:
            figures.claims_paid += 1
            if paid - sent <= limit:
                figures.claims_paid_on_time += 1
    return found


async def board_participation(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, when: Period
) -> BoardReport:
    """A board's totals and its groups by membership role (coordinators, administrators)."""
    require(actor, Permission.PARTICIPATION_REPORT)
    board = await store.one(session, Board, board_id, store.in_org(Board, actor), "board")
    threshold = await threshold_for(session, actor.organisation_id)
    # The latest membership of each person on the board names their group.
    memberships = await session.execute(
        select(Membership.person_id, Membership.role)
        .where(col(Membership.board_id) == board.id)
        .order_by(col(Membership.id))
    )
    roles = {row[0]: row[1] for row in memberships.all()}
    loaded = await _load(session, actor, when, board_id=board.id)
    per_person = {person: figures for (_, person), figures in loaded.items()}
    return board_report(board.id, per_person, roles, threshold)


async def my_participation(
    session: AsyncSession, actor: Actor, when: Period
) -> list[tuple[uuid.UUID, Figures]]:
    """The caller's own figures, board by board."""
    if not actor.is_person:
        raise PermissionDenied("Only a person has participation figures of their own.")
    loaded = await _load(session, actor, when, person_id=actor.id)
    return sorted(((board, f) for (board, _), f in loaded.items()), key=lambda bf: bf[0])
