"""``/audit-events``: the record of every write, for administrators."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.audit import AuditEventOut
from app.api.views.base import PageOut
from app.domain import audit

router = APIRouter(prefix="/audit-events", tags=["audit"], route_class=TransactionalRoute)


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
