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


class AdvisedBoardPapers(StrEnum):
    """Who of an advisory board receives the papers of the board it advises."""

    ALL_MEMBERS = "all_members"
    SEAT_HOLDERS = "seat_holders"


_ADVISED_PAPERS = (
    "Who of this advisory board receives the papers of the board it advises: ALL_MEMBERS "
    "(every active member, the default) or SEAT_HOLDERS (only those holding a seat at "
    "that meeting). Fixed for each paper when it is circulated."
)
_QUORUM = (
    "How many of the board's members (and holders of seats at the meeting) must be present "
    "for a meeting to be quorate; null: no quorum. Judged when the minutes are approved."
)
_QUORUM_CHAIR = "Whether the chair or the vice chair must be among those present for a quorum."


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
    advised_board_papers: AdvisedBoardPapers = Field(
        default=AdvisedBoardPapers.ALL_MEMBERS, description=_ADVISED_PAPERS
    )
    quorum: int | None = Field(default=None, ge=1, le=1_000, description=_QUORUM)
    quorum_needs_chair: bool = Field(default=False, description=_QUORUM_CHAIR)
    easy_read_notifications: bool = Field(default=False, description=_EASY_READ)

    _tz = field_validator("timezone")(_known_timezone)


class BoardUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "notice_period_days",
            "timezone",
            "advised_board_papers",
            "quorum_needs_chair",
            "easy_read_notifications",
        }
    )

    name: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2_000)
    advises_board_id: uuid.UUID | None = None
    notice_period_days: int | None = Field(default=None, ge=0, le=90)
    terms_of_reference: str | None = Field(default=None, max_length=50_000)
    timezone: str | None = None
    advised_board_papers: AdvisedBoardPapers | None = Field(
        default=None, description=_ADVISED_PAPERS
    )
    quorum: int | None = Field(default=None, ge=1, le=1_000, description=_QUORUM)
    quorum_needs_chair: bool | None = Field(default=None, description=_QUORUM_CHAIR)
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
