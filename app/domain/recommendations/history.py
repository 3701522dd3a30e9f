"""An issue's history: one row per change of status or escalation level, never edited.
Who is the person or API client who took the step, or the system for the sweep's moves;
never anyone the issue is about."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Issue, IssueHistory
from app.domain.actors import Actor


def add(
    session: AsyncSession,
    issue: Issue,
    actor: Actor | None,
    from_status: str | None,
    *,
    from_level: int | None = None,
    reason: str | None = None,
) -> IssueHistory:
    return add_row(
        session,
        issue.organisation_id,
        issue.id,
        actor,
        (from_status, issue.status),
        (from_level, issue.escalation_level),
        reason,
    )


def add_row(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    issue_id: uuid.UUID,
    actor: Actor | None,
    statuses: tuple[str | None, str],
    levels: tuple[int | None, int | None],
    reason: str | None,
) -> IssueHistory:
    row = IssueHistory(
        organisation_id=organisation_id,
        issue_id=issue_id,
        from_status=statuses[0],
        to_status=statuses[1],
        from_level=levels[0],
        to_level=levels[1],
        reason=reason,
        changed_by_type=actor.kind if actor else "system",
        changed_by_id=actor.id if actor else None,
    )
    session.add(row)
    return row
