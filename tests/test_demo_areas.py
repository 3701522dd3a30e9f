"""Every area of the demo has data in each state a newcomer should be able to try."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import (
    ActionItem,
    Attendance,
    Circulation,
    ExpenseClaim,
    Issue,
    Meeting,
    Minutes,
    Paper,
    PaymentPreference,
    PaymentRun,
    Recommendation,
    Seat,
    SeatAssignment,
    Theme,
)
from app.domain.recommendations.lifecycle import is_overdue
from app.integrations.storage import Storage
from tests.demo_support import _quick_passwords, count_by, load, storage

__all__ = ["_quick_passwords", "storage"]  # fixtures used here


async def test_one_fixed_and_one_rotating_seat_with_a_rota_and_a_decline(
    db: async_sessionmaker[AsyncSession], storage: Storage
) -> None:
    demo = await load(db, storage)
    async with db() as session:
        seats = {s.kind: s for s in await session.scalars(select(Seat))}
        assignments = (await session.scalars(select(SeatAssignment))).all()
        board_meetings = (
            await session.scalars(
                select(Meeting.id).where(
                    Meeting.board_id == demo.governance_board_id, Meeting.status == "scheduled"
                )
            )
        ).all()
    assert set(seats) == {"fixed", "rotating"}
    assert all(s.advisory_board_id == demo.advisory_board_id for s in seats.values())
    rotating = [a for a in assignments if a.seat_id == seats["rotating"].id]
    statuses = Counter(a.status for a in rotating)
    # One holder per meeting; the decline re-planned the later meetings, so turns stay
    # even: what the rebalancing moved is kept as "replaced".
    assert statuses["assigned"] == 6
    assert statuses["declined"] == 1
    assert set(statuses) <= {"assigned", "declined", "replaced"}
    assert Counter(a.source for a in rotating if a.status == "assigned") == {
        "rota": 5,
        "decline": 1,
    }
    # Every coming Programme Board has its rotating seat filled, the declined one too.
    assert {a.meeting_id for a in rotating if a.status == "assigned"} == set(board_meetings)
    declined = next(a for a in rotating if a.status == "declined")
    replacement = next(a for a in rotating if a.source == "decline")
    assert replacement.meeting_id == declined.meeting_id
    assert replacement.person_id != declined.person_id


async def test_past_meetings_are_held_with_attendance_minutes_and_carried_actions(
    db: async_sessionmaker[AsyncSession], storage: Storage
) -> None:
    demo = await load(db, storage)
    now = datetime.now(UTC)
    async with db() as session:
        held = (
            await session.scalars(
                select(Meeting)
                .where(Meeting.board_id == demo.advisory_board_id, Meeting.status == "held")
                .order_by(col(Meeting.starts_at))
            )
        ).all()
        attendance = await count_by(session, Attendance.status)
        minutes = await count_by(session, Minutes.status)
        actions = (await session.scalars(select(ActionItem))).all()
    assert len(held) == 3
    assert all(m.starts_at < now for m in held)
    assert attendance == {"present": 18, "apologies": 2, "absent": 1}
    assert minutes == {"approved": 2, "draft": 1}
    assert Counter(a.status for a in actions) == {"done": 2, "open": 2}
    # The first meeting's open action is still open: carried forward to every meeting since.
    first = held[0].id
    assert any(a.meeting_id == first and a.status == "open" for a in actions)


async def test_papers_went_out_on_time_and_late_with_a_reason(
    db: async_sessionmaker[AsyncSession], storage: Storage
) -> None:
    await load(db, storage)
    async with db() as session:
        circulations = (await session.scalars(select(Circulation))).all()
        papers = await count_by(session, Paper.status, Paper.circulated_late)
    assert Counter(c.late for c in circulations) == {False: 1, True: 1}
    assert all(c.late_reason for c in circulations if c.late)
    assert all(c.recipient_count >= 7 for c in circulations)
    assert papers == {("circulated", False): 2, ("circulated", True): 1}


async def test_claims_in_every_state_with_payee_references_and_two_runs(
    db: async_sessionmaker[AsyncSession], storage: Storage
) -> None:
    await load(db, storage)
    async with db() as session:
        claims = await count_by(session, ExpenseClaim.status)
        runs = await count_by(session, PaymentRun.status)
        references = (await session.scalars(select(PaymentPreference.payee_reference))).all()
        on_behalf = await count_by(session, ExpenseClaim.on_behalf)
    assert claims == {
        "draft": 1,
        "submitted": 1,
        "returned": 1,
        "approved": 1,
        "rejected": 1,
        "withdrawn": 1,
        "in_payment_run": 1,
        "paid": 2,
    }
    assert runs == {"paid": 1, "open": 1}
    assert len(references) == 7
    assert all(references)
    assert on_behalf == {True: 9}


async def test_issue_log_themes_and_recommendations_in_every_state(
    db: async_sessionmaker[AsyncSession], storage: Storage
) -> None:
    demo = await load(db, storage)
    today = datetime.now(UTC).date()
    async with db() as session:
        themes = await count_by(session, Theme.board_id)
        issues = await count_by(session, Issue.status)
        unthemed = await count_by(session, col(Issue.theme_id).is_(None))
        recommendations = (await session.scalars(select(Recommendation))).all()
    assert themes == {demo.advisory_board_id: 3}
    assert issues == {"open": 2, "in_progress": 1, "resolved": 1, "closed": 1}
    assert unthemed == {False: 5}
    assert Counter(r.status for r in recommendations) == {
        "draft": 1,
        "submitted": 2,
        "responded": 2,
        "in_progress": 1,
        "implemented": 1,
        "not_implemented": 1,
        "withdrawn": 1,
    }
    assert Counter(r.decision for r in recommendations if r.status == "responded") == {
        "deferred": 1,
        "not_accepted": 1,
    }
    overdue = [r for r in recommendations if is_overdue(r.status, r.response_due_on, today)]
    assert len(overdue) == 1
    assert all(r.addressed_to_board_id == demo.governance_board_id for r in recommendations)
