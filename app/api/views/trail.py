"""The trail from an issue to its outcome, and escalation: an issue's history, the
recommendations it fed, what is behind a recommendation, escalation levels and sponsors."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.api.views.base import View, version_field
from app.api.views.issue_log import ThemeCountOut
from app.api.views.recommendations import ResponseOut, on_time
from app.domain.recommendations.lifecycle import is_overdue
from app.domain.recommendations.schemas import Decision, IssueStatus, RecommendationStatus
from app.domain.recommendations.trail import FedRecommendation, Trail


class IssueHistoryOut(View):
    """One step in an issue's life: who took it, when and why."""

    id: uuid.UUID
    issue_id: uuid.UUID
    from_status: IssueStatus | None = Field(description="Null for the issue being logged.")
    to_status: IssueStatus
    from_level: int | None
    to_level: int | None
    reason: str | None
    changed_by_type: str = Field(description="person, client, or system (the sweep).")
    changed_by_id: uuid.UUID | None
    created_at: datetime


class FedRecommendationOut(View):
    """A recommendation an issue fed, and the latest answer to it."""

    id: uuid.UUID
    title: str
    status: RecommendationStatus
    decision: Decision | None
    through_theme: bool = Field(description="Fed through the issue's theme, not by name.")
    submitted_at: datetime | None
    response_due_on: date | None
    overdue: bool
    escalation_level: int | None
    response: ResponseOut | None


def fed_out(fed: FedRecommendation, today: date) -> FedRecommendationOut:
    r = fed.recommendation
    response = fed.response
    return FedRecommendationOut(
        id=r.id,
        title=r.title,
        status=RecommendationStatus(r.status),
        decision=Decision(r.decision) if r.decision else None,
        through_theme=fed.through_theme,
        submitted_at=r.submitted_at,
        response_due_on=r.response_due_on,
        overdue=is_overdue(r.status, r.response_due_on, today),
        escalation_level=r.escalation_level,
        response=(
            ResponseOut.model_validate({**response.model_dump(), "on_time": on_time(response)})
            if response
            else None
        ),
    )


class RecommendationTrailOut(View):
    """What is behind a recommendation, as anyone who may read it sees it: counts under
    `suppressedBelow`, zero included, are null with `suppressed: true`."""

    recommendation_id: uuid.UUID
    suppressed_below: int
    issue_count: int | None
    suppressed: bool
    themes: list[ThemeCountOut]


def trail_out(trail: Trail) -> RecommendationTrailOut:
    return RecommendationTrailOut(
        recommendation_id=trail.recommendation_id,
        suppressed_below=trail.suppressed_below,
        issue_count=trail.issue_count,
        suppressed=trail.suppressed,
        themes=[
            ThemeCountOut(
                theme_id=t.theme_id, name=t.name, issue_count=t.issue_count, suppressed=t.suppressed
            )
            for t in trail.themes
        ],
    )


class EscalationLevelOut(View):
    id: uuid.UUID
    board_id: uuid.UUID
    position: int = Field(description="Lower first; an item moves to the next one up.")
    name: str
    owner_id: uuid.UUID
    response_days: int
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("updateEscalationLevel")


class SponsorOut(View):
    """The senior sponsor of a governance board: told of every overdue response."""

    board_id: uuid.UUID
    person_id: uuid.UUID
    created_at: datetime
    updated_at: datetime | None
