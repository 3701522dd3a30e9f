"""What administrators see of deliveries and their attempts, and resending by hand."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import WebhookAttempt, WebhookDelivery
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor
from app.domain.errors import Conflict, InvalidTransition
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.webhooks.endpoints import get_endpoint
from app.domain.webhooks.schemas import DeliveryStatus


async def list_deliveries(
    session: AsyncSession,
    actor: Actor,
    endpoint_id: uuid.UUID,
    page: PageRequest,
    status: DeliveryStatus | None = None,
) -> Page[WebhookDelivery]:
    endpoint = await get_endpoint(session, actor, endpoint_id)
    statement = select(WebhookDelivery).where(WebhookDelivery.endpoint_id == endpoint.id)
    if status is not None:
        statement = statement.where(WebhookDelivery.status == status.value)
    return await paginate(session, statement, WebhookDelivery.id, page)


async def get_delivery(
    session: AsyncSession, actor: Actor, endpoint_id: uuid.UUID, delivery_id: uuid.UUID
) -> WebhookDelivery:
    endpoint = await get_endpoint(session, actor, endpoint_id)
    return await _delivery_of(session, endpoint.id, delivery_id)


async def _delivery_of(
    session: AsyncSession, endpoint_id: uuid.UUID, delivery_id: uuid.UUID
) -> WebhookDelivery:
    return await store.one(
        session,
        WebhookDelivery,
        delivery_id,
        col(WebhookDelivery.endpoint_id) == endpoint_id,
        "webhook delivery",
    )


async def attempts_by_delivery(
    session: AsyncSession, actor: Actor, delivery_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[WebhookAttempt]]:
    """The attempt log of many deliveries in one query, oldest first (REST lists, loaders)."""
    wanted = set(delivery_ids)
    result: dict[uuid.UUID, list[WebhookAttempt]] = {d: [] for d in wanted}
    if wanted:
        rows = await session.scalars(
            select(WebhookAttempt)
            .where(
                col(WebhookAttempt.delivery_id).in_(wanted),
                WebhookAttempt.organisation_id == actor.organisation_id,
            )
            .order_by(col(WebhookAttempt.id))
        )
        for attempt in rows:
            result[attempt.delivery_id].append(attempt)
    return result


async def resend(
    session: AsyncSession, actor: Actor, endpoint_id: uuid.UUID, delivery_id: uuid.UUID
) -> WebhookDelivery:
    """Queue the delivery again now, with the same ``webhook-id`` (receivers that already
    have it can tell) and a fresh retry schedule."""
    endpoint = await get_endpoint(session, actor, endpoint_id)
    delivery = await _delivery_of(session, endpoint.id, delivery_id)
    now = utcnow()
    if not endpoint.active:
        raise Conflict("The endpoint is disabled; switch it back on (active: true) first.")
    claimed = delivery.next_attempt_at is not None and delivery.next_attempt_at > now
    if delivery.status == DeliveryStatus.DELIVERING and claimed:
        raise InvalidTransition("webhook delivery", delivery.status, "pending", [])
    delivery.status = DeliveryStatus.PENDING.value
    # The attempt count and log numbers carry on; only the backoff starts again.
    delivery.schedule_start = delivery.attempts
    delivery.next_attempt_at = now
    delivery.claim_token = None
    await session.flush()
    audit.record(
        session,
        actor,
        "webhook_delivery.resent",
        "webhook_delivery",
        delivery.id,
        delivery.organisation_id,
        {"status", "next_attempt_at"},
    )
    return delivery
