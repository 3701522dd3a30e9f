"""The audit trail: who changed which fields of what, never the values."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import field_validator
from pydantic.alias_generators import to_camel

from app.api.views.base import View


class AuditEventOut(View):
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
