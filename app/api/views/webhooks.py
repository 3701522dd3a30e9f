"""Webhook endpoints, their deliveries and attempts. The signing secret appears only in
the responses that create or rotate it."""

from __future__ import annotations

import uuid
from datetime import datetime

from app.api.views.base import View
from app.domain.webhooks.schemas import DeliveryStatus, WebhookEventType


class WebhookEndpointOut(View):
    id: uuid.UUID
    url: str
    description: str | None
    event_types: list[WebhookEventType]
    active: bool
    disabled_reason: str | None
    disabled_at: datetime | None
    secret_rotated_at: datetime | None
    previous_secret_expires_at: datetime | None
    created_at: datetime
    updated_at: datetime | None


class WebhookEndpointWithSecret(WebhookEndpointOut):
    """Returned once, at creation or rotation: store the secret now, it is never shown again."""

    secret: str


class AttemptOut(View):
    number: int
    started_at: datetime
    finished_at: datetime | None
    status_code: int | None
    latency_ms: int | None
    error: str | None


class DeliveryOut(View):
    id: uuid.UUID
    event_id: uuid.UUID
    event_type: str
    status: DeliveryStatus
    attempt_count: int
    next_attempt_at: datetime | None
    delivered_at: datetime | None
    created_at: datetime
    attempts: list[AttemptOut]
