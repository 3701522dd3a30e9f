"""Stored idempotent responses hold personal data: the scheduled sweep deletes them at TTL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import IdempotencyRecord
from app.db.types import utcnow
from app.integrations.scheduler import start_scheduler
from app.settings import Settings


def _record(key: str, age: timedelta, *, done: bool, lease: timedelta) -> IdempotencyRecord:
    now = utcnow()
    return IdempotencyRecord(
        caller="person:someone",
        key=key,
        request_hash="h",
        created_at=now - age,
        lease_expires_at=now + lease,
        completed_at=now - age if done else None,
        status_code=201 if done else None,
        response_body=b'{"email": "someone@example.org"}' if done else None,
    )


async def test_the_sweep_deletes_expired_responses_and_abandoned_claims_only(
    db: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    async with db() as session:
        session.add_all(
            [
                _record("expired", timedelta(hours=25), done=True, lease=-timedelta(hours=25)),
                _record("fresh", timedelta(hours=23), done=True, lease=-timedelta(hours=23)),
                _record("abandoned", timedelta(minutes=5), done=False, lease=-timedelta(1)),
                _record("running", timedelta(seconds=5), done=False, lease=timedelta(30)),
            ]
        )
        await session.commit()

    scheduler = start_scheduler(settings.model_copy(update={"scheduler_interval_seconds": 0}), db)
    await scheduler.run_once()

    async with db() as session:
        keys = set((await session.scalars(select(IdempotencyRecord.key))).all())
    assert keys == {"fresh", "running"}
