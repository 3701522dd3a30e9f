"""Papers on time, per board: JSON for screens, CSV for spreadsheets."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from app.api.deps import CurrentActor, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.papers_report import BoardReportOut, report_out
from app.db.types import iso_text
from app.domain.papers.report import board_report
from app.domain.schemas import IsoDate

router = APIRouter(tags=["papers"], route_class=TransactionalRoute)

_RESPONSES = error_responses(401, 403, 404, 422)
_CSV: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "One row per paper counted or pending.",
        "content": {"text/csv": {"schema": {"type": "string"}}},
    }
}
StartsOn = Annotated[
    IsoDate | None,
    Query(alias="startsOn", description="Default: a year before today (or before endsOn)."),
]
EndsOn = Annotated[
    IsoDate | None,
    Query(
        alias="endsOn",
        description="Default: 90 days after today (or after startsOn, if later), so "
        "meetings ahead are in the report.",
    ),
]


@router.get("/boards/{board_id}/papers/report", response_model=BoardReportOut, responses=_RESPONSES)
async def papers_report(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    starts_on: StartsOn = None,
    ends_on: EndsOn = None,
) -> BoardReportOut:
    """The share of the board's papers circulated on time for meetings in the period, and
    each meeting's late papers with the reasons given. Staff and partner systems for any
    board; an active member for their own board (late papers they may not read are
    counted, not listed)."""
    return report_out(await board_report(session, actor, board_id, starts_on, ends_on))


def _cell(value: object) -> str:
    text = "" if value is None else iso_text(value) if isinstance(value, datetime) else str(value)
    # Titles and reasons are typed by people: keep spreadsheets from running them as formulas.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@router.get(
    "/boards/{board_id}/papers/report.csv",
    response_class=Response,
    responses={**_CSV, **_RESPONSES},
)
async def papers_report_csv(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    starts_on: StartsOn = None,
    ends_on: EndsOn = None,
) -> Response:
    """The same report, one row per paper the caller may read, for spreadsheets."""
    report = await board_report(session, actor, board_id, starts_on, ends_on)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "meetingId",
            "meetingTitle",
            "meetingStartsAt",
            "noticeDeadline",
            "paperId",
            "paperTitle",
            "outcome",
            "circulatedAt",
            "lateReason",
        ]
    )
    for m in report.meetings:
        # One row per paper the caller may read; the JSON's counts include the rest.
        for line in (p for p in m.papers if p.listed):
            writer.writerow(
                _cell(v)
                for v in (
                    m.meeting.id,
                    m.meeting.title,
                    m.meeting.starts_at,
                    m.deadline,
                    line.paper.id,
                    line.paper.title,
                    line.outcome,
                    line.paper.circulated_at,
                    line.paper.late_reason,
                )
            )
    filename = f"papers-report-{report.starts_on}-{report.ends_on}.csv"
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "private, no-store",
        },
    )
