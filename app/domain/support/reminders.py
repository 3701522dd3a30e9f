"""Training reminders: each record that expires within the notice is announced once.

The overdue sweep's pattern (``recommendations/overdue.py``): a conditional UPDATE
claims records (``SET reminder_sent_at = now WHERE ... AND reminder_sent_at IS NULL
RETURNING``) and the messages and events are written for exactly the returned rows in the
same transaction, so any number of processes may sweep at once. A fixed number of
statements per batch. A record renewed by a new one (a new row) is reminded afresh.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import OutboxEvent, Person, TrainingRecord
from app.db.types import utcnow
from app.domain import audit, sweeps
from app.domain.notifications import outbox

log = logging.getLogger("chorus.support")

BATCH = 500
TEMPLATE = "training_expiring"


async def claim_reminders(
    session: AsyncSession, now: datetime, notice: timedelta, limit: int = BATCH
) -> int:
    today = now.date()
    candidates = (
        select(TrainingRecord.id)
        .where(
            col(TrainingRecord.expires_on).is_not(None),
            col(TrainingRecord.expires_on) >= today,
            col(TrainingRecord.expires_on) <= today + notice,
            col(TrainingRecord.reminder_sent_at).is_(None),
        )
        .order_by(col(TrainingRecord.expires_on))
        .limit(limit)
    )
    claimed = list(
        await session.execute(
            update(TrainingRecord)
            .where(
                col(TrainingRecord.id).in_(candidates.scalar_subquery()),
                col(TrainingRecord.reminder_sent_at).is_(None),
            )
            .values(reminder_sent_at=now)
            .returning(
                col(TrainingRecord.id),
                col(TrainingRecord.organisation_id),
                col(TrainingRecord.person_id),
                col(TrainingRecord.training_type),
                col(TrainingRecord.expires_on),
            )
            .execution_options(synchronize_session=False)
        )
    )
    if not claimed:
        return 0
    people = {
        p.id: p
        for p in await session.scalars(
            select(Person).where(
                col(Person.id).in_({r.person_id for r in claimed}), col(Person.active)
            )
        )
    }
    for row in claimed:
        audit.record(
            session,
            None,
            "training_record.reminded",
            "training_record",
            row.id,
            row.organisation_id,
            {"reminder_sent_at"},
        )
        person = people.get(row.person_id)
        if person is not None:
            outbox.enqueue(
                session,
                person,
                TEMPLATE,
                {
                    "name": person.display_name,
                    "training": row.training_type,
                    "expires": row.expires_on.isoformat(),
                },
            )
    session.add_all(
        OutboxEvent(
            organisation_id=row.organisation_id,
            event_type="training.expiring",
            payload={
                "trainingRecordId": str(row.id),
                "personId": str(row.person_id),
                "expiresOn": row.expires_on.isoformat(),
            },
        )
        for row in claimed
    )
    await session.flush()
    return len(claimed)


async def sweep_reminders(
    sessionmaker: async_sessionmaker[AsyncSession],
    notice: timedelta,
    now: datetime | None = None,
) -> int:
    now = now or utcnow()
    return await sweeps.in_batches(
        sessionmaker,
        lambda s: claim_reminders(s, now, notice),
        BATCH,
        log,
        "reminded of expiring training",
    )
