"""``/me/schedule``: the caller's upcoming meetings with their seats and papers, their
open actions and the claims waiting on them. REST and GraphQL (``Me.schedule``) serve it
from these declarations."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.api.views.base import View
from app.domain.expenses.schemas import ClaimStatus
from app.domain.meetings.schemas import MeetingStatus
from app.domain.papers.schemas import Classification, ReadingStatus
from app.domain.schedule.service import MyMeeting, Schedule


class ScheduleSeatOut(View):
    """A seat the caller holds at the meeting."""

    assignment_id: uuid.UUID = Field(description="To decline it: `/assignments/{id}/decline`.")
    seat_id: uuid.UUID
    seat_name: str


class SchedulePaperOut(View):
    """A paper circulated to the caller for the meeting, and where they are with it."""

    paper_id: uuid.UUID
    title: str
    classification: Classification
    current_version: int
    circulated_at: datetime | None
    circulated_late: bool
    reading_status: ReadingStatus


class ScheduleMeetingOut(View):
    meeting_id: uuid.UUID
    board_id: uuid.UUID
    title: str
    starts_at: datetime
    ends_at: datetime
    location: str | None
    online_url: str | None
    status: MeetingStatus
    seats: list[ScheduleSeatOut]
    papers: list[SchedulePaperOut]


class ScheduleActionOut(View):
    """An open action the caller owns."""

    action_id: uuid.UUID
    board_id: uuid.UUID
    meeting_id: uuid.UUID = Field(description="The meeting that raised it.")
    description: str
    due_on: date | None


class ScheduleClaimOut(View):
    """A claim of the caller's that waits on them: a draft, or returned with a query."""

    claim_id: uuid.UUID
    board_id: uuid.UUID | None
    purpose: str | None
    status: ClaimStatus
    claimed_pence: int
    decision_reason: str | None = Field(description="The query, for a returned claim.")


class ScheduleOut(View):
    horizon_ends_at: datetime = Field(
        description="Meetings starting before this are listed (CHORUS_SCHEDULE_HORIZON_DAYS)."
    )
    meetings: list[ScheduleMeetingOut] = Field(description="By start time.")
    actions: list[ScheduleActionOut] = Field(description="Soonest due first, undated last.")
    claims: list[ScheduleClaimOut] = Field(description="Oldest first.")
    truncated: bool = Field(
        description="A list was cut at 100 items: see `/me/meetings`, `/boards/{id}/actions` "
        "and `/expense-claims` for the rest."
    )


def _meeting(found: MyMeeting) -> ScheduleMeetingOut:
    m = found.meeting
    return ScheduleMeetingOut(
        meeting_id=m.id,
        board_id=m.board_id,
        title=m.title,
        starts_at=m.starts_at,
        ends_at=m.ends_at,
        location=m.location,
        online_url=m.online_url,
        status=MeetingStatus(m.status),
        seats=[ScheduleSeatOut(**vars(s)) for s in found.seats],
        papers=[
            SchedulePaperOut(
                paper_id=p.paper.id,
                title=p.paper.title,
                classification=Classification(p.paper.classification),
                current_version=p.paper.current_version,
                circulated_at=p.paper.circulated_at,
                circulated_late=bool(p.paper.circulated_late),
                reading_status=p.reading_status,
            )
            for p in found.papers
        ],
    )


def schedule_out(schedule: Schedule) -> ScheduleOut:
    return ScheduleOut(
        horizon_ends_at=schedule.horizon_ends_at,
        meetings=[_meeting(m) for m in schedule.meetings],
        actions=[
            ScheduleActionOut(
                action_id=a.id,
                board_id=a.board_id,
                meeting_id=a.meeting_id,
                description=a.description,
                due_on=a.due_on,
            )
            for a in schedule.actions
        ],
        claims=[
            ScheduleClaimOut(
                claim_id=c.id,
                board_id=c.board_id,
                purpose=c.purpose,
                status=ClaimStatus(c.status),
                claimed_pence=c.claimed_pence,
                decision_reason=c.decision_reason,
            )
            for c in schedule.claims
        ],
        truncated=schedule.truncated,
    )
