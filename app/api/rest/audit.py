"""``/audit-events``: the record of every write, for administrators."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import field_validator
from pydantic.alias_generators import to_camel

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problems import error_responses
from app.api.rest.schemas import Out, PageOut
from app.api.routing import TransactionalRoute
from app.domain import audit

router = APIRouter(prefix="/audit-events", tags=["audit"], route_class=TransactionalRoute)


class AuditEventOut(Out):
    id: uuid.UUID
    created_at: datetime
    actor_type: str
    actor_id: uuid.UUID | None
    action: str
    entity_type: str
    entity_id: uuid.UUID
    changed_fields: list[str]
    request_id: str | None

    @field_validator("changed_fields")
    @classmethod
    def _api_names(cls, fields: list[str]) -> list[str]:
        # Stored as column names; shown as the names clients send and receive.
        return [to_camel(f) for f in fields]


@router.get("", response_model=PageOut[AuditEventOut], responses=error_responses(401, 403, 422))
async def list_audit_events(
    session: Session,
    actor: CurrentActor,
    page: Pagination,
    entity_id: Annotated[uuid.UUID | None, Query(alias="entityId")] = None,
) -> PageOut[AuditEventOut]:
    """Oldest first. Names the fields each write changed, never their values."""
    result = await audit.list_events(session, actor, page, entity_id)
    return PageOut(
        items=[AuditEventOut.model_validate(e) for e in result.items],
        next_cursor=result.next_cursor,
    )
