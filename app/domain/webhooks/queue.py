"""The delivery queue: fan outbox events out to endpoints and claim due deliveries.

Workers share the queue through the database alone. Taking rows is two statements: a
SELECT of due rows, ``FOR UPDATE SKIP LOCKED`` on PostgreSQL (concurrent workers skip
each other's rows instead of waiting, and the rows stay locked until commit), then an
UPDATE of those rows that re-checks the same conditions, which is what makes it exclusive
on SQLite: there the UPDATE takes the write lock, and a row another worker took in between
no longer matches. (One UPDATE with the locking SELECT as its subquery is not safe on
PostgreSQL: the planner may run the subquery again and take more rows than its LIMIT.)
A claim is a lease: it moves ``next_attempt_at`` to the lease's end, so if the worker dies
the row is due again then. ``results.finish`` records what happened. The caller commits.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import (
    Organisation,
    OutboxEvent,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
)
from app.domain.webhooks import signing
from app.domain.webhooks.endpoints import signing_secrets
from app.domain.webhooks.schemas import DeliveryStatus

ABANDONED = "The worker stopped before this attempt finished; the delivery was tried again."
_OPEN = (DeliveryStatus.PENDING.value, DeliveryStatus.DELIVERING.value)


@dataclass(frozen=True)
class Job:
    """Everything needed to send one attempt, read while claiming so no database
    connection is held during the HTTP request."""

    delivery_id: uuid.UUID
    attempt_id: uuid.UUID
    claim_token: uuid.UUID
    organisation_id: uuid.UUID
    endpoint_id: uuid.UUID
    number: int
    # The attempt's place in its retry schedule (a manual resend starts a new one).
    in_schedule: int
    # Out of repr, so a Job in a log line or traceback shows neither the receiver's
    # token (URLs can carry one) nor the signing secrets.
    url: str = field(repr=False)
    signing_secrets: list[str] = field(repr=False)
    body: str

    @property
    def message_id(self) -> str:
        return str(self.delivery_id)


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    latency_ms: int | None
    error: str | None = None

    @property
    def delivered(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300

    @property
    def gone(self) -> bool:
        return self.status_code == 410


async def dispatch(session: AsyncSession, now: datetime, limit: int = 200) -> int:
    """Turn undispatched outbox events into deliveries, one per matching active endpoint.

    Returns how many events were dispatched (0 when the outbox is empty)."""
    picked = list(
        await session.scalars(
            select(OutboxEvent.id)
            .where(col(OutboxEvent.dispatched_at).is_(None))
            .order_by(col(OutboxEvent.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )
    if not picked:
        return 0
    events = (
        await session.execute(
            update(OutboxEvent)
            .where(col(OutboxEvent.id).in_(picked), col(OutboxEvent.dispatched_at).is_(None))
            .values(dispatched_at=now)
            .returning(
                col(OutboxEvent.id),
                col(OutboxEvent.organisation_id),
                col(OutboxEvent.event_type),
                col(OutboxEvent.created_at),
            )
            .execution_options(synchronize_session=False)
        )
    ).all()
    if not events:
        return 0
    await _number(session, events)
    endpoints = await session.execute(
        select(
            WebhookEndpoint.id,
            WebhookEndpoint.organisation_id,
            WebhookEndpoint.event_types,
            WebhookEndpoint.created_at,
        ).where(
            col(WebhookEndpoint.organisation_id).in_({e.organisation_id for e in events}),
            col(WebhookEndpoint.active).is_(True),
        )
    )
    by_org: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for endpoint in endpoints:
        by_org[endpoint.organisation_id].append(endpoint)
    session.add_all(
        WebhookDelivery(
            organisation_id=event.organisation_id,
            endpoint_id=endpoint.id,
            event_id=event.id,
            event_type=event.event_type,
            next_attempt_at=now,
        )
        for event in events
        for endpoint in by_org[event.organisation_id]
        # An endpoint hears of events from its registration on, not of older ones.
        if event.event_type in endpoint.event_types and event.created_at >= endpoint.created_at
    )
    await session.flush()
    return len(events)


async def _number(session: AsyncSession, events: Sequence[Any]) -> None:
    """Give each event the next numbers of its organisation's sequence, in ID order.

    The block is taken with one UPDATE of the organisation's counter, which holds its row
    lock (PostgreSQL) or the write lock (SQLite) until commit, so two workers dispatching
    the same organisation's events at once never share a number."""
    by_org: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for event in sorted(events, key=lambda e: e.id):
        by_org[event.organisation_id].append(event.id)
    for organisation_id, ids in by_org.items():
        last = await session.scalar(
            update(Organisation)
            .where(col(Organisation.id) == organisation_id)
            .values(event_sequence=col(Organisation.event_sequence) + len(ids))
            .returning(col(Organisation.event_sequence))
            .execution_options(synchronize_session=False)
        )
        assert last is not None
        first = last - len(ids) + 1
        numbers = {event_id: first + offset for offset, event_id in enumerate(ids)}
        await session.execute(
            update(OutboxEvent)
            .where(col(OutboxEvent.id).in_(ids))
            .values(sequence=case(numbers, value=col(OutboxEvent.id)))
            .execution_options(synchronize_session=False)
        )


async def claim(session: AsyncSession, now: datetime, lease: timedelta, limit: int) -> list[Job]:
    """Take up to ``limit`` due deliveries for one attempt each, and start their log rows."""
    due = and_(col(WebhookDelivery.status).in_(_OPEN), col(WebhookDelivery.next_attempt_at) <= now)
    picked = list(
        await session.scalars(
            select(WebhookDelivery.id)
            .join(WebhookEndpoint, col(WebhookEndpoint.id) == WebhookDelivery.endpoint_id)
            .where(due, col(WebhookEndpoint.active).is_(True))
            .order_by(col(WebhookDelivery.next_attempt_at), col(WebhookDelivery.id))
            .limit(limit)
            .with_for_update(skip_locked=True, of=WebhookDelivery)
        )
    )
    if not picked:
        return []
    token = uuid.uuid4()
    claimed = (
        await session.execute(
            update(WebhookDelivery)
            .where(col(WebhookDelivery.id).in_(picked), due)
            .values(
                status=DeliveryStatus.DELIVERING.value,
                claim_token=token,
                attempts=col(WebhookDelivery.attempts) + 1,
                next_attempt_at=now + lease,
                last_attempt_at=now,
            )
            .returning(
                col(WebhookDelivery.id),
                col(WebhookDelivery.attempts),
                col(WebhookDelivery.schedule_start),
            )
            .execution_options(synchronize_session=False)
        )
    ).all()
    if not claimed:
        return []
    numbers = {row.id: row.attempts for row in claimed}
    in_schedule = {row.id: row.attempts - row.schedule_start for row in claimed}
    # Attempts left open by a worker that died: say so in the log.
    await session.execute(
        update(WebhookAttempt)
        .where(
            col(WebhookAttempt.delivery_id).in_(numbers),
            col(WebhookAttempt.finished_at).is_(None),
            col(WebhookAttempt.error).is_(None),
        )
        .values(error=ABANDONED)
        .execution_options(synchronize_session=False)
    )
    rows = await session.execute(
        select(WebhookDelivery.id, WebhookDelivery.organisation_id, WebhookEndpoint, OutboxEvent)
        .join(WebhookEndpoint, col(WebhookEndpoint.id) == WebhookDelivery.endpoint_id)
        .join(OutboxEvent, col(OutboxEvent.id) == WebhookDelivery.event_id)
        .where(col(WebhookDelivery.id).in_(numbers))
    )
    jobs: list[Job] = []
    attempts: list[WebhookAttempt] = []
    for delivery_id, organisation_id, endpoint, event in rows:
        attempt = WebhookAttempt(
            organisation_id=organisation_id,
            delivery_id=delivery_id,
            number=numbers[delivery_id],
            started_at=now,
        )
        attempts.append(attempt)
        jobs.append(
            Job(
                delivery_id=delivery_id,
                attempt_id=attempt.id,
                claim_token=token,
                organisation_id=organisation_id,
                endpoint_id=endpoint.id,
                number=numbers[delivery_id],
                in_schedule=in_schedule[delivery_id],
                url=endpoint.url,
                signing_secrets=signing_secrets(endpoint, now),
                body=signing.body(
                    event.event_type, event.created_at, event.sequence, event.payload
                ),
            )
        )
    session.add_all(attempts)
    await session.flush()
    return jobs
