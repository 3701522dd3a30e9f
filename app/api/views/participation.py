"""Participation as the API shows it: counts over a period, a board's totals and groups,
and a member's own figures."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import Field

from app.api.views.base import View
from app.domain.participation.figures import BoardReport, Figures
from app.domain.participation.service import Period


class ParticipationFiguresOut(View):
    present: int
    apologies: int
    absent: int
    attendance_rate: float | None = Field(
        description="Present out of every recorded attendance; null when none was recorded."
    )
    seats_offered: int = Field(description="Seat assignments offered at meetings in the period.")
    seats_taken: int
    seats_declined: int
    papers_received: int
    papers_opened_before_meeting: int
    papers_opened_by_notice_deadline: int = Field(
        description="Opened by the circulation's notice deadline (the board's notice period)."
    )
    claims_submitted: int = Field(description="Claims first submitted in the period.")
    claims_paid: int
    claims_paid_on_time: int = Field(description="Paid within `paidWithinDays` of submission.")


class ParticipationGroupOut(View):
    """The people of one membership role (`former` for those no longer on the board).
    A group under the organisation's `smallCountThreshold` is withheld, and so are the
    smallest others until the withheld ones are two or more and hold the threshold
    between them, so the totals cannot give one away."""

    role: str
    people: int | None
    figures: ParticipationFiguresOut | None
    suppressed: bool


class BoardParticipationOut(View):
    board_id: uuid.UUID
    start: date = Field(serialization_alias="from")
    end: date = Field(serialization_alias="to")
    paid_within_days: int
    people: int
    totals: ParticipationFiguresOut
    groups: list[ParticipationGroupOut]


class MyBoardParticipationOut(View):
    board_id: uuid.UUID
    figures: ParticipationFiguresOut


class MyParticipationOut(View):
    start: date = Field(serialization_alias="from")
    end: date = Field(serialization_alias="to")
    paid_within_days: int
    boards: list[MyBoardParticipationOut]


def figures_out(figures: Figures) -> ParticipationFiguresOut:
    return ParticipationFiguresOut(
        attendance_rate=figures.attendance_rate,
        **vars(figures),
    )


def board_out(report: BoardReport, when: Period) -> BoardParticipationOut:
    return BoardParticipationOut(
        board_id=report.board_id,
        start=when.start,
        end=when.end,
        paid_within_days=when.paid_within_days,
        people=report.people,
        totals=figures_out(report.totals),
        groups=[
            ParticipationGroupOut(
                role=g.role,
                people=g.people,
                figures=figures_out(g.figures) if g.figures else None,
                suppressed=g.suppressed,
            )
            for g in report.groups
        ],
    )


def mine_out(rows: list[tuple[uuid.UUID, Figures]], when: Period) -> MyParticipationOut:
    return MyParticipationOut(
        start=when.start,
        end=when.end,
        paid_within_days=when.paid_within_days,
        boards=[MyBoardParticipationOut(board_id=b, figures=figures_out(f)) for b, f in rows],
    )
