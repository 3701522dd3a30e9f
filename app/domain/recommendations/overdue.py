"""The overdue sweep: announce each recommendation whose response is past due, once.

It runs in every process that serves the API (and in workers), so several sweeps may run
at the same moment. Each recommendation is claimed with a conditional UPDATE
(``SET overdue_notified_at = now WHERE ... AND overdue_notified_at IS NULL``) and its event
written in the same transaction, only for the rows that UPDATE returned. On PostgreSQL a
second sweep waits on the rows the first locked and then finds them claimed; SQLite has one
writer at a time. Either way a row is claimed by exactly one transaction, and an event
exists if and only if that transaction committed.

A resubmitted (deferred) recommendation starts a new response period, so it is announced
again if that period passes unanswered too.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import OutboxEvent, Recommendation
from app.db.types import utcnow
from app.domain import audit, sweeps
from app.domain.recommendations.schemas import RecommendationStatus
from app.domain.recommendations.trail_notices import notify_sponsors

log = logging.getLogger("chorus.recommendations")

BATCH = 500


def _payload(row: Any) -> dict[str, Any]:
    return {
        "recommendationId": str(row.id),
        "boardId": str(row.board_id),
        "addressedToBoardId": str(row.addressed_to_board_id) if row.addressed_to_board_id else None,
        "status": RecommendationStatus.SUBMITTED.value,
        "priority": row.priority,
        "responseDueOn": row.response_due_on.isoformat(),
    }


async def claim_overdue(session: AsyncSession, now: datetime, limit: int = BATCH) -> int:
    """Claim up to ``limit`` newly overdue recommendations and queue their events, in the
    session's transaction (the caller commits). Returns how many were claimed."""
    today: date = now.date()
    candidates = (
        select(Recommendation.id)
        .where(
            Recommendation.status == RecommendationStatus.SUBMITTED.value,
            col(Recommendation.response_due_on) < today,
            col(Recommendation.overdue_notified_at).is_(None),
        )
        .order_by(col(Recommendation.response_due_on))
        .limit(limit)
    )
    claimed = await session.execute(
        update(Recommendation)
        .where(
            col(Recommendation.id).in_(candidates.scalar_subquery()),
            # Checked again on the row itself: a concurrent sweep may have claimed it, or a
            # response arrived, since the candidates were read.
            col(Recommendation.overdue_notified_at).is_(None),
            col(Recommendation.status) == RecommendationStatus.SUBMITTED.value,
        )
        .values(overdue_notified_at=now)
        .returning(
            col(Recommendation.id),
            col(Recommendation.organisation_id),
            col(Recommendation.board_id),
            col(Recommendation.addressed_to_board_id),
            col(Recommendation.priority),
            col(Recommendation.response_due_on),
        )
        .execution_options(synchronize_session=False)
    )
    rows = list(claimed)
    for row in rows:
        audit.record(
            session,
            None,
            "recommendation.overdue",
            "recommendation",
            row.id,
            row.organisation_id,
            {"overdue_notified_at"},
        )
    session.add_all(
        OutboxEvent(
            organisation_id=row.organisation_id,
            event_type="recommendation.overdue",
            payload=_payload(row),
        )
        for row in rows
    )
    await notify_sponsors(session, rows)
    await session.flush()
    return len(rows)


async def sweep_overdue(
    sessionmaker: async_sessionmaker[AsyncSession], now: datetime | None = None
) -> int:
    """Announce every recommendation that is newly overdue; one transaction per batch.
    Returns how many this sweep announced (another sweep's claims are not counted)."""
    now = now or utcnow()
    return await sweeps.in_batches(
        sessionmaker,
        lambda s: claim_overdue(s, now),
        BATCH,
        log,
        "announced overdue recommendations",
    )
