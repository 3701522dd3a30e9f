"""Recommendations of advisory boards, their responses and progress updates, the "you said,
we did" report, and each board's response period.

The supporting issues and the author live only on ``RecommendationInternal``;
``recommendation_view`` is the one rule that picks the type, for REST bodies and GraphQL
objects alike, so a field added there cannot reach a partner system: a recommendation
speaks for the board.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import Field, create_model
from pydantic.alias_generators import to_camel

from app.api.views.base import View, version_field
from app.db.models import ProgressUpdate, Recommendation, RecommendationResponse
from app.domain.actors import Actor
from app.domain.recommendations.lifecycle import is_overdue
from app.domain.recommendations.report import Report, ReportItem, Step
from app.domain.recommendations.schemas import (
    Decision,
    Priority,
    ProgressStatus,
    RecommendationStatus,
)

V = TypeVar("V", bound=View)


class ResponseOut(View):
    """One formal response, with the submission it answered."""

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


class RecommendationPublic(View):
    """What everyone allowed to read recommendations sees, partner systems included."""

    id: uuid.UUID
    board_id: uuid.UUID
    addressed_to_board_id: uuid.UUID | None
    addressed_to: str | None = Field(description="Another named body, when not a board known here.")
    title: str
    body: str
    rationale: str | None
    priority: Priority
    topic_tags: list[str]
    theme_ids: list[uuid.UUID]
    presented_at_meeting_id: uuid.UUID | None
    agreed_by_poll_id: uuid.UUID | None = Field(
        description="The poll in which the board agreed it: the group's decision on record."
    )
    status: RecommendationStatus
    decision: Decision | None
    first_submitted_at: datetime | None
    submitted_at: datetime | None
    response_due_on: date | None
    overdue: bool = Field(description="Still awaiting a response after its due date has ended.")
    escalation_level: int | None = Field(
        description="While overdue: the addressee's escalation level it has reached."
    )
    responded_at: datetime | None
    revisit_on: date | None
    closed_at: datetime | None
    responses: list[ResponseOut]
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("updateRecommendation")


class RecommendationInternal(RecommendationPublic):
    """For people of the organisation: the supporting issues and who drafted it."""

    issue_ids: list[uuid.UUID] = Field(description="Issues from the board's log that support it.")
    created_by: uuid.UUID | None = Field(description="The person who drafted it.")


RecommendationOut = RecommendationInternal | RecommendationPublic


def recommendation_view(actor: Actor) -> type[RecommendationPublic]:
    """Which of the two types this caller gets: API clients are partner systems."""
    return RecommendationInternal if actor.is_person else RecommendationPublic


class ProgressUpdateOut(View):
    """A dated progress note and the status it leaves behind."""

    id: uuid.UUID
    recommendation_id: uuid.UUID
    noted_on: date
    status: ProgressStatus
    note: str
    reopened: bool = Field(
        description="This note reopened an implemented recommendation; the note is the reason."
    )
    created_at: datetime


class ReportThemeOut(View):
    """A theme of the board's issue log the recommendation answers."""

    id: uuid.UUID
    name: str


class ReportNoteOut(View):
    """A progress note ("we did"), dated, with the days it took."""

    id: uuid.UUID
    noted_on: date
    status: ProgressStatus = Field(description="The status the note left it in.")
    note: str
    reopened: bool = Field(
        description="The note reopened an implemented recommendation; the note is the reason."
    )
    days_since_response: int | None = Field(
        description="Whole days from the latest response to this note."
    )
    days_since_previous: int | None = Field(
        description="Whole days from the note before (or the response, for the first)."
    )


class ReportItemOut(View):
    """One recommendation of the report: what the board said, the latest response and its
    reasons, and what was done since."""

    id: uuid.UUID
    title: str
    body: str = Field(description='The recommendation\'s own text: the "you said".')
    themes: list[ReportThemeOut]
    priority: Priority
    status: RecommendationStatus
    addressed_to_board_id: uuid.UUID | None
    addressed_to: str | None
    first_submitted_at: datetime | None
    submitted_at: datetime | None
    response_due_on: date | None
    overdue: bool
    decision: Decision | None
    response: ResponseOut | None
    days_to_response: int | None = Field(
        description="Whole days from the submission the latest response answered to it."
    )
    updates: list[ReportNoteOut] = Field(description='Every progress note ("we did"), by date.')
    days_to_implemented: int | None = Field(
        description="Whole days from the latest response to the note that marked it "
        "implemented, while it is implemented."
    )


class ReportOut(View):
    board_id: uuid.UUID
    period_from: date | None
    period_to: date | None
    # Unanswered submissions count as late once this day is past their due date.
    as_of: date = Field(description="The day the figures are as of.")
    total: int
    by_decision: dict[str, int]
    by_status: dict[str, int]
    awaiting_response: int
    responses: int
    median_days_to_response: float | None
    answered_on_time: int
    due_count: int
    on_time_share: float | None
    items: list[ReportItemOut]


def _counts(name: str, doc: str, members: type[StrEnum]) -> type[View]:
    # REST gives the counts as a map and GraphQL as an object with a field per member: both
    # follow the enum, so a member added there is counted on both transports.
    fields: dict[str, Any] = {m.value: (int, ...) for m in members}
    return create_model(name, __base__=View, __doc__=doc, **fields)


DecisionCounts = _counts(
    "DecisionCounts", "Recommendations counted by their current decision.", Decision
)
StatusCounts = _counts("StatusCounts", "Recommendations counted by status.", RecommendationStatus)


def counts(by: Mapping[Decision, int] | Mapping[RecommendationStatus, int]) -> dict[str, int]:
    """A report's counts keyed by the enum's value: the fields of ``DecisionCounts`` and
    ``StatusCounts``."""
    return {member.value: n for member, n in by.items()}


class SettingsOut(View):
    board_id: uuid.UUID
    response_due_days: int


# -- building them -------------------------------------------------------------------


def on_time(response: RecommendationResponse) -> bool:
    """Answered on or before its due date (UTC days)."""
    return response.responded_at.date() <= response.response_due_on


def _build(view: type[V], row: object, **computed: Any) -> V:
    return view.model_validate(
        {
            name: computed[name] if name in computed else getattr(row, name)
            for name in view.model_fields
        }
    )


def response_out(response: RecommendationResponse) -> ResponseOut:
    return _build(ResponseOut, response, on_time=on_time(response))


def recommendation_out(
    actor: Actor,
    recommendation: Recommendation,
    responses: list[RecommendationResponse],
    today: date,
) -> RecommendationPublic:
    return _build(
        recommendation_view(actor),
        recommendation,
        overdue=is_overdue(recommendation.status, recommendation.response_due_on, today),
        responses=[response_out(r) for r in responses],
    )


def update_out(update: ProgressUpdate) -> ProgressUpdateOut:
    return ProgressUpdateOut.model_validate(update)


def _note(step: Step) -> ReportNoteOut:
    return _build(
        ReportNoteOut,
        step.update,
        days_since_response=step.days_since_response,
        days_since_previous=step.days_since_previous,
    )


def _item(item: ReportItem) -> ReportItemOut:
    cycle = item.cycle
    return _build(
        ReportItemOut,
        item.recommendation,
        overdue=item.overdue,
        themes=[ReportThemeOut(id=t.id, name=t.name) for t in item.themes],
        response=response_out(item.response) if item.response else None,
        days_to_response=cycle.days_to_response if cycle else None,
        updates=[_note(s) for s in item.steps],
        days_to_implemented=item.days_to_implemented,
    )


def report_out(report: Report) -> ReportOut:
    t = report.timeliness
    return ReportOut(
        board_id=report.board_id,
        period_from=report.period_from,
        period_to=report.period_to,
        as_of=report.as_of,
        total=len(report.items),
        by_decision={to_camel(k): n for k, n in counts(report.by_decision).items()},
        by_status={to_camel(k): n for k, n in counts(report.by_status).items()},
        awaiting_response=report.awaiting_response,
        responses=t.responses,
        median_days_to_response=t.median_days_to_response,
        answered_on_time=t.answered_on_time,
        due_count=t.due,
        on_time_share=float(t.on_time_share) if t.on_time_share is not None else None,
        items=[_item(i) for i in report.items],
    )
