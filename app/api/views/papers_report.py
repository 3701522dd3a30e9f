"""How many of a board's papers went out on time: the report's JSON shape."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.api.views.base import View
from app.domain.papers.report import BoardReport, MeetingLine


class LatePaperOut(View):
    paper_id: uuid.UUID
    title: str
    outcome: str = Field(description="late, or not_circulated.")
    circulated_at: datetime | None
    late_reason: str | None


class Tally(View):
    on_time: int
    late: int
    not_circulated: int
    pending: int


class MeetingReportOut(Tally):
    meeting_id: uuid.UUID
    title: str
    starts_at: datetime
    notice_deadline: datetime
    late_papers: list[LatePaperOut] = Field(
        description="The late papers the caller may read (a board member is not shown a "
        "paper they may not read; the counts include it)."
    )


class BoardReportOut(Tally):
    board_id: uuid.UUID
    starts_on: date
    ends_on: date
    notice_period_days: int
    on_time_share: float | None = Field(
        description="On time / (on time + late + not circulated); null when nothing was due yet."
    )
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
                    if line.outcome in ("late", "not_circulated") and line.listed
                ],
            )
            for m in report.meetings
        ],
    )
