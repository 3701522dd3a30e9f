"""The values each message is written with: what its callers pass, so a test can render
every template and variant with exactly these and a placeholder nobody supplies fails."""

from __future__ import annotations

_MEETING = frozenset({"name", "board", "meeting", "date"})
_CLAIM = frozenset({"name", "organisation", "date"})
_LINK = frozenset({"name", "organisation", "link", "expires"})

VALUES: dict[str, frozenset[str]] = {
    "invitation": _LINK,
    "password_reset": _LINK,
    "email_change": _LINK,
    "calendar_feed_reissued": frozenset({"name", "link"}),
    "escalated": frozenset(
        {"name", "article", "what", "board", "level", "due", "kind", "reference"}
    ),
    "follow_up_due": frozenset({"name", "board", "date", "reference"}),
    "revisit_due": frozenset({"name", "board", "date", "reference"}),
    "sponsor_overdue": frozenset({"name", "board", "from_board", "date", "reference"}),
    "term_ending": frozenset({"name", "board", "term_end"}),
    "training_expiring": frozenset({"name", "training", "expires"}),
    "papers_circulated": _MEETING | {"papers"},
    "papers_circulated_late": _MEETING | {"papers", "reason"},
    "paper_new_version": _MEETING | {"papers"},
    "seat_assigned": _MEETING | {"seat"},
    "seat_passed_to_you": _MEETING | {"seat"},
    "seat_swapped_to_you": _MEETING | {"seat", "reason"},
    "seat_taken_from_you": _MEETING | {"seat", "reason"},
    "meeting_changed": _MEETING | {"place"},
    "meeting_postponed": _MEETING,
    "meeting_rescheduled": _MEETING | {"place"},
    "meeting_cancelled": _MEETING,
    "action_due": frozenset({"name", "board", "date", "action"}),
    "claim_returned": _CLAIM | {"reason"},
    "claim_approved": _CLAIM | {"amount"},
    "claim_paid": _CLAIM | {"amount", "paid_on"},
    "recommendation_responded": frozenset({"name", "board", "to_board", "title", "outcome"}),
}
