"""When papers are due, and whether a circulation met that."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta

from app.db.models import Board, Meeting, Paper
from app.domain.errors import RuleViolation


def notice_deadline(meeting: Meeting, board: Board) -> datetime:
    """Papers are due the board's notice period before the meeting starts."""
    return meeting.starts_at - timedelta(days=board.notice_period_days)


def reaches_members_at(paper: Paper, now: datetime) -> datetime:
    """An embargoed paper reaches members only when its embargo lifts."""
    if paper.embargo_until is not None and paper.embargo_until > now:
        return paper.embargo_until
    return now


def late_papers(papers: Iterable[Paper], deadline: datetime, now: datetime) -> set[uuid.UUID]:
    """The IDs of the papers that reach members after their deadline."""
    return {p.id for p in papers if reaches_members_at(p, now) > deadline}


def require_reason_if_late(
    late: bool, reason: str | None, deadline: datetime, board: Board
) -> None:
    if late and not reason:
        raise RuleViolation.field(
            "/lateReason",
            f"These papers reach members after they were due ({deadline.isoformat()}, "
            f"{board.notice_period_days} days before the meeting); say why in lateReason.",
        )
