"""Inputs for the issue log, themes, recommendations, responses and progress updates."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import ClassVar

from pydantic import Field

from app.domain.schemas import Input, IsoDate, Patch


class RecommendationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RESPONDED = "responded"
    IN_PROGRESS = "in_progress"
    IMPLEMENTED = "implemented"
    NOT_IMPLEMENTED = "not_implemented"
    WITHDRAWN = "withdrawn"


class Decision(StrEnum):
    ACCEPTED = "accepted"
    PARTLY_ACCEPTED = "partly_accepted"
    NOT_ACCEPTED = "not_accepted"
    DEFERRED = "deferred"


class Priority(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ProgressStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    IMPLEMENTED = "implemented"
    NOT_IMPLEMENTED = "not_implemented"


class RecommendationCreate(Input):
    title: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=20_000)
    rationale: str | None = Field(default=None, max_length=20_000)
    priority: Priority = Field(default=Priority.MEDIUM, description="Defaults to MEDIUM.")
    topic_tags: list[str] = Field(default_factory=list, max_length=20)
    theme_ids: list[uuid.UUID] = Field(default_factory=list, max_length=200)
    issue_ids: list[uuid.UUID] = Field(default_factory=list, max_length=200)
    presented_at_meeting_id: uuid.UUID | None = None
    agreed_by_poll_id: uuid.UUID | None = Field(
        default=None, description="The board's decided poll in which the group agreed it."
    )
    addressed_to_board_id: uuid.UUID | None = Field(
        default=None, description="Defaults to the governance board this board advises."
    )
    addressed_to: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="Another named body, instead of a board known here.",
    )


class RecommendationUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset(
        {"title", "body", "priority", "topic_tags", "theme_ids", "issue_ids"}
    )

    title: str | None = Field(default=None, min_length=1, max_length=200)
    body: str | None = Field(default=None, min_length=1, max_length=20_000)
    rationale: str | None = Field(default=None, max_length=20_000)
    priority: Priority | None = None
    topic_tags: list[str] | None = Field(default=None, max_length=20)
    theme_ids: list[uuid.UUID] | None = Field(default=None, max_length=200)
    issue_ids: list[uuid.UUID] | None = Field(default=None, max_length=200)
    presented_at_meeting_id: uuid.UUID | None = None
    agreed_by_poll_id: uuid.UUID | None = None
    addressed_to_board_id: uuid.UUID | None = None
    addressed_to: str | None = Field(default=None, min_length=1, max_length=200)


class SubmitRequest(Input):
    # Default: today plus the board's response period (28 days unless the board set another).
    response_due_on: IsoDate | None = None


class ResponseCreate(Input):
    """A governance board's decision. The rules linking fields to the decision live in
    ``lifecycle.check_response`` so that every transport gets the same answer."""

    decision: Decision
    reasons: str | None = Field(default=None, max_length=20_000)
    owner: str | None = Field(default=None, min_length=1, max_length=200)
    target_date: IsoDate | None = None
    revisit_on: IsoDate | None = None


class ProgressUpdateCreate(Input):
    status: ProgressStatus
    note: str = Field(min_length=1, max_length=20_000)
    noted_on: IsoDate | None = Field(
        default=None, description="Defaults to today; never in the future."
    )


class ReopenRequest(Input):
    reason: str = Field(
        min_length=1,
        max_length=2_000,
        description="Why the change did not last. Kept with the recommendation's progress notes.",
    )


class RecommendationSettingsInput(Input):
    response_due_days: int = Field(ge=1, le=365)


class IssueCreate(Input):
    """An issue raised with a member. Record what was raised, never who raised it."""

    category: str = Field(min_length=1, max_length=100)
    service: str = Field(min_length=1, max_length=200, description="The service or place.")
    summary: str = Field(min_length=1, max_length=5_000)
    outcome: str | None = Field(default=None, max_length=5_000)
    follow_up_on: IsoDate | None = None
    # Default: today.
    raised_on: IsoDate | None = None
    theme_id: uuid.UUID | None = None


class IssueUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"category", "service", "summary", "raised_on"})

    category: str | None = Field(default=None, min_length=1, max_length=100)
    service: str | None = Field(default=None, min_length=1, max_length=200)
    summary: str | None = Field(default=None, min_length=1, max_length=5_000)
    outcome: str | None = Field(default=None, max_length=5_000)
    follow_up_on: IsoDate | None = None
    raised_on: IsoDate | None = None
    theme_id: uuid.UUID | None = None


class ThemeCreate(Input):
    name: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2_000)


class ThemeUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"name"})

    name: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2_000)


class IssueStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    CLOSED = "closed"


class IssueTransition(Input):
    """One step of an issue's life, kept in its history with who took it and when."""

    status: IssueStatus
    reason: str | None = Field(
        default=None,
        min_length=1,
        max_length=2_000,
        description="Why. Needed for every step but IN_PROGRESS. Never name the people the "
        "issue is about.",
    )


class EscalationLevelCreate(Input):
    name: str = Field(min_length=1, max_length=200)
    owner_id: uuid.UUID = Field(description="The person who answers at this level.")
    response_days: int = Field(ge=1, le=365, description="Days before it moves up a level.")
    position: int | None = Field(
        default=None, ge=1, le=100, description="Defaults to one above the highest level."
    )


class EscalationLevelUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"name", "owner_id", "response_days"})

    name: str | None = Field(default=None, min_length=1, max_length=200)
    owner_id: uuid.UUID | None = None
    response_days: int | None = Field(default=None, ge=1, le=365)


class SponsorInput(Input):
    person_id: uuid.UUID = Field(description="The senior sponsor of this governance board.")
