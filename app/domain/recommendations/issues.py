"""The issue log: what members and representatives hear, without who said it.

Members of the board (any role) record and read issues; the one who logged an issue may
correct it; coordinators group issues into themes. Partner systems never see an issue,
only the suppressed counts per theme (``themes.summary``).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Issue, Theme
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission
from app.domain.errors import PermissionDenied, RuleViolation
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.recommendations import access, escalation, history
from app.domain.recommendations.schemas import IssueCreate, IssueUpdate
from app.domain.versions import Precondition, check_version


async def _check_theme(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, theme_id: uuid.UUID | None
) -> None:
    if theme_id is None:
        return
    if not actor.can(Permission.ISSUES_MANAGE):
        raise PermissionDenied("Coordinators group issues into themes.")
    found = await session.scalar(
        select(Theme.id).where(Theme.id == theme_id, Theme.board_id == board_id)
    )
    if found is None:
        raise RuleViolation.field("/themeId", "No theme of this board has that ID.")


def _check_raised_on(raised_on: date) -> None:
    if raised_on > utcnow().date():
        raise RuleViolation.field("/raisedOn", "An issue cannot be raised in the future.")


async def create_issue(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: IssueCreate
) -> Issue:
    board = await access.board_for(session, actor, board_id)
    await access.require_issue_log(session, actor, board.id)
    access.require_advisory(board)
    await _check_theme(session, actor, board.id, data.theme_id)
    raised_on = data.raised_on or utcnow().date()
    _check_raised_on(raised_on)
    issue = Issue(
        organisation_id=board.organisation_id,
        board_id=board.id,
        raised_on=raised_on,
        category=data.category.lower(),
        service=data.service,
        summary=data.summary,
        outcome=data.outcome,
        follow_up_on=data.follow_up_on,
        theme_id=data.theme_id,
        created_by=actor.id if actor.is_person else None,
    )
    await escalation.start_issue(session, issue)
    session.add(issue)
    await session.flush()
    history.add(session, issue, actor, None, reason="Logged.")
    audit.record(
        session,
        actor,
        "issue.created",
        "issue",
        issue.id,
        issue.organisation_id,
        data.model_fields_set,
    )
    return issue


async def get_issue(session: AsyncSession, actor: Actor, issue_id: uuid.UUID) -> Issue:
    issue = await store.one(session, Issue, issue_id, store.in_org(Issue, actor), "issue")
    await access.require_issue_log(session, actor, issue.board_id)
    return issue


async def list_issues(
    session: AsyncSession,
    actor: Actor,
    board_id: uuid.UUID,
    page: PageRequest,
    *,
    theme_id: uuid.UUID | None = None,
    unthemed: bool = False,
    category: str | None = None,
    follow_up_by: date | None = None,
) -> Page[Issue]:
    board = await access.board_for(session, actor, board_id)
    await access.require_issue_log(session, actor, board.id)
    statement = select(Issue).where(Issue.board_id == board.id)
    if theme_id is not None:
        statement = statement.where(Issue.theme_id == theme_id)
    if unthemed:
        statement = statement.where(col(Issue.theme_id).is_(None))
    if category is not None:
        statement = statement.where(Issue.category == category.strip().lower())
    if follow_up_by is not None:
        statement = statement.where(col(Issue.follow_up_on) <= follow_up_by)
    return await paginate(session, statement, Issue.id, page)


async def update_issue(
    session: AsyncSession,
    actor: Actor,
    issue_id: uuid.UUID,
    data: IssueUpdate,
    expected: Precondition,
) -> Issue:
    """Whoever logged the issue may correct it, and coordinators may; theming is theirs."""
    issue = await get_issue(session, actor, issue_id)
    is_recorder = issue.created_by is not None and actor.is_self(issue.created_by)
    if not (is_recorder or actor.can(Permission.ISSUES_MANAGE)):
        raise PermissionDenied("Only whoever logged this issue, or a coordinator, may change it.")
    check_version(issue.version, expected)
    changes = data.changes()
    if "theme_id" in changes and changes["theme_id"] != issue.theme_id:
        if not actor.can(Permission.ISSUES_MANAGE):
            raise PermissionDenied("Coordinators group issues into themes.")
        await _check_theme(session, actor, issue.board_id, changes["theme_id"])
    if "raised_on" in changes:
        _check_raised_on(changes["raised_on"])
    if "category" in changes:
        changes["category"] = changes["category"].lower()
    await store.patch(
        session, actor, issue, changes, "issue", flush=lambda: access.flush_guarded(session)
    )
    return issue
