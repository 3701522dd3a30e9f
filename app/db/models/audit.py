from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field

from app.db.models.base import JsonType, Timestamped, json_list_field, org_field, time_field


class AuditEvent(Timestamped, table=True):
    """Who did what to which record. Field names only, never values: no personal data here."""

    __tablename__ = "audit_events"

    organisation_id: uuid.UUID = org_field()
    actor_type: str
    actor_id: uuid.UUID | None = None
    action: str
    entity_type: str
    entity_id: uuid.UUID
    changed_fields: list[str] = json_list_field()
    request_id: str | None = None


class OutboxEvent(Timestamped, table=True):
    """A domain event, saved with the change that caused it; delivered by the webhook worker."""

    __tablename__ = "outbox_events"
    __table_args__ = (
        Index("ix_outbox_events_undelivered", "dispatched_at", "id"),
        UniqueConstraint("organisation_id", "sequence"),
    )

    organisation_id: uuid.UUID = org_field()
    event_type: str
    payload: dict[str, Any] = Field(default_factory=dict, sa_type=JsonType, nullable=False)
    dispatched_at: datetime | None = time_field()
    # Per organisation, given out when the event is dispatched: receivers order by it and
    # see gaps, since delivery itself is at least once and unordered.
    sequence: int | None = None
