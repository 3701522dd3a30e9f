"""Use cases for webhook endpoints: register, change, rotate the secret, remove."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import WebhookEndpoint
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.errors import RuleViolation
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.versions import Precondition, check_version
from app.domain.webhooks.addresses import AddressRefused, UrlGuard
from app.domain.webhooks.schemas import (
    SecretRotation,
    WebhookEndpointCreate,
    WebhookEndpointUpdate,
)
from app.domain.webhooks.signing import new_secret

# Endpoints are named by ID in logs, never by URL: a URL's path or query may hold a token.
log = logging.getLogger("chorus.webhooks")


def readable(actor: Actor) -> ColumnElement[bool]:
    return col(WebhookEndpoint.organisation_id) == actor.organisation_id


def signing_secrets(endpoint: WebhookEndpoint, now: datetime) -> list[str]:
    """The current secret, and the previous one while its grace period lasts."""
    live = [endpoint.secret]
    expires = endpoint.previous_secret_expires_at
    if endpoint.previous_secret and expires is not None and expires > now:
        live.append(endpoint.previous_secret)
    return live


async def _checked_url(guard: UrlGuard, url: str) -> str:
    try:
        await guard.check(url)
    except AddressRefused as refusal:
        # Refusals say why in our own words, so they can be logged: probing for internal
        # addresses is worth seeing.
        log.info("webhook URL refused", extra={"reason": str(refusal)})
        raise RuleViolation.field("/url", str(refusal)) from None
    return url


async def get_endpoint(
    session: AsyncSession, actor: Actor, endpoint_id: uuid.UUID
) -> WebhookEndpoint:
    require(actor, Permission.WEBHOOKS_MANAGE)
    return await store.one(
        session, WebhookEndpoint, endpoint_id, readable(actor), "webhook endpoint"
    )


async def list_endpoints(
    session: AsyncSession, actor: Actor, page: PageRequest
) -> Page[WebhookEndpoint]:
    require(actor, Permission.WEBHOOKS_MANAGE)
    statement = select(WebhookEndpoint).where(readable(actor))
    return await paginate(session, statement, WebhookEndpoint.id, page)


async def create_endpoint(
    session: AsyncSession, actor: Actor, data: WebhookEndpointCreate, guard: UrlGuard
) -> tuple[WebhookEndpoint, str]:
    """The endpoint and its signing secret, which is shown this once."""
    require(actor, Permission.WEBHOOKS_MANAGE)
    secret = new_secret()
    endpoint = WebhookEndpoint(
        organisation_id=actor.organisation_id,
        url=await _checked_url(guard, data.url),
        description=data.description,
        event_types=[t.value for t in data.event_types],
        secret=secret,
        created_by=actor.id,
    )
    session.add(endpoint)
    await session.flush()
    audit.record(
        session,
        actor,
        "webhook_endpoint.created",
        "webhook_endpoint",
        endpoint.id,
        endpoint.organisation_id,
        data.model_fields_set | {"secret"},
    )
    log.info(
        "webhook endpoint registered",
        extra={"endpoint_id": str(endpoint.id), "organisation_id": str(endpoint.organisation_id)},
    )
    return endpoint, secret


async def update_endpoint(
    session: AsyncSession,
    actor: Actor,
    endpoint_id: uuid.UUID,
    data: WebhookEndpointUpdate,
    expected: Precondition,
    guard: UrlGuard,
) -> WebhookEndpoint:
    endpoint = await get_endpoint(session, actor, endpoint_id)
    check_version(endpoint.version, expected)
    changes = data.changes()
    if "url" in changes and changes["url"] != endpoint.url:
        await _checked_url(guard, changes["url"])
        log.info("webhook endpoint URL changed", extra={"endpoint_id": str(endpoint.id)})
    if "event_types" in changes:
        changes["event_types"] = [str(t) for t in changes["event_types"]]
    changed = store.apply(endpoint, changes)
    if "active" in changed:
        # Switching back on resumes the deliveries that waited while it was off.
        endpoint.disabled_reason = None if endpoint.active else "manual"
        endpoint.disabled_at = None if endpoint.active else utcnow()
    await store.record_update(session, actor, endpoint, changed, "webhook_endpoint")
    return endpoint


async def rotate_secret(
    session: AsyncSession, actor: Actor, endpoint_id: uuid.UUID, data: SecretRotation
) -> tuple[WebhookEndpoint, str]:
    """A new secret, shown once; the old one keeps signing for the grace period so the
    receiver can switch over without losing a message."""
    endpoint = await get_endpoint(session, actor, endpoint_id)
    now = utcnow()
    secret = new_secret()
    grace = timedelta(hours=data.grace_period_hours)
    endpoint.previous_secret = endpoint.secret if grace else None
    endpoint.previous_secret_expires_at = now + grace if grace else None
    endpoint.secret = secret
    endpoint.secret_rotated_at = now
    endpoint.updated_at = now
    await session.flush()
    audit.record(
        session,
        actor,
        "webhook_endpoint.secret_rotated",
        "webhook_endpoint",
        endpoint.id,
        endpoint.organisation_id,
        {"secret", "previous_secret"},
    )
    return endpoint, secret


async def delete_endpoint(session: AsyncSession, actor: Actor, endpoint_id: uuid.UUID) -> None:
    """Removes the endpoint with its deliveries and their log."""
    endpoint = await get_endpoint(session, actor, endpoint_id)
    await session.delete(endpoint)
    await session.flush()
    audit.record(
        session,
        actor,
        "webhook_endpoint.deleted",
        "webhook_endpoint",
        endpoint.id,
        endpoint.organisation_id,
    )
