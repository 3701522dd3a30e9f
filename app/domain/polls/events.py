"""What poll events carry: IDs and state. Never a voter, never a choice or a reason."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Poll
from app.domain import audit


def emit(session: AsyncSession, poll: Poll, event_type: str) -> None:
    data: dict[str, Any] = {
        "pollId": str(poll.id),
        "boardId": str(poll.board_id) if poll.board_id else None,
        "meetingId": str(poll.meeting_id) if poll.meeting_id else None,
        "kind": poll.kind,
        "status": poll.status,
        "round": poll.round,
        "outcome": poll.outcome,
        "outcomeOptionId": str(poll.outcome_option_id) if poll.outcome_option_id else None,
    }
    audit.emit(session, poll.organisation_id, event_type, data)
