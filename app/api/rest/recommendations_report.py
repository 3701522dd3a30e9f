"""The "you said, we did" report (JSON or CSV) and each board's response period."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Header, Query, Response

from app.api.deps import CurrentActor, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.recommendations import ReportOut, SettingsOut, report_out
from app.domain.recommendations import board_settings
from app.domain.recommendations.export import report_csv
from app.domain.recommendations.report import board_report
from app.domain.recommendations.schemas import RecommendationSettingsInput
from app.domain.schemas import IsoDate

router = APIRouter(tags=["recommendations"], route_class=TransactionalRoute)

# The name boards and partners know the report by.
YOU_SAID_WE_DID = "you said, we did"
_CSV = {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "The report"}


@router.get(
    "/boards/{board_id}/recommendations/report",
    summary='The "you said, we did" report',
    tags=[YOU_SAID_WE_DID],
    response_model=ReportOut,
    responses={200: _CSV, **error_responses(401, 403, 404, 422)},
)
async def recommendations_report(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    period_from: Annotated[
        IsoDate | None, Query(alias="from", description="First day of the period (UTC).")
    ] = None,
    period_to: Annotated[
        IsoDate | None, Query(alias="to", description="Last day of the period (UTC).")
    ] = None,
    format: Annotated[
        Literal["json", "csv"] | None,
        Query(description="csv, or send Accept: text/csv."),
    ] = None,
    accept: Annotated[str | None, Header()] = None,
) -> ReportOut | Response:
    """Recommendations first submitted in the period, with counts by decision, the median
    days to a response and the share answered on time. Each entry is what the board said
    (`body`, `themes`), the latest `response` with its reasons, every progress note
    (`updates`, "we did") dated, and the days each step took: `daysToResponse`, each note's
    `daysSinceResponse` and `daysSincePrevious`, and `daysToImplemented`. `dueCount` is
    every response plus every submission left unanswered past its due date; `onTimeShare`
    is `answeredOnTime / due`. The CSV has a row per recommendation, its notes a line each
    in `progressNotes`."""
    report = await board_report(session, actor, board_id, period_from, period_to)
    wants_csv = format == "csv" or (format is None and "text/csv" in (accept or ""))
    if wants_csv:
        return Response(
            report_csv(report),
            media_type="text/csv; charset=utf-8",
            headers={
                "Content-Disposition": (
                    f'attachment; filename="recommendations-{report.board_id}.csv"'
                ),
                "Cache-Control": "private, no-store",
            },
        )
    return report_out(report)


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
