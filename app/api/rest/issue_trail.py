"""The trail: an issue's steps and history, what became of it, and from a recommendation
the issues and themes behind it (counts with small numbers withheld for everyone)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.rest.issue_log import _issue
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.issue_log import IssueOut
from app.api.views.trail import (
    FedRecommendationOut,
    IssueHistoryOut,
    RecommendationTrailOut,
    fed_out,
    trail_out,
)
from app.db.types import utcnow
from app.domain.recommendations import trail
from app.domain.recommendations.schemas import IssueTransition

router = APIRouter(tags=["issue log"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_STEP = error_responses(401, 403, 404, 409, 422)


@router.post("/issues/{issue_id}/transitions", response_model=IssueOut, responses=_STEP)
async def transition_issue(
    session: Session,
    actor: CurrentActor,
    issue_id: uuid.UUID,
    body: IssueTransition,
    response: Response,
) -> IssueOut:
    """Move an issue on: `in_progress`, `escalated` (to the board's next escalation level,
    whose owner is told; emits `issue.escalated`), `resolved`, `closed`, or `open` again
    from resolved. Every step but `in_progress` needs a `reason`; each is kept in the
    issue's history and emits `issue.status_changed`. Its recorder or a coordinator; any
    other step is 409 `invalid-transition` with `allowed`."""
    issue = await trail.transition_issue(session, actor, issue_id, body)
    return _issue(issue, response)


@router.get("/issues/{issue_id}/history", response_model=PageOut[IssueHistoryOut], responses=_READ)
async def issue_history(
    session: Session, actor: CurrentActor, issue_id: uuid.UUID, page: Pagination
) -> PageOut[IssueHistoryOut]:
    """Every change of the issue's status or level, oldest first: who, when and why."""
    result = await trail.issue_history(session, actor, issue_id, page)
    return PageOut(
        items=[IssueHistoryOut.model_validate(h) for h in result.items],
        next_cursor=result.next_cursor,
    )


@router.get(
    "/issues/{issue_id}/recommendations",
    response_model=list[FedRecommendationOut],
    responses=_READ,
)
async def issue_recommendations(
    session: Session, actor: CurrentActor, issue_id: uuid.UUID
) -> list[FedRecommendationOut]:
    """What became of an issue: the recommendations it fed, by name or through its theme,
    with their status and latest response."""
    found = await trail.issue_recommendations(session, actor, issue_id)
    today = utcnow().date()
    return [fed_out(f, today) for f in found]


@router.get(
    "/recommendations/{recommendation_id}/trail",
    response_model=RecommendationTrailOut,
    responses=_READ,
)
async def recommendation_trail(
    session: Session, actor: CurrentActor, recommendation_id: uuid.UUID
) -> RecommendationTrailOut:
    """How many issues, and which themes, are behind a recommendation (scope
    `recommendations:read`): any count under five, zero included, is `null` with
    `suppressed: true`."""
    found = await trail.recommendation_trail(session, actor, recommendation_id)
    return trail_out(found)


@router.get(
    "/recommendations/{recommendation_id}/issues",
    response_model=PageOut[IssueOut],
    responses=_READ,
)
async def recommendation_issues(
    session: Session, actor: CurrentActor, recommendation_id: uuid.UUID, page: Pagination
) -> PageOut[IssueOut]:
    """The issues behind a recommendation, named or through its themes: for the board's
    members and coordinators, as the issue log is."""
    result = await trail.recommendation_issues(session, actor, recommendation_id, page)
    return PageOut(items=[_issue(i) for i in result.items], next_cursor=result.next_cursor)
