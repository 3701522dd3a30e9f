from __future__ import annotations

import uuid
from enum import StrEnum
from typing import ClassVar

from pydantic import Field, model_validator

from app.domain.schemas import Input, IsoDate, Patch


class SeatKind(StrEnum):
    FIXED = "fixed"
    ROTATING = "rotating"


class SeatCreate(Input):
    name: str = Field(min_length=1, max_length=200)
    kind: SeatKind
    holder_person_id: uuid.UUID | None = Field(
        default=None, description="A fixed seat's holder: a member of the advisory board."
    )
    pool_person_ids: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=500,
        description="A rotating seat's pool; leave out for every member.",
    )
    required_training: list[str] = Field(default_factory=list, max_length=20)

    @model_validator(mode="after")
    def _kind_rules(self) -> SeatCreate:
        if self.kind == SeatKind.FIXED and self.holder_person_id is None:
            raise ValueError("a fixed seat needs holderPersonId")
        if self.kind == SeatKind.ROTATING and self.holder_person_id is not None:
            raise ValueError("a rotating seat has no holderPersonId; use poolPersonIds")
        if self.kind == SeatKind.FIXED and self.pool_person_ids:
            raise ValueError("a fixed seat has no pool")
        return self


class SeatUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"name", "pool_person_ids", "required_training"})

    name: str | None = Field(default=None, min_length=1, max_length=200)
    holder_person_id: uuid.UUID | None = None
    pool_person_ids: list[uuid.UUID] | None = Field(default=None, max_length=500)
    required_training: list[str] | None = Field(default=None, max_length=20)


class RotaRequest(Input):
    count: int | None = Field(default=None, ge=1, le=104)
    until: IsoDate | None = None
    dry_run: bool = False

    @model_validator(mode="after")
    def _one_horizon(self) -> RotaRequest:
        if (self.count is None) == (self.until is None):
            raise ValueError("give either count or until")
        return self


class DeclineRequest(Input):
    # Private to the decliner and coordinators: it may be about health or licence conditions.
    reason: str | None = Field(default=None, max_length=2_000)
    substitute_person_id: uuid.UUID | None = Field(
        default=None,
        description="A fixed seat's named substitute for this meeting: an eligible member of "
        "the advisory board. Without one the board's settings decide.",
    )


class SwapRequest(Input):
    other_assignment_id: uuid.UUID | None = None
    substitute_person_id: uuid.UUID | None = None
    reason: str = Field(min_length=1, max_length=2_000)

    @model_validator(mode="after")
    def _one_target(self) -> SwapRequest:
        if (self.other_assignment_id is None) == (self.substitute_person_id is None):
            raise ValueError("give either otherAssignmentId or substitutePersonId")
        return self


class SeatSettingsInput(Input):
    allow_two_seats: bool = Field(
        default=False,
        description="One person may hold two seats at the same meeting.",
    )
    declined_fixed_to_pool: bool = Field(
        default=False,
        description="A fixed seat declined without a named substitute goes to the rotation "
        "pool for that meeting; otherwise it stays empty.",
    )
