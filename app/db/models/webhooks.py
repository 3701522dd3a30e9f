"""Webhook endpoints, one delivery per (event, endpoint), and the log of every attempt."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Index, UniqueConstraint, text
from sqlmodel import Field

from app.db.models.base import Timestamped, json_list_field, org_field, time_field, version_column

_endpoint_version = version_column()


class WebhookEndpoint(Timestamped, table=True):
    """A receiver registered by an administrator.

    The signing secret is kept as is: signing needs it. It is returned only when it is
    created or rotated. During a rotation's grace period the previous secret signs too.
    """

    __tablename__ = "webhook_endpoints"
    __mapper_args__ = {"version_id_col": _endpoint_version}

    organisation_id: uuid.UUID = org_field()
    url: str
    description: str | None = None
    event_types: list[str] = json_list_field()
    active: bool = True
    # Why it was switched off: "gone" (the receiver answered 410) or "manual".
    disabled_reason: str | None = None
    disabled_at: datetime | None = time_field()
    secret: str
    previous_secret: str | None = None
    previous_secret_expires_at: datetime | None = time_field()
    secret_rotated_at: datetime | None = time_field()
    created_by: uuid.UUID | None = None
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_endpoint_version)


class WebhookDelivery(Timestamped, table=True):
    """One event for one endpoint. Its ID is the ``webhook-id``, the same on every retry.

    ``next_attempt_at`` is when a worker may next pick it up: the retry time while
    pending, the end of the claim's lease while delivering (so a killed worker's claim
    runs out and another worker retries it).
    """

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        CheckConstraint(
            "status IN ('pending', 'delivering', 'delivered', 'failed')", name="status"
        ),
        # Fan-out is idempotent: an event reaches an endpoint through one delivery only.
        UniqueConstraint("event_id", "endpoint_id"),
        Index("ix_webhook_deliveries_endpoint", "endpoint_id", "id"),
        Index(
            "ix_webhook_deliveries_due",
            "next_attempt_at",
            sqlite_where=text("status IN ('pending', 'delivering')"),
            postgresql_where=text("status IN ('pending', 'delivering')"),
        ),
    )

    organisation_id: uuid.UUID = org_field()
    endpoint_id: uuid.UUID = Field(foreign_key="webhook_endpoints.id", ondelete="CASCADE")
    event_id: uuid.UUID = Field(foreign_key="outbox_events.id", ondelete="CASCADE")
    event_type: str
    status: str = "pending"
    # Every attempt ever made (the attempt log's numbers). A manual resend starts a new
    # retry schedule from ``schedule_start`` without forgetting the attempts before it.
    attempts: int = 0
    schedule_start: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    next_attempt_at: datetime | None = time_field()
    # Which claim holds it: a worker whose lease ran out cannot overwrite the next one's work.
    claim_token: uuid.UUID | None = None
    last_attempt_at: datetime | None = time_field()
    last_status_code: int | None = None
    last_error: str | None = None
    delivered_at: datetime | None = time_field()


class WebhookAttempt(Timestamped, table=True):
    """One try at sending a delivery. Written when the attempt starts, completed when it
    ends; an attempt never completed is one whose worker stopped mid-delivery."""

    __tablename__ = "webhook_attempts"
    __table_args__ = (Index("ix_webhook_attempts_delivery", "delivery_id", "id"),)

    organisation_id: uuid.UUID = org_field()
    delivery_id: uuid.UUID = Field(foreign_key="webhook_deliveries.id", ondelete="CASCADE")
    number: int
    started_at: datetime = time_field(nullable=False)
    finished_at: datetime | None = time_field()
    status_code: int | None = None
    latency_ms: int | None = None
    # A short reason in our words (timeout, refused address, HTTP status); never the body.
    error: str | None = None
