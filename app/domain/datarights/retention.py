"""Retention schedules: how long each kind of record is kept, and the purge.

Each kind is one conditional DELETE in its own short transaction, so any number of
processes may run the purge at once (the scheduler runs it in every process): a row is
deleted once, and a purge that finds nothing costs one statement per kind. Only records
whose purpose has passed are listed; a board's record (decisions, minutes, attendance,
claims) is kept, and people are erased rather than deleted (``erasure.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from app.db.models import AuditEvent, OutgoingMessage, PrivateRead
from app.db.types import utcnow
from app.domain import idempotency
from app.settings import Settings

# A message no longer in the mail queue: its row is only the log of what was sent.
_FINISHED = ("sent", "failed", "undeliverable")


@dataclass(frozen=True)
class Retention:
    private_reads: timedelta
    audit_events: timedelta
    messages: timedelta
    idempotency: timedelta

    @classmethod
    def from_settings(cls, settings: Settings) -> Retention:
        return cls(
            private_reads=timedelta(days=settings.retention_private_reads_days),
            audit_events=timedelta(days=settings.retention_audit_events_days),
            messages=timedelta(days=settings.retention_messages_days),
            idempotency=timedelta(hours=settings.idempotency_ttl_hours),
        )


def _schedules(retention: Retention, now: datetime) -> dict[str, tuple[type, ColumnElement[bool]]]:
    return {
        "private_reads": (PrivateRead, col(PrivateRead.created_at) < now - retention.private_reads),
        "audit_events": (AuditEvent, col(AuditEvent.created_at) < now - retention.audit_events),
        "messages": (
            OutgoingMessage,
            col(OutgoingMessage.status).in_(_FINISHED)
            & (col(OutgoingMessage.created_at) < now - retention.messages),
        ),
    }


async def purge(
    sessionmaker: async_sessionmaker[AsyncSession], retention: Retention
) -> dict[str, int]:
    """Delete what is past its schedule; the number removed per kind (for the log)."""
    removed: dict[str, int] = {}
    for kind, (model, expired) in _schedules(retention, utcnow()).items():
        async with sessionmaker() as session:
            result = await session.execute(delete(model).where(expired))
            await session.commit()
            removed[kind] = int(result.rowcount)  # type: ignore[attr-defined]
    # Stored responses carry personal data: kept only as long as a retry may use them.
    removed["idempotency"] = await idempotency.purge(sessionmaker, retention.idempotency)
    return removed
