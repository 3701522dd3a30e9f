"""Audit trail and outbox: both written in the caller's transaction, never committed here."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from contextvars import ContextVar
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import AuditEvent, OutboxEvent
from app.domain.actors import Actor, Permission, require
from app.domain.pagination import Page, PageRequest, paginate

# Set by the transport per request, so audit rows can be matched with logs.
request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)


def record(
    session: AsyncSession,
    actor: Actor | None,
    action: str,
    entity_type: str,
    entity_id: uuid.UUID,
    organisation_id: uuid.UUID,
    changed_fields: Iterable[str] = (),
) -> None:
    """Add an audit row. Only field names are kept: values may be sensitive."""
    session.add(
        AuditEvent(
            organisation_id=organisation_id,
            actor_type=actor.kind if actor else "system",
            actor_id=actor.id if actor else None,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            changed_fields=sorted(changed_fields),
            request_id=request_id_var.get(),
        )
    )


def emit(
    session: AsyncSession, organisation_id: uuid.UUID, event_type: str, data: dict[str, Any]
) -> OutboxEvent:
    """Queue a domain event. ``data`` carries IDs and state only, never personal data."""
    event = OutboxEvent(organisation_id=organisation_id, event_type=event_type, payload=data)
    session.add(event)
    return event


async def list_events(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    entity_id: uuid.UUID | None = None,
) -> Page[AuditEvent]:
    require(actor, Permission.AUDIT_READ)
    statement = select(AuditEvent).where(AuditEvent.organisation_id == actor.organisation_id)
    if entity_id is not None:
        statement = statement.where(AuditEvent.entity_id == entity_id)
    return await paginate(session, statement, AuditEvent.id, page)
