"""Recommendations of an advisory board: drafting, submitting, responses and progress."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.deps import CurrentActor, IfMatch, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.recommendations import (
    ProgressUpdateOut,
    RecommendationOut,
    RecommendationPublic,
    recommendation_out,
    update_out,
)
from app.db.models import Recommendation
from app.db.types import utcnow
from app.domain.actors import Actor
from app.domain.recommendations import loaders, service, workflow
from app.domain.recommendations.schemas import (
    ProgressUpdateCreate,
    RecommendationCreate,
    RecommendationStatus,
    RecommendationUpdate,
    ReopenRequest,
    ResponseCreate,
    SubmitRequest,
)
from app.domain.versions import etag

router = APIRouter(tags=["recommendations"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 412, 422, 428)
_STEP = error_responses(401, 403, 404, 409, 422)


async def _outs(
    session: AsyncSession, actor: Actor, rows: list[Recommendation]
) -> list[RecommendationPublic]:
    responses = await loaders.responses_by_recommendation(session, actor, [r.id for r in rows])
    today = utcnow().date()
    return [recommendation_out(actor, r, responses.get(r.id, []), today) for r in rows]


async def _one(
    session: AsyncSession, actor: Actor, row: Recommendation, response: Response
) -> RecommendationPublic:
    response.headers["ETag"] = etag(row.version)
    return (await _outs(session, actor, [row]))[0]


@router.get(
    "/boards/{board_id}/recommendations",
    response_model=PageOut[RecommendationOut],
    responses=_READ,
)
async def list_recommendations(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    page: Pagination,
    status: Annotated[RecommendationStatus | None, Query()] = None,
    overdue: Annotated[
        bool | None,
        Query(description="true: only those awaiting a response after their due date."),
    ] = None,
) -> PageOut[RecommendationOut]:
    """Recommendations the board made (advisory) or received (governance). Drafts only for
    the board's members and staff."""
    result = await service.list_recommendations(
        session, actor, board_id, page, status=status, overdue=overdue
    )
    return PageOut(items=await _outs(session, actor, result.items), next_cursor=result.next_cursor)


@router.post(
    "/boards/{board_id}/recommendations",
    status_code=201,
    response_model=RecommendationOut,
    responses=_WRITE,
)
async def create_recommendation(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    body: RecommendationCreate,
    response: Response,
) -> RecommendationOut:
    """Draft a recommendation of this advisory board (any active member, or staff)."""
    row = await service.create_recommendation(session, actor, board_id, body)
    response.headers["Location"] = f"/api/v1/recommendations/{row.id}"
    return await _one(session, actor, row, response)


@router.get(
    "/recommendations/{recommendation_id}", response_model=RecommendationOut, responses=_READ
)
async def get_recommendation(
    session: Session, actor: CurrentActor, recommendation_id: uuid.UUID, response: Response
) -> RecommendationOut:
    row = await service.get_recommendation(session, actor, recommendation_id)
    return await _one(session, actor, row, response)


@router.patch(
    "/recommendations/{recommendation_id}", response_model=RecommendationOut, responses=_WRITE
)
async def update_recommendation(
    session: Session,
    actor: CurrentActor,
    recommendation_id: uuid.UUID,
    body: RecommendationUpdate,
    version: IfMatch,
    response: Response,
) -> RecommendationOut:
    """The wording changes only in draft (or while deferred); supporting themes, issues,
    tags and the meeting until the recommendation is closed."""
    row = await service.update_recommendation(session, actor, recommendation_id, body, version)
    return await _one(session, actor, row, response)


@router.post(
    "/recommendations/{recommendation_id}/submit",
    response_model=RecommendationOut,
    responses=_STEP,
)
async def submit_recommendation(
    session: Session,
    actor: CurrentActor,
    recommendation_id: uuid.UUID,
    response: Response,
    # Optional: a bare POST submits with the board's default response period.
    body: SubmitRequest = SubmitRequest(),
) -> RecommendationOut:
    """The board's officers (or staff) send a draft, or resubmit a deferred one. Emits
    `recommendation.submitted`. `responseDueOn` defaults to today plus the board's period."""
    row = await workflow.submit(session, actor, recommendation_id, body)
    return await _one(session, actor, row, response)


@router.post(
    "/recommendations/{recommendation_id}/withdraw",
    response_model=RecommendationOut,
    responses=_STEP,
)
async def withdraw_recommendation(
    session: Session, actor: CurrentActor, recommendation_id: uuid.UUID, response: Response
) -> RecommendationOut:
    """Withdraw a draft or a submitted recommendation (the board's officers, or staff)."""
    row = await workflow.withdraw(session, actor, recommendation_id)
    return await _one(session, actor, row, response)


@router.post(
    "/recommendations/{recommendation_id}/response",
    response_model=RecommendationOut,
    responses=_STEP,
)
async def respond_to_recommendation(
    session: Session,
    actor: CurrentActor,
    recommendation_id: uuid.UUID,
    body: ResponseCreate,
    response: Response,
) -> RecommendationOut:
    """Record the addressee's decision (scope `recommendations:respond`). Any decision but
    `accepted` needs `reasons`; accepted and partly accepted ones name an `owner` and a
    `targetDate`; a deferral gives `revisitOn`. Emits `recommendation.responded`."""
    row, _ = await workflow.respond(session, actor, recommendation_id, body)
    return await _one(session, actor, row, response)


@router.post(
    "/recommendations/{recommendation_id}/reopen",
    response_model=RecommendationOut,
    responses=_STEP,
)
async def reopen_recommendation(
    session: Session,
    actor: CurrentActor,
    recommendation_id: uuid.UUID,
    body: ReopenRequest,
    response: Response,
) -> RecommendationOut:
    """The change lapsed: an implemented recommendation goes back to `in_progress`, with a
    `reason` kept as a dated progress note (`reopened: true`). Whoever records progress
    (scope `recommendations:respond`) or the board's officers. Emits
    `recommendation.reopened`; anything but an implemented one is 409."""
    row, _ = await workflow.reopen(session, actor, recommendation_id, body)
    return await _one(session, actor, row, response)


@router.get(
    "/recommendations/{recommendation_id}/updates",
    response_model=PageOut[ProgressUpdateOut],
    responses=_READ,
)
async def list_updates(
    session: Session, actor: CurrentActor, recommendation_id: uuid.UUID, page: Pagination
) -> PageOut[ProgressUpdateOut]:
    result = await workflow.list_updates(session, actor, recommendation_id, page)
    return PageOut(items=[update_out(u) for u in result.items], next_cursor=result.next_cursor)


@router.post(
    "/recommendations/{recommendation_id}/updates",
    status_code=201,
    response_model=ProgressUpdateOut,
    responses=_STEP,
)
async def add_update(
    session: Session,
    actor: CurrentActor,
    recommendation_id: uuid.UUID,
    body: ProgressUpdateCreate,
    response: Response,
) -> ProgressUpdateOut:
    """A dated progress note with the status it leaves the recommendation in (scope
    `recommendations:respond`): `in_progress`, `implemented` or `not_implemented`."""
    _, update = await workflow.add_update(session, actor, recommendation_id, body)
    # Updates have no address of their own: they are read in the recommendation's list.
    response.headers["Location"] = f"/api/v1/recommendations/{recommendation_id}/updates"
    return update_out(update)
