"""Support for members: a back seat."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from app.api.views.base import View
from app.domain.support.schemas import SupervisionKind


class BackSeatOut(View):
    """A member taking a back seat: paused, and when they expect to return."""

    id: uuid.UUID
    person_id: uuid.UUID
    expected_return_on: date | None
    created_at: datetime
    updated_at: datetime | None


class SupervisorOut(View):
    id: uuid.UUID
    member_id: uuid.UUID
    supervisor_id: uuid.UUID


class SupportSettingsOut(View):
    safeguarding_lead_id: uuid.UUID | None


class SupervisionRecordOut(View):
    """Private to the member, their supervisor and the safeguarding lead."""

    id: uuid.UUID
    member_id: uuid.UUID
    supervisor_id: uuid.UUID
    kind: SupervisionKind
    held_on: date
    notes: str | None
    next_on: date | None
    created_by: uuid.UUID
    created_at: datetime
