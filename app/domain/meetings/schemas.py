from __future__ import annotations

import uuid
from enum import StrEnum
from typing import ClassVar

from pydantic import AnyHttpUrl, AwareDatetime, Field, ValidationInfo, field_validator

from app.domain.schemas import Input, IsoDate, IsoDateTime, Patch


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    POSTPONED = "postponed"
    HELD = "held"
    CANCELLED = "cancelled"


class MeetingSort(StrEnum):
    """Meeting lists run by start time; the ID breaks ties, so paging is exact."""

    STARTS_AT = "startsAt"
    STARTS_AT_DESC = "-startsAt"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


# A field validator, not a model one, so the 422 points at /endsAt rather than at "/".
def _ends_after_start(ends_at: AwareDatetime, info: ValidationInfo) -> AwareDatetime:
    starts_at = info.data.get("starts_at")
    if starts_at is not None and ends_at <= starts_at:
        raise ValueError("endsAt must be after startsAt")
    return ends_at


class AgendaItemInput(Input):
    title: str = Field(min_length=1, max_length=500)
    topic_tags: list[str] = Field(default_factory=list, max_length=20)


class MeetingCreate(Input):
    title: str = Field(min_length=1, max_length=200)
    starts_at: IsoDateTime = Field(description="With a time zone offset.")
    ends_at: IsoDateTime
    location: str | None = Field(default=None, max_length=500)
    online_url: AnyHttpUrl | None = None
    agenda: list[AgendaItemInput] = Field(default_factory=list, max_length=100)

    _after_start = field_validator("ends_at")(_ends_after_start)


class MeetingUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"title", "starts_at", "ends_at", "status"})

    title: str | None = Field(default=None, min_length=1, max_length=200)
    starts_at: IsoDateTime | None = None
    ends_at: IsoDateTime | None = None
    location: str | None = Field(default=None, max_length=500)
    online_url: AnyHttpUrl | None = None
    status: MeetingStatus | None = Field(
        default=None,
        description="A step of the lifecycle, as the matching POST /meetings/{id}/... "
        "would take it (scheduled -> postponed | cancelled | held; postponed -> scheduled "
        "| cancelled); any other is 409 with the allowed steps.",
    )
    # Replaces the whole agenda when given.
    agenda: list[AgendaItemInput] | None = Field(default=None, max_length=100)


class RescheduleInput(Input):
    """A postponed meeting's new time."""

    starts_at: IsoDateTime = Field(description="With a time zone offset.")
    ends_at: IsoDateTime

    _after_start = field_validator("ends_at")(_ends_after_start)


class AttendanceInput(Input):
    person_id: uuid.UUID
    status: AttendanceStatus


class MinutesInput(Input):
    body: str = Field(min_length=1, max_length=200_000)


class ActionCreate(Input):
    description: str = Field(min_length=1, max_length=2_000)
    owner_person_id: uuid.UUID | None = None
    due_on: IsoDate | None = None


class ActionUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"description", "status"})

    description: str | None = Field(default=None, min_length=1, max_length=2_000)
    owner_person_id: uuid.UUID | None = None
    due_on: IsoDate | None = None
    status: ActionStatus | None = None


class MinutesPublicTextInput(Input):
    public_text: str | None = Field(
        max_length=200_000,
        description="The minutes as the public may read them, with personal passages "
        "replaced by [redacted]; shown on the board's public page once the minutes are "
        "approved. null takes it down.",
    )


class StandingItemCreate(Input):
    title: str = Field(min_length=1, max_length=500)
    topic_tags: list[str] = Field(default_factory=list, max_length=20)
    position: int | None = Field(
        default=None,
        ge=1,
        le=100,
        description="Where it goes in the list (1 is first); the end when not given. "
        "Items at and after it move down one.",
    )


class StandingItemUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"title", "topic_tags", "position"})

    title: str | None = Field(default=None, min_length=1, max_length=500)
    topic_tags: list[str] | None = Field(default=None, max_length=20)
    position: int | None = Field(
        default=None, ge=1, le=100, description="Move it; past the end means last."
    )


class GuestInvite(Input):
    person_id: uuid.UUID = Field(description="A person of the organisation, not a member.")
    reason: str = Field(
        min_length=1,
        max_length=500,
        description='Why they are invited ("attends on request for item 3"). Shown to '
        "everyone who reads the meeting: say why they come, nothing about them.",
    )
