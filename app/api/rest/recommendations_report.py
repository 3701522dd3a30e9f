"""The "you said, we did" report (JSON or CSV) and each board's response period."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Header, Query, Response
from pydantic.alias_generators import to_camel

from app.api.deps import CurrentActor, Session
from app.api.problems import error_responses
from app.api.rest.recommendations_schemas import ResponseOut, response_out
from app.api.rest.schemas import Out
from app.api.routing import TransactionalRoute
from app.domain.actors import Actor
from app.domain.recommendations import board_settings
from app.domain.recommendations.export import report_csv
from app.domain.recommendations.report import Report, ReportItem, board_report
from app.domain.recommendations.schemas import (
    Decision,
    Priority,
    RecommendationSettingsInput,
    RecommendationStatus,
)

router = APIRouter(tags=["recommendations"], route_class=TransactionalRoute)


class ReportItemOut(Out):
    id: uuid.UUID
    title: str
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
    days_to_response: int | None


class ReportOut(Out):
    board_id: uuid.UUID
    period_from: date | None
    period_to: date | None
    # The day the figures are as of: unanswered submissions count as late from their due date.
    as_of: date
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


class SettingsOut(Out):
    board_id: uuid.UUID
    response_due_days: int


def _item(item: ReportItem) -> ReportItemOut:
    rec, cycle = item.recommendation, item.cycle
    return ReportItemOut(
        id=rec.id,
        title=rec.title,
        priority=Priority(rec.priority),
        status=RecommendationStatus(rec.status),
        addressed_to_board_id=rec.addressed_to_board_id,
        addressed_to=rec.addressed_to,
        first_submitted_at=rec.first_submitted_at,
        submitted_at=rec.submitted_at,
        response_due_on=rec.response_due_on,
        overdue=item.overdue,
        decision=Decision(rec.decision) if rec.decision else None,
        response=response_out(item.response) if item.response else None,
        days_to_response=cycle.days_to_response if cycle else None,
    )


def report_out(actor: Actor, report: Report) -> ReportOut:
    t = report.timeliness
    return ReportOut(
        board_id=report.board_id,
        period_from=report.period_from,
        period_to=report.period_to,
        as_of=report.as_of,
        total=len(report.items),
        by_decision={to_camel(d.value): n for d, n in report.by_decision.items()},
        by_status={to_camel(s.value): n for s, n in report.by_status.items()},
        awaiting_response=report.awaiting_response,
        responses=t.responses,
        median_days_to_response=t.median_days_to_response,
        answered_on_time=t.answered_on_time,
        due_count=t.due,
        on_time_share=float(t.on_time_share) if t.on_time_share is not None else None,
        items=[_item(i) for i in report.items],
    )


_CSV = {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "The report"}


@router.get(
    "/boards/{board_id}/recommendations/report",
    response_model=ReportOut,
    responses={200: _CSV, **error_responses(401, 403, 404, 422)},
)
async def recommendations_report(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    period_from: Annotated[
        date | None, Query(alias="from", description="First day of the period (UTC).")
    ] = None,
    period_to: Annotated[
        date | None, Query(alias="to", description="Last day of the period (UTC).")
    ] = None,
    format: Annotated[
        Literal["json", "csv"] | None,
        Query(description="csv, or send Accept: text/csv."),
    ] = None,
    accept: Annotated[str | None, Header()] = None,
) -> ReportOut | Response:
    """Recommendations first submitted in the period, with counts by decision, the median
    days to a response, the share answered on time, and each one's decision, reasons and
    status. `dueCount` is every response plus every submission left unanswered past its due
    date; `onTimeShare` is `answeredOnTime / due`."""
    report = await board_report(session, actor, board_id, period_from, period_to)
    wants_csv = format == "csv" or (format is None and "text/csv" in (accept or ""))
    if wants_csv:
        return Response(
            report_csv(report),
            media_type="text/csv; charset=utf-8",
            headers={
                "Content-Disposition": (
                    f'attachment; filename="recommendations-{report.board_id}.csv"'
                )
            },
        )
    return report_out(actor, report)


@router.get(
    "/boards/{board_id}/recommendation-settings",
    response_model=SettingsOut,
    responses=error_responses(401, 403, 404),
)
async def get_recommendation_settings(
    session: Session, actor: CurrentActor, board_id: uuid.UUID
) -> SettingsOut:
    """How many days the addressee has to respond to this board's recommendations."""
    result = await board_settings.get_settings(session, actor, board_id)
    return SettingsOut(board_id=result.board_id, response_due_days=result.response_due_days)


@router.put(
    "/boards/{board_id}/recommendation-settings",
    response_model=SettingsOut,
    responses=error_responses(401, 403, 404, 422),
)
async def set_recommendation_settings(
    session: Session, actor: CurrentActor, board_id: uuid.UUID, body: RecommendationSettingsInput
) -> SettingsOut:
    """Coordinators set the response period (default 28 days) for submissions from now on."""
    result = await board_settings.set_settings(session, actor, board_id, body)
    return SettingsOut(board_id=result.board_id, response_due_days=result.response_due_days)
