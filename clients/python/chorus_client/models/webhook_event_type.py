from enum import StrEnum


class WebhookEventType(StrEnum):
    APPLICATION_CREATED = "application.created"
    APPLICATION_STAGE_CHANGED = "application.stage_changed"
    EXPENSE_CLAIM_APPROVED = "expense_claim.approved"
    EXPENSE_CLAIM_PAID = "expense_claim.paid"
    EXPENSE_CLAIM_SUBMITTED = "expense_claim.submitted"
    MEETING_CANCELLED = "meeting.cancelled"
    MEETING_HELD = "meeting.held"
    MEETING_POSTPONED = "meeting.postponed"
    MEETING_SCHEDULED = "meeting.scheduled"
    MEMBERSHIP_RENEWED = "membership.renewed"
    MEMBERSHIP_STOOD_DOWN = "membership.stood_down"
    MEMBERSHIP_TERM_ENDING = "membership.term_ending"
    OPPORTUNITY_CLOSED = "opportunity.closed"
    OPPORTUNITY_OPENED = "opportunity.opened"
    PAIRING_CREATED = "pairing.created"
    PAIRING_DELETED = "pairing.deleted"
    PAPER_ACKNOWLEDGED = "paper.acknowledged"
    PAPER_CIRCULATED = "paper.circulated"
    POLL_AMENDED = "poll.amended"
    POLL_CANCELLED = "poll.cancelled"
    POLL_CLOSED = "poll.closed"
    POLL_DECIDED = "poll.decided"
    POLL_OPENED = "poll.opened"
    RECOMMENDATION_ESCALATED = "recommendation.escalated"
    RECOMMENDATION_OVERDUE = "recommendation.overdue"
    RECOMMENDATION_RESPONDED = "recommendation.responded"
    RECOMMENDATION_SPONSOR_NOTIFIED = "recommendation.sponsor_notified"
    RECOMMENDATION_SUBMITTED = "recommendation.submitted"
    SEAT_ASSIGNED = "seat.assigned"
    SEAT_DECLINED = "seat.declined"
    SEAT_RELEASED = "seat.released"

    def __str__(self) -> str:
        return str(self.value)
