"""Recording an attempt's result: the log row, the delivery's next step, and a 410's effect.

Only the holder of the current claim token moves the delivery on, so a worker whose lease
ran out cannot overwrite the work of the one that took over. The caller commits.
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from app.domain import audit
from app.domain.webhooks import retry
from app.domain.webhooks.queue import Job, Outcome
from app.domain.webhooks.schemas import DeliveryStatus


def _rowcount(result: Any) -> int:
    return cast(CursorResult[Any], result).rowcount


def _describe(outcome: Outcome) -> str | None:
    if outcome.error is not None or outcome.delivered:
        return outcome.error
    if outcome.gone:
        return "HTTP 410: the receiver says this endpoint is gone, so it has been disabled."
    if outcome.status_code is not None and 300 <= outcome.status_code < 400:
        return f"HTTP {outcome.status_code}: redirects are not followed."
    return f"HTTP {outcome.status_code}: only a 2xx response counts as delivered."


async def finish(
    session: AsyncSession,
    job: Job,
    outcome: Outcome,
    now: datetime,
    rng: random.Random | None = None,
) -> bool:
    """Record an attempt's result and schedule what follows. False if the claim had
    already run out and another worker took the delivery over (its result then stands)."""
    error = _describe(outcome)
    await session.execute(
        update(WebhookAttempt)
        .where(col(WebhookAttempt.id) == job.attempt_id)
        .values(
            finished_at=now,
            status_code=outcome.status_code,
            latency_ms=outcome.latency_ms,
            error=error,
        )
        .execution_options(synchronize_session=False)
    )
    values: dict[str, Any] = {
        "claim_token": None,
        "last_status_code": outcome.status_code,
        "last_error": error,
    }
    delay = None if outcome.delivered or outcome.gone else retry.next_delay(job.in_schedule, rng)
    if outcome.delivered:
        values |= {"status": DeliveryStatus.DELIVERED.value, "delivered_at": now}
    if outcome.delivered or delay is None:
        values |= {"next_attempt_at": None}
        values.setdefault("status", DeliveryStatus.FAILED.value)
    else:
        values |= {"status": DeliveryStatus.PENDING.value, "next_attempt_at": now + delay}
    result = await session.execute(
        update(WebhookDelivery)
        .where(
            col(WebhookDelivery.id) == job.delivery_id,
            col(WebhookDelivery.claim_token) == job.claim_token,
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if _rowcount(result) == 0:
        return False
    if outcome.gone:
        await _disable_gone(session, job, now)
    return True


async def _disable_gone(session: AsyncSession, job: Job, now: datetime) -> None:
    result = await session.execute(
        update(WebhookEndpoint)
        .where(col(WebhookEndpoint.id) == job.endpoint_id, col(WebhookEndpoint.active).is_(True))
        .values(
            active=False,
            disabled_reason="gone",
            disabled_at=now,
            updated_at=now,
            version=col(WebhookEndpoint.version) + 1,
        )
        .execution_options(synchronize_session=False)
    )
    if _rowcount(result):
        audit.record(
            session,
            None,
            "webhook_endpoint.disabled",
            "webhook_endpoint",
            job.endpoint_id,
            job.organisation_id,
            {"active"},
        )
