"""``/me/schedule``: a person's next weeks in one answer. Their upcoming meetings (of the
boards they sit on, and of the governance boards those advise), with the seats they hold
at each and the papers circulated to them and where they are with each; their open
actions; and their claims that need them (drafts not yet submitted, and claims returned
with a query).

Five statements whatever the size of the answer: one each for the meetings, the seats,
the papers, the actions and the claims. The meetings are bounded by the horizon (a
setting) and, like the actions and claims, by ``LIMIT`` items: a list cut short says so
(``truncated``), since the person's full lists have their own paged endpoints.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import nulls_last
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import (
    ActionItem,
    ExpenseClaim,
    Meeting,
    Paper,
    PaperRecipient,
    Seat,
    SeatAssignment,
)
from app.db.types import utcnow
from app.domain.actors import Actor, Permission, require
from app.domain.errors import PermissionDenied
from app.domain.expenses.claims import EDITABLE
from app.domain.meetings.schemas import ActionStatus, MeetingStatus
from app.domain.meetings.service import personal_boards
from app.domain.papers.access import released
from app.domain.papers.recipients import reading_status
from app.domain.papers.schemas import ReadingStatus

LIMIT = 100


@dataclass(frozen=True)
class MySeat:
    assignment_id: uuid.UUID
    seat_id: uuid.UUID
    seat_name: str


@dataclass(frozen=True)
class MyPaper:
    paper: Paper
    reading_status: ReadingStatus


@dataclass
class MyMeeting:
    meeting: Meeting
    seats: list[MySeat] = field(default_factory=list)
    papers: list[MyPaper] = field(default_factory=list)


@dataclass(frozen=True)
class Schedule:
    horizon_ends_at: datetime
    meetings: list[MyMeeting]
    actions: list[ActionItem]
    claims: list[ExpenseClaim]
    truncated: bool


async def my_schedule(session: AsyncSession, actor: Actor, horizon: timedelta) -> Schedule:
    if not actor.is_person:
        raise PermissionDenied("Only a person has a schedule of their own.")
    require(actor, Permission.MEETINGS_READ)
    now = utcnow()
    ends = now + horizon
    meetings = list(
        await session.scalars(
            select(Meeting)
            .where(
                Meeting.organisation_id == actor.organisation_id,
                personal_boards(actor.id, actor.organisation_id),
                col(Meeting.starts_at) >= now,
                col(Meeting.starts_at) < ends,
                Meeting.status != MeetingStatus.CANCELLED.value,
            )
            .order_by(col(Meeting.starts_at), col(Meeting.id))
            .limit(LIMIT + 1)
        )
    )
    truncated = len(meetings) > LIMIT
    mine = {m.id: MyMeeting(m) for m in meetings[:LIMIT]}
    if mine:
        await _seats_and_papers(session, actor, mine, now)
    actions = await _actions(session, actor)
    claims = await _claims(session, actor)
    truncated = truncated or len(actions) > LIMIT or len(claims) > LIMIT
    return Schedule(ends, list(mine.values()), actions[:LIMIT], claims[:LIMIT], truncated)


async def _seats_and_papers(
    session: AsyncSession, actor: Actor, mine: dict[uuid.UUID, MyMeeting], now: datetime
) -> None:
    seats = await session.execute(
        select(SeatAssignment.meeting_id, SeatAssignment.id, Seat.id, Seat.name)
        .join(Seat, col(Seat.id) == col(SeatAssignment.seat_id))
        .where(
            col(SeatAssignment.meeting_id).in_(mine),
            SeatAssignment.person_id == actor.id,
            SeatAssignment.status == "assigned",
        )
        .order_by(col(Seat.name), col(Seat.id))
    )
    for meeting_id, assignment_id, seat_id, name in seats:
        mine[meeting_id].seats.append(MySeat(assignment_id, seat_id, name))
    # What the person can read of them: released papers circulated to them.
    papers = await session.execute(
        select(Paper, PaperRecipient)
        .join(PaperRecipient, col(PaperRecipient.paper_id) == col(Paper.id))
        .where(
            col(Paper.meeting_id).in_(mine),
            PaperRecipient.person_id == actor.id,
            released(now),
        )
        .order_by(col(Paper.id))
    )
    by_meeting: dict[uuid.UUID, list[MyPaper]] = defaultdict(list)
    for paper, recipient in papers:
        by_meeting[paper.meeting_id].append(
            MyPaper(paper, reading_status(recipient, paper.current_version))
        )
    for meeting_id, found in by_meeting.items():
        mine[meeting_id].papers = found


async def _actions(session: AsyncSession, actor: Actor) -> list[ActionItem]:
    """Open actions the person owns, soonest due first (undated last)."""
    rows = await session.scalars(
        select(ActionItem)
        .where(
            ActionItem.organisation_id == actor.organisation_id,
            ActionItem.owner_person_id == actor.id,
            ActionItem.status == ActionStatus.OPEN.value,
        )
        .order_by(nulls_last(col(ActionItem.due_on)), col(ActionItem.id))
        .limit(LIMIT + 1)
    )
    return list(rows)


async def _claims(session: AsyncSession, actor: Actor) -> list[ExpenseClaim]:
    """The person's claims that wait on them: drafts and returned claims, oldest first."""
    rows = await session.scalars(
        select(ExpenseClaim)
        .where(
            ExpenseClaim.organisation_id == actor.organisation_id,
            ExpenseClaim.person_id == actor.id,
            col(ExpenseClaim.status).in_([s.value for s in EDITABLE]),
        )
        .order_by(col(ExpenseClaim.id))
        .limit(LIMIT + 1)
    )
    return list(rows)
