from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum
from typing import ClassVar
from zoneinfo import available_timezones

from pydantic import Field, ValidationInfo, field_validator

from app.domain.schemas import Input, IsoDate, Patch


class BoardKind(StrEnum):
    ADVISORY = "advisory"
    GOVERNANCE = "governance"


class MembershipRole(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    COACH = "coach"
    REPRESENTATIVE = "representative"


class MembershipStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    LEFT = "left"


ELECTED = frozenset({MembershipRole.CHAIR, MembershipRole.VICE_CHAIR, MembershipRole.SECRETARY})


_EASY_READ = (
    "Members' notifications use the easy-read wording (short sentences, one idea each) "
    "where a message has one. Defaults to false."
)


def _known_timezone(value: str | None) -> str | None:
    if value is not None and value not in available_timezones():
        raise ValueError("must be an IANA time zone such as Europe/London")
    return value


class BoardCreate(Input):
    name: str = Field(min_length=1, max_length=200)
    kind: BoardKind
    description: str | None = Field(default=None, max_length=2_000)
    advises_board_id: uuid.UUID | None = None
    notice_period_days: int = Field(default=7, ge=0, le=90)
    terms_of_reference: str | None = Field(default=None, max_length=50_000)
    timezone: str = Field(
        default="Europe/London", description="An IANA time zone; defaults to Europe/London."
    )
    easy_read_notifications: bool = Field(default=False, description=_EASY_READ)

    _tz = field_validator("timezone")(_known_timezone)


class BoardUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset(
        {"name", "notice_period_days", "timezone", "easy_read_notifications"}
    )

    name: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2_000)
    advises_board_id: uuid.UUID | None = None
    notice_period_days: int | None = Field(default=None, ge=0, le=90)
    terms_of_reference: str | None = Field(default=None, max_length=50_000)
    timezone: str | None = None
    easy_read_notifications: bool | None = Field(default=None, description=_EASY_READ)

    _tz = field_validator("timezone")(_known_timezone)


class MembershipCreate(Input):
    person_id: uuid.UUID
    role: MembershipRole = Field(default=MembershipRole.MEMBER, description="Defaults to MEMBER.")
    status: MembershipStatus = Field(
        default=MembershipStatus.ACTIVE, description="Defaults to ACTIVE."
    )
    term_start: IsoDate
    term_end: IsoDate | None = None

    @field_validator("term_end")
    @classmethod
    def _term_ordered(cls, value: date | None, info: ValidationInfo) -> date | None:
        start = info.data.get("term_start")
        if value is not None and start is not None and value < start:
            raise ValueError("termEnd must not be before termStart")
        return value


class MembershipUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"role", "status", "term_start"})

    role: MembershipRole | None = None
    status: MembershipStatus | None = None
    term_start: IsoDate | None = None
    term_end: IsoDate | None = None
