"""What recommendation events carry: IDs, dates and state. Never the authors, never text."""

from __future__ import annotations

from typing import Any

from app.db.models import ProgressUpdate, Recommendation, RecommendationResponse
from app.db.types import iso_text


def _iso(value: Any) -> str | None:
    return iso_text(value) if value is not None else None


def base(recommendation: Recommendation) -> dict[str, Any]:
    return {
        "recommendationId": str(recommendation.id),
        "boardId": str(recommendation.board_id),
        "addressedToBoardId": _iso_id(recommendation),
        "status": recommendation.status,
        "priority": recommendation.priority,
        "responseDueOn": _iso(recommendation.response_due_on),
    }


def _iso_id(recommendation: Recommendation) -> str | None:
    target = recommendation.addressed_to_board_id
    return str(target) if target is not None else None


def submitted(recommendation: Recommendation, resubmission: bool) -> dict[str, Any]:
    return {
        **base(recommendation),
        "submittedAt": _iso(recommendation.submitted_at),
        "resubmission": resubmission,
    }


def responded(recommendation: Recommendation, response: RecommendationResponse) -> dict[str, Any]:
    return {
        **base(recommendation),
        "responseId": str(response.id),
        "decision": response.decision,
        "respondedAt": _iso(response.responded_at),
        "onTime": response.responded_at.date() <= response.response_due_on,
        "revisitOn": _iso(response.revisit_on),
        "targetDate": _iso(response.target_date),
    }


def reopened(recommendation: Recommendation, update: ProgressUpdate) -> dict[str, Any]:
    # The reason is text the addressee wrote: readers fetch it, events never carry it.
    return {
        **base(recommendation),
        "progressUpdateId": str(update.id),
        "reopenedOn": _iso(update.noted_on),
    }


def revisit_due(row: Any) -> dict[str, Any]:
    """From a row the revisit sweep claimed."""
    target = row.addressed_to_board_id
    return {
        "recommendationId": str(row.id),
        "boardId": str(row.board_id),
        "addressedToBoardId": str(target) if target is not None else None,
        "status": "responded",
        "decision": "deferred",
        "priority": row.priority,
        "revisitOn": _iso(row.revisit_on),
    }
