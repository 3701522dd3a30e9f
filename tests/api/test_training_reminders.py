"""Training reminders: once per record, before it lapses, as a message and an event."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import Organisation, OutboxEvent, OutgoingMessage, TrainingRecord
from app.db.types import utcnow
from app.integrations.scheduler import start_scheduler
from app.settings import Settings
from tests import factories


async def test_each_expiring_record_is_reminded_once(
    db: async_sessionmaker[AsyncSession], settings: Settings, org: Organisation
) -> None:
    person = await factories.person(db, org, name="Sam")
    today = utcnow().date()

    def record(kind: str, days: int | None) -> TrainingRecord:
        return TrainingRecord(
            organisation_id=org.id,
            person_id=person.id,
            training_type=kind,
            completed_on=today - timedelta(days=300),
            expires_on=None if days is None else today + timedelta(days=days),
        )

    due = record("safeguarding", 10)
    async with db() as session:
        session.add_all(
            [due, record("governance", 60), record("induction", None), record("lapsed", -1)]
        )
        await session.commit()
    update = {"scheduler_interval_seconds": 0, "training_reminder_days": 30}
    scheduler = start_scheduler(settings.model_copy(update=update), db)
    await scheduler.run_once()
    await scheduler.run_once()  # a second sweep finds it claimed

    async with db() as session:
        messages = list(
            await session.scalars(
                select(OutgoingMessage).where(col(OutgoingMessage.template) == "training_expiring")
            )
        )
        events = list(
            await session.scalars(
                select(OutboxEvent).where(col(OutboxEvent.event_type) == "training.expiring")
            )
        )
    (message,) = messages
    assert message.person_id == person.id
    assert "safeguarding" in message.subject
    assert [e.payload for e in events] == [
        {
            "trainingRecordId": str(due.id),
            "personId": str(person.id),
            "expiresOn": (today + timedelta(days=10)).isoformat(),
        }
    ]
