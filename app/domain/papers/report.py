"""Did a board's papers arrive in time? The share on time over a period, and per meeting
the late papers with the reasons given.

A paper counts once its deadline has passed: circulated on time, circulated late, or not
circulated at all (which is late too). Papers still within their notice period, drafts and
papers withdrawn before they went out are not counted. Three statements for any period.

Staff (and partner systems reading papers) see every board's report; an active member of
a board sees their own board's (they are the ones waiting on its papers), with the same
figures, but a late paper is listed by title only if the papers rule lets them read it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, or_, select

from app.db.models import Board, Meeting, Paper
from app.db.types import utcnow
from app.domain.actors import Actor, Permission, require
from app.domain.boards.roles import board_role
from app.domain.errors import RuleViolation
from app.domain.meetings.schemas import MeetingStatus
from app.domain.meetings.service import meeting_board
from app.domain.papers.access import visible
from app.domain.papers.deadlines import notice_deadline
from app.domain.papers.schemas import PaperStatus

DEFAULT_PERIOD = timedelta(days=365)
# The default period runs past today, so the meetings ahead and their papers still within
# notice (pending) are in it: a board sees what is coming, not only what went wrong.
DEFAULT_AHEAD = timedelta(days=90)
MAX_PERIOD = timedelta(days=366 * 5)


@dataclass
class PaperLine:
    paper: Paper
    outcome: str  # "on_time" | "late" | "not_circulated" | "pending"
    listed: bool = True  # whether the caller may read the paper, so see its title


@dataclass
class MeetingLine:
    meeting: Meeting
    deadline: datetime
    papers: list[PaperLine] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(line.outcome == outcome for line in self.papers)


@dataclass
class BoardReport:
    board: Board
    starts_on: date
    ends_on: date
    meetings: list[MeetingLine]

    def count(self, outcome: str) -> int:
        return sum(m.count(outcome) for m in self.meetings)

    @property
    def on_time_share(self) -> float | None:
        due = self.count("on_time") + self.count("late") + self.count("not_circulated")
        return round(self.count("on_time") / due, 4) if due else None


def _outcome(paper: Paper, deadline: datetime, now: datetime) -> str:
    if paper.circulated_at is not None:
        return "late" if paper.circulated_late else "on_time"
    return "not_circulated" if now > deadline else "pending"


async def board_report(
    session: AsyncSession,
    actor: Actor,
    board_id: uuid.UUID,
    starts_on: date | None = None,
    ends_on: date | None = None,
) -> BoardReport:
    """Meetings starting from ``starts_on`` to ``ends_on`` inclusive, in the board's time
    zone. By default, from a year before today to 90 days ahead."""
    board = await meeting_board(session, actor, board_id)
    staff = actor.can(Permission.PAPERS_REPORT)
    if not staff and await board_role(session, actor, board.id) is None:
        require(actor, Permission.PAPERS_REPORT)  # raises, naming what is needed
    zone = ZoneInfo(board.timezone)
    now = utcnow()
    today = now.astimezone(zone).date()
    ends_on = ends_on or max(today, starts_on or today) + DEFAULT_AHEAD
    starts_on = starts_on or min(ends_on, today) - DEFAULT_PERIOD
    if starts_on > ends_on:
        raise RuleViolation.field("/startsOn", "startsOn must not be after endsOn.")
    if ends_on - starts_on > MAX_PERIOD:
        raise RuleViolation.field("/startsOn", "A report covers at most five years.")
    start = datetime.combine(starts_on, time.min, zone)
    end = datetime.combine(ends_on + timedelta(days=1), time.min, zone)
    meetings = list(
        await session.scalars(
            select(Meeting)
            .where(
                Meeting.board_id == board.id,
                col(Meeting.starts_at) >= start,
                col(Meeting.starts_at) < end,
                Meeting.status != MeetingStatus.CANCELLED.value,
            )
            .order_by(col(Meeting.starts_at), col(Meeting.id))
        )
    )
    lines = {m.id: MeetingLine(m, notice_deadline(m, board)) for m in meetings}
    if lines:
        # A member's figures count every paper; the visibility rule only decides which
        # ones they see listed, computed in the same statement.
        shown = true() if staff else visible(actor, now)
        papers = await session.execute(
            select(Paper, shown.label("listed"))
            .where(
                col(Paper.meeting_id).in_(lines),
                or_(
                    col(Paper.circulated_at).is_not(None),
                    col(Paper.status) == PaperStatus.READY.value,
                ),
            )
            .order_by(col(Paper.id))
        )
        for paper, listed in papers:
            line = lines[paper.meeting_id]
            line.papers.append(PaperLine(paper, _outcome(paper, line.deadline, now), listed))
    return BoardReport(board, starts_on, ends_on, list(lines.values()))
