"""The trail from an issue to what became of it, and back.

An issue's steps (``issue_lifecycle.py``) are kept in ``issue_history``. An issue fed a
recommendation when the recommendation names it (``issueIds``) or names its theme
(``themeIds``). From an issue its people see those recommendations with their latest
response; from a recommendation anyone who may read it sees how many issues and which
themes are behind it, every count under the threshold withheld, and the issue log's
people may list the issues themselves.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, String, cast, func, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import (
    Issue,
    IssueHistory,
    Membership,
    Recommendation,
    RecommendationResponse,
    Theme,
)
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.boards.schemas import MembershipStatus
from app.domain.disclosure import suppress, threshold_for
from app.domain.errors import Conflict, PermissionDenied
from app.domain.pagination import Page, PageRequest, paginate, paginate_each
from app.domain.recommendations import access, escalation, history, issues
from app.domain.recommendations.escalation_sweep import escalated_event, notify_owner
from app.domain.recommendations.issue_lifecycle import check_step
from app.domain.recommendations.schemas import IssueStatus, IssueTransition
from app.domain.recommendations.themes import ThemeCount
from app.domain.recommendations.trail_notices import active_people

S = IssueStatus


async def transition_issue(
    session: AsyncSession, actor: Actor, issue_id: uuid.UUID, data: IssueTransition
) -> Issue:
    """Whoever logged the issue, or a coordinator, moves it on. Escalating moves it to the
    board's next level and tells that level's owner."""
    issue = await issues.get_issue(session, actor, issue_id)
    is_recorder = issue.created_by is not None and actor.is_self(issue.created_by)
    if not (is_recorder or actor.can(Permission.ISSUES_MANAGE)):
        raise PermissionDenied("Only whoever logged this issue, or a coordinator, may move it on.")
    current = S(issue.status)
    check_step(current, data.status, data.reason)
    now = utcnow()
    from_level = issue.escalation_level
    level = None
    if data.status == S.ESCALATED:
        ladder = (await escalation.levels_of(session, [issue.board_id])).get(issue.board_id, [])
        level, due = escalation.step(ladder, issue.escalation_level, now)
        if level is None and current == S.ESCALATED:
            raise Conflict("The issue is at its board's highest escalation level already.")
        if level is not None:
            issue.escalation_level, issue.escalation_due_at = level.position, due
    elif data.status in (S.RESOLVED, S.CLOSED):
        issue.escalation_due_at = None
    elif data.status == S.OPEN:
        # Reopened: the board's ladder starts again from the bottom.
        await escalation.start_issue(session, issue)
    issue.status = data.status.value
    issue.updated_at = now
    history.add(session, issue, actor, current.value, from_level=from_level, reason=data.reason)
    await access.flush_guarded(session)
    changed = {"status"} | ({"escalation_level"} if from_level != issue.escalation_level else set())
    audit.record(
        session,
        actor,
        f"issue.{data.status.value}",
        "issue",
        issue.id,
        issue.organisation_id,
        changed,
    )
    audit.emit(
        session,
        issue.organisation_id,
        "issue.status_changed",
        {
            "issueId": str(issue.id),
            "boardId": str(issue.board_id),
            "from": current.value,
            "status": issue.status,
            "level": issue.escalation_level,
        },
    )
    if level is not None:
        audit.emit(
            session,
            issue.organisation_id,
            "issue.escalated",
            escalated_event(
                "issue", issue.id, issue.board_id, level, automatic=False, fromLevel=from_level
            ),
        )
        owners = await active_people(session, [level.owner_id])
        board = await access.board_for(session, actor, issue.board_id)
        notify_owner(
            session,
            owners.get(level.owner_id),
            level,
            "issue",
            issue.id,
            board.name,
            issue.escalation_due_at,
        )
    return issue


async def issue_history(
    session: AsyncSession, actor: Actor, issue_id: uuid.UUID, page: PageRequest
) -> Page[IssueHistory]:
    issue = await issues.get_issue(session, actor, issue_id)
    statement = select(IssueHistory).where(IssueHistory.issue_id == issue.id)
    return await paginate(session, statement, IssueHistory.id, page)


async def history_pages_by_issue(
    session: AsyncSession, actor: Actor, issue_ids: Iterable[uuid.UUID], page: PageRequest
) -> dict[uuid.UUID, Page[IssueHistory]]:
    """``issue_history`` for many issues in one query (GraphQL lists of issues). The rule
    is the issue log's: coordinators, or members of the issue's board, in SQL, so an ID
    that slipped past a parent check still reads nothing."""
    criteria = [col(IssueHistory.organisation_id) == actor.organisation_id]
    if not actor.can(Permission.ISSUES_MANAGE):
        if not actor.is_person:
            return {}
        member_of = select(Membership.board_id).where(
            Membership.person_id == actor.id,
            Membership.status == MembershipStatus.ACTIVE.value,
        )
        readable = select(Issue.id).where(col(Issue.board_id).in_(member_of))
        criteria.append(col(IssueHistory.issue_id).in_(readable))
    return await paginate_each(
        session,
        IssueHistory,
        col(IssueHistory.issue_id),
        col(IssueHistory.id),
        issue_ids,
        page,
        *criteria,
    )


def _names(column: Any, value: uuid.UUID) -> ColumnElement[bool]:
    # The ID lists are JSON arrays of UUID strings; a UUID's quoted text cannot be part of
    # another's, so a text match is exact on both databases without a JSON function each.
    return cast(column, String).like(f'%"{value}"%')


@dataclass(frozen=True)
class FedRecommendation:
    recommendation: Recommendation
    through_theme: bool
    response: RecommendationResponse | None


async def issue_recommendations(
    session: AsyncSession, actor: Actor, issue_id: uuid.UUID
) -> list[FedRecommendation]:
    """What became of an issue: the recommendations it fed (directly or through its
    theme) that the caller may see, oldest first, each with its latest response. Three
    statements after the issue, however many there are."""
    issue = await issues.get_issue(session, actor, issue_id)
    drafts = await access.draft_boards(session, actor, [issue.board_id])
    fed = [_names(Recommendation.issue_ids, issue.id)]
    if issue.theme_id is not None:
        fed.append(_names(Recommendation.theme_ids, issue.theme_id))
    rows = list(
        await session.scalars(
            select(Recommendation)
            .where(
                Recommendation.board_id == issue.board_id,
                access.visible(actor, drafts),
                or_(*fed),
            )
            .order_by(col(Recommendation.id))
        )
    )
    latest = await _latest_responses(session, [r.id for r in rows])
    return [FedRecommendation(r, str(issue.id) not in r.issue_ids, latest.get(r.id)) for r in rows]


async def _latest_responses(
    session: AsyncSession, ids: list[uuid.UUID]
) -> dict[uuid.UUID, RecommendationResponse]:
    if not ids:
        return {}
    rows = await session.scalars(
        select(RecommendationResponse)
        .where(col(RecommendationResponse.recommendation_id).in_(ids))
        .order_by(col(RecommendationResponse.id))
    )
    # Oldest first, so the last one kept per recommendation is its latest.
    return {r.recommendation_id: r for r in rows}


def _behind(recommendation: Recommendation) -> ColumnElement[bool]:
    ids = [uuid.UUID(i) for i in recommendation.issue_ids]
    themes = [uuid.UUID(t) for t in recommendation.theme_ids]
    return (col(Issue.board_id) == recommendation.board_id) & or_(
        col(Issue.id).in_(ids), col(Issue.theme_id).in_(themes)
    )


@dataclass(frozen=True)
class Trail:
    recommendation_id: uuid.UUID
    issue_count: int | None
    suppressed: bool
    themes: list[ThemeCount]
    # The organisation's `smallCountThreshold`, applied to every count above.
    suppressed_below: int


async def recommendation_trail(
    session: AsyncSession, actor: Actor, recommendation_id: uuid.UUID
) -> Trail:
    """How many issues are behind a recommendation and its themes' counts, for anyone who
    may read it (partner systems too): a count under the threshold is withheld."""
    require(actor, Permission.RECOMMENDATIONS_READ)
    recommendation = await access.find_recommendation(session, actor, recommendation_id)
    count = await session.scalar(select(func.count()).where(_behind(recommendation)))
    themes = [uuid.UUID(t) for t in recommendation.theme_ids]
    counts: dict[uuid.UUID, tuple[str, int]] = {}
    if themes:
        rows = await session.execute(
            select(Theme.id, Theme.name, func.count(col(Issue.id)))
            .join(Issue, col(Issue.theme_id) == col(Theme.id), isouter=True)
            .where(col(Theme.id).in_(themes))
            .group_by(col(Theme.id), col(Theme.name))
            .order_by(col(Theme.name))
        )
        counts = {theme_id: (name, n) for theme_id, name, n in rows}
    threshold = await threshold_for(session, recommendation.organisation_id)
    shown = suppress(count or 0, threshold)
    return Trail(
        recommendation.id,
        shown,
        shown is None,
        [
            ThemeCount(theme_id, name, suppress(n, threshold), suppress(n, threshold) is None)
            for theme_id, (name, n) in counts.items()
        ],
        threshold,
    )


async def recommendation_issues(
    session: AsyncSession, actor: Actor, recommendation_id: uuid.UUID, page: PageRequest
) -> Page[Issue]:
    """The issues behind a recommendation, for the issue log's people only."""
    recommendation = await access.find_recommendation(session, actor, recommendation_id)
    await access.require_issue_log(session, actor, recommendation.board_id)
    statement = select(Issue).where(_behind(recommendation))
    return await paginate(session, statement, Issue.id, page)
