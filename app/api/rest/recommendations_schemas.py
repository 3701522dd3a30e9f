"""What REST shows of recommendations. Authors appear only on ``RecommendationInternal``,
which partner systems never get: a recommendation speaks for the board."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from app.api.rest.schemas import Out
from app.db.models import ProgressUpdate, Recommendation, RecommendationResponse
from app.domain.actors import Actor
from app.domain.recommendations.lifecycle import is_overdue
from app.domain.recommendations.schemas import (
    Decision,
    Priority,
    ProgressStatus,
    RecommendationStatus,
)


class ResponseOut(Out):
    id: uuid.UUID
    decision: Decision
    reasons: str | None
    owner: str | None
    target_date: date | None
    revisit_on: date | None
    submitted_at: datetime
    response_due_on: date
    responded_at: datetime
    on_time: bool


class RecommendationPublic(Out):
    """What everyone allowed to read recommendations sees, partner systems included."""

    id: uuid.UUID
    board_id: uuid.UUID
    addressed_to_board_id: uuid.UUID | None
    addressed_to: str | None
    title: str
    body: str
    rationale: str | None
    priority: Priority
    topic_tags: list[str]
    theme_ids: list[uuid.UUID]
    presented_at_meeting_id: uuid.UUID | None
    status: RecommendationStatus
    decision: Decision | None
    first_submitted_at: datetime | None
    submitted_at: datetime | None
    response_due_on: date | None
    overdue: bool
    responded_at: datetime | None
    revisit_on: date | None
    closed_at: datetime | None
    responses: list[ResponseOut]
    created_at: datetime
    updated_at: datetime | None


class RecommendationInternal(RecommendationPublic):
    """For people of the organisation: the supporting issues and who drafted it."""

    issue_ids: list[uuid.UUID]
    created_by: uuid.UUID | None


RecommendationOut = RecommendationInternal | RecommendationPublic
_STORED = [k for k in RecommendationPublic.model_fields if k not in {"overdue", "responses"}]


class ProgressUpdateOut(Out):
    id: uuid.UUID
    recommendation_id: uuid.UUID
    noted_on: date
    status: ProgressStatus
    note: str
    created_at: datetime


def response_out(response: RecommendationResponse) -> ResponseOut:
    return ResponseOut(
        id=response.id,
        decision=Decision(response.decision),
        reasons=response.reasons,
        owner=response.owner,
        target_date=response.target_date,
        revisit_on=response.revisit_on,
        submitted_at=response.submitted_at,
        response_due_on=response.response_due_on,
        responded_at=response.responded_at,
        on_time=response.responded_at.date() <= response.response_due_on,
    )


def recommendation_out(
    actor: Actor,
    recommendation: Recommendation,
    responses: list[RecommendationResponse],
    today: date,
) -> RecommendationOut:
    fields = {k: getattr(recommendation, k) for k in _STORED}
    fields["overdue"] = is_overdue(recommendation.status, recommendation.response_due_on, today)
    fields["responses"] = [response_out(r) for r in responses]
    if actor.is_person:
        return RecommendationInternal(
            **fields, issue_ids=recommendation.issue_ids, created_by=recommendation.created_by
        )
    return RecommendationPublic(**fields)


def update_out(update: ProgressUpdate) -> ProgressUpdateOut:
    return ProgressUpdateOut.model_validate(update)
