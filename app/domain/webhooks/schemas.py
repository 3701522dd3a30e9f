"""What callers send about webhook endpoints, and the event types they can subscribe to."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from pydantic import Field, field_validator

from app.domain.schemas import Input, Patch


class WebhookEventType(StrEnum):
    """Every event a webhook can carry (docs/api.md). A new event is added here too."""

    PAPER_CIRCULATED = "paper.circulated"
    PAPER_ACKNOWLEDGED = "paper.acknowledged"
    SEAT_ASSIGNED = "seat.assigned"
    SEAT_DECLINED = "seat.declined"
    SEAT_RELEASED = "seat.released"
    EXPENSE_CLAIM_SUBMITTED = "expense_claim.submitted"
    EXPENSE_CLAIM_APPROVED = "expense_claim.approved"
    EXPENSE_CLAIM_PAID = "expense_claim.paid"
    # An approved claim sent back to its claimant: partners told of the approval must
    # know it no longer stands.
    EXPENSE_CLAIM_APPROVAL_REVERSED = "expense_claim.approval_reversed"
    RECOMMENDATION_SUBMITTED = "recommendation.submitted"
    RECOMMENDATION_RESPONDED = "recommendation.responded"
    RECOMMENDATION_OVERDUE = "recommendation.overdue"
    RECOMMENDATION_ESCALATED = "recommendation.escalated"
    RECOMMENDATION_SPONSOR_NOTIFIED = "recommendation.sponsor_notified"
    RECOMMENDATION_REVISIT_DUE = "recommendation.revisit_due"
    RECOMMENDATION_REOPENED = "recommendation.reopened"
    # The issue log's events (issue.*) stay in the outbox: a feed of them would tell a
    # partner system how many issues a board hears, which small numbers must not.
    MEETING_SCHEDULED = "meeting.scheduled"
    MEETING_POSTPONED = "meeting.postponed"
    MEETING_CANCELLED = "meeting.cancelled"
    MEETING_HELD = "meeting.held"
    MEETING_GUEST_INVITED = "meeting.guest_invited"
    MEETING_GUEST_REMOVED = "meeting.guest_removed"
    MINUTES_APPROVED = "minutes.approved"
    POLL_OPENED = "poll.opened"
    POLL_AMENDED = "poll.amended"
    POLL_CLOSED = "poll.closed"
    POLL_DECIDED = "poll.decided"
    POLL_CANCELLED = "poll.cancelled"
    # A survey's opening and closing only: nothing is sent per answer, and no partner
    # scope reads a survey or its results.
    SURVEY_OPENED = "survey.opened"
    SURVEY_CLOSED = "survey.closed"
    MEMBERSHIP_TERM_ENDING = "membership.term_ending"
    MEMBERSHIP_RENEWED = "membership.renewed"
    MEMBERSHIP_STOOD_DOWN = "membership.stood_down"
    OPPORTUNITY_OPENED = "opportunity.opened"
    OPPORTUNITY_CLOSED = "opportunity.closed"
    APPLICATION_CREATED = "application.created"
    APPLICATION_STAGE_CHANGED = "application.stage_changed"
    PAIRING_CREATED = "pairing.created"
    PAIRING_DELETED = "pairing.deleted"
    # Procurement phases only: panel changes (a removal says someone had a conflict) and
    # each submission stay in the outbox, and no event names a bidder or carries a score.
    PROCUREMENT_OPENED = "procurement.opened"
    PROCUREMENT_EVALUATION_STARTED = "procurement.evaluation_started"
    PROCUREMENT_MODERATION_STARTED = "procurement.moderation_started"
    PROCUREMENT_CONCLUDED = "procurement.concluded"
    LOT_MODERATION_OPENED = "lot.moderation_opened"
    LOT_CONCLUDED = "lot.concluded"
    BOARD_PUBLISHED = "board.published"
    BOARD_UNPUBLISHED = "board.unpublished"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    DELIVERING = "delivering"
    DELIVERED = "delivered"
    FAILED = "failed"


def _unique_sorted(values: list[WebhookEventType]) -> list[WebhookEventType]:
    return sorted(set(values))


class WebhookEndpointCreate(Input):
    url: str = Field(min_length=1, max_length=2_000, description="An https:// URL.")
    event_types: list[WebhookEventType] = Field(min_length=1, max_length=50)
    description: str | None = Field(default=None, max_length=500)

    _dedupe = field_validator("event_types")(_unique_sorted)


class WebhookEndpointUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"url", "event_types", "active"})

    url: str | None = Field(default=None, min_length=1, max_length=2_000)
    event_types: list[WebhookEventType] | None = Field(default=None, min_length=1, max_length=50)
    description: str | None = Field(default=None, max_length=500)
    active: bool | None = None

    @field_validator("event_types")
    @classmethod
    def _dedupe(cls, value: list[WebhookEventType] | None) -> list[WebhookEventType] | None:
        return None if value is None else _unique_sorted(value)


class SecretRotation(Input):
    grace_period_hours: int = Field(
        default=24,
        ge=0,
        le=168,
        description="How long the previous secret keeps signing alongside the new one.",
    )
