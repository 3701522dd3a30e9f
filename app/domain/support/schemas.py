from __future__ import annotations

import uuid
from enum import StrEnum

from pydantic import Field

from app.domain.schemas import Input, IsoDate


class SupervisionKind(StrEnum):
    SUPERVISION = "supervision"
    CHECK_IN = "check_in"


class BackSeatSet(Input):
    expected_return_on: IsoDate | None = Field(
        default=None,
        description="When they expect to take part again; rotation skips them until then. "
        "Without a date, until they return.",
    )


class SupervisorSet(Input):
    supervisor_id: uuid.UUID = Field(description="The person who supervises this member.")


class SafeguardingLeadSet(Input):
    safeguarding_lead_id: uuid.UUID | None = Field(
        description="Who may read every supervision record besides the two people in it; "
        "null for nobody."
    )


class SupervisionRecordCreate(Input):
    kind: SupervisionKind
    held_on: IsoDate
    notes: str | None = Field(default=None, max_length=10_000)
    next_on: IsoDate | None = None
