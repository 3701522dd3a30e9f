"""Retention schedules: the scheduled purge removes each kind of record past its time."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import AuditEvent, Organisation, OutgoingMessage, PrivateRead
from app.db.types import utcnow
from app.integrations.scheduler import start_scheduler
from app.settings import Settings
from tests import factories


async def test_the_purge_removes_what_is_past_its_schedule_and_nothing_else(
    db: async_sessionmaker[AsyncSession], settings: Settings, org: Organisation
) -> None:
    person = await factories.person(db, org)
    now = utcnow()
    old, recent = now - timedelta(days=40), now - timedelta(days=5)

    def read(at: datetime) -> PrivateRead:
        return PrivateRead(
            organisation_id=org.id,
            reader_type="person",
            reader_id=person.id,
            subject_id=person.id,
            field_group="profile",
            created_at=at,
        )

    def message(at: datetime, status: str) -> OutgoingMessage:
        return OutgoingMessage(
            organisation_id=org.id,
            person_id=person.id,
            template="invitation",
            recipient="x@example.org",
            subject=status,
            status=status,
            created_at=at,
        )

    def event(at: datetime, action: str) -> AuditEvent:
        return AuditEvent(
            organisation_id=org.id,
            actor_type="system",
            action=action,
            entity_type="person",
            entity_id=person.id,
            created_at=at,
        )

    async with db() as session:
        session.add_all(
            [
                read(old),
                read(recent),
                message(old, "sent"),
                message(old, "pending"),  # still queued: never purged
                message(recent, "sent"),
                event(old, "old"),
                event(recent, "recent"),
            ]
        )
        await session.commit()
    days = {
        "retention_private_reads_days": 30,
        "retention_audit_events_days": 30,
        "retention_messages_days": 30,
        "scheduler_interval_seconds": 0,
    }
    scheduler = start_scheduler(settings.model_copy(update=days), db)
    await scheduler.run_once()
    await scheduler.run_once()  # a second run finds nothing more to do

    async with db() as session:
        reads = list(await session.scalars(select(PrivateRead.created_at)))
        messages = set(
            await session.scalars(
                select(OutgoingMessage.status).where(col(OutgoingMessage.created_at) < recent)
            )
        )
        actions = set(await session.scalars(select(AuditEvent.action)))
    assert len(reads) == 1
    assert messages == {"pending"}
    assert actions == {"recent"}
