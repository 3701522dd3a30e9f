"""Inputs for polls: creating and amending one, voting, deciding, settling objections."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import ClassVar

from pydantic import Field

from app.domain.schemas import Input, IsoDateTime, Patch


class PollKind(StrEnum):
    OPTIONS = "options"  # choose one
    APPROVAL = "approval"  # approve any number
    RANKED = "ranked"  # rank in order of preference, counted by instant runoff
    CONSENT = "consent"  # consent or object to a proposal


class PollStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    DECIDED = "decided"
    CANCELLED = "cancelled"


class PollOutcome(StrEnum):
    AGREED = "agreed"
    NOT_AGREED = "not_agreed"
    NO_QUORUM = "no_quorum"
    TIED = "tied"


class ConsentChoice(StrEnum):
    CONSENT = "consent"
    OBJECT = "object"


class ObjectionStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
    WITHDRAWN = "withdrawn"
    SUPERSEDED = "superseded"  # the proposal was amended after it


class PollCreate(Input):
    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(
        default=None, max_length=20_000, description="For a consent proposal: the proposal."
    )
    kind: PollKind
    anonymous: bool = Field(
        default=False, description="Who voted is kept apart from what was voted."
    )
    closes_at: IsoDateTime
    quorum: int | None = Field(default=None, ge=1, le=10_000, description="Fewest voters.")
    options: list[str] = Field(
        default_factory=list,
        max_length=50,
        description="Two or more labels, except for a consent proposal (none).",
    )
    meeting_id: uuid.UUID | None = Field(default=None, description="A meeting of the board.")
    event_title: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="A free-standing community event's name (polls not of a board only).",
    )


class PollUpdate(Patch):
    """A draft changes freely; an open consent proposal may be amended (a new round)."""

    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"title", "closes_at"})

    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=20_000)
    closes_at: IsoDateTime | None = None
    quorum: int | None = Field(default=None, ge=1, le=10_000)


class VoteCreate(Input):
    option_ids: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=50,
        description="One (options), any number (approval), or in order of preference (ranked).",
    )
    choice: ConsentChoice | None = Field(default=None, description="Consent proposals only.")
    reason: str | None = Field(
        default=None, min_length=1, max_length=5_000, description="Needed with an objection."
    )


class DecideRequest(Input):
    reasons: str = Field(min_length=1, max_length=20_000, description="Why, for the record.")


class ObjectionSettle(Input):
    resolution: str = Field(min_length=1, max_length=5_000)
