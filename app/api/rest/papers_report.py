"""Papers on time, per board: JSON for screens, CSV for spreadsheets."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from app.api.deps import CurrentActor, Session
from app.api.problems import error_responses
from app.api.rest.schemas import Out
from app.api.routing import TransactionalRoute
from app.domain.papers.report import BoardReport, MeetingLine, board_report

router = APIRouter(tags=["papers"], route_class=TransactionalRoute)

_RESPONSES = error_responses(401, 403, 404, 422)
_CSV: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "One row per paper counted or pending.",
        "content": {"text/csv": {"schema": {"type": "string"}}},
    }
}
StartsOn = Annotated[
    date | None, Query(alias="startsOn", description="Default: a year before endsOn.")
]
EndsOn = Annotated[date | None, Query(alias="endsOn", description="Default: today.")]


class LatePaperOut(Out):
    paper_id: uuid.UUID
    title: str
    outcome: str  # "late" or "not_circulated"
    circulated_at: datetime | None
    late_reason: str | None


class Tally(Out):
    on_time: int
    late: int
    not_circulated: int
    pending: int


class MeetingReportOut(Tally):
    meeting_id: uuid.UUID
    title: str
    starts_at: datetime
    notice_deadline: datetime
    late_papers: list[LatePaperOut]


class BoardReportOut(Tally):
    board_id: uuid.UUID
    starts_on: date
    ends_on: date
    notice_period_days: int
    # on time / (on time + late + not circulated); null when nothing was due yet.
    on_time_share: float | None
    meetings: list[MeetingReportOut]


def _tally(source: BoardReport | MeetingLine) -> dict[str, int]:
    return {k: source.count(k) for k in ("on_time", "late", "not_circulated", "pending")}


def report_out(report: BoardReport) -> BoardReportOut:
    return BoardReportOut(
        board_id=report.board.id,
        starts_on=report.starts_on,
        ends_on=report.ends_on,
        notice_period_days=report.board.notice_period_days,
        on_time_share=report.on_time_share,
        **_tally(report),
        meetings=[
            MeetingReportOut(
                meeting_id=m.meeting.id,
                title=m.meeting.title,
                starts_at=m.meeting.starts_at,
                notice_deadline=m.deadline,
                **_tally(m),
                late_papers=[
                    LatePaperOut(
                        paper_id=line.paper.id,
                        title=line.paper.title,
                        outcome=line.outcome,
                        circulated_at=line.paper.circulated_at,
                        late_reason=line.paper.late_reason,
                    )
                    for line in m.papers
                    if line.outcome in ("late", "not_circulated")
                ],
            )
            for m in report.meetings
        ],
    )


@router.get("/boards/{board_id}/papers/report", response_model=BoardReportOut, responses=_RESPONSES)
async def papers_report(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    starts_on: StartsOn = None,
    ends_on: EndsOn = None,
) -> BoardReportOut:
    """The share of the board's papers circulated on time for meetings in the period, and
    each meeting's late papers with the reasons given."""
    return report_out(await board_report(session, actor, board_id, starts_on, ends_on))


def _cell(value: object) -> str:
    text = "" if value is None else value.isoformat() if isinstance(value, datetime) else str(value)
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
    """The same report, one row per paper, for spreadsheets."""
    report = await board_report(session, actor, board_id, starts_on, ends_on)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "meeting_id",
            "meeting_title",
            "meeting_starts_at",
            "notice_deadline",
            "paper_id",
            "paper_title",
            "outcome",
            "circulated_at",
            "late_reason",
        ]
    )
    for m in report.meetings:
        for line in m.papers:
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
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
