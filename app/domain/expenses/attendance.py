"""What an involvement payment needs of its meeting: that it took place, on or before the
claim was made, with the claimant recorded present. Judged with the rest of the claim (so
submission refuses a line without attendance, and attendance recorded later lets the
same claim through when it is submitted again), and checked once more at approval, since
attendance may be corrected after submission.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import and_
from sqlalchemy import select as sa_select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db.models import Attendance, ExpenseClaim, ExpenseItem, Meeting
from app.domain.expenses.schemas import Category
from app.domain.meetings.schemas import AttendanceStatus, MeetingStatus

UK = ZoneInfo("Europe/London")

NO_MEETING = uuid.UUID(int=0)


@dataclass(frozen=True)
class MeetingFacts:
    cancelled: bool
    attended: bool
    day: date


async def meeting_facts(
    session: AsyncSession, person_id: uuid.UUID, meeting_ids: set[uuid.UUID]
) -> dict[uuid.UUID, MeetingFacts]:
    """Each meeting's state and date, and whether the person is recorded present at it:
    one query for any number of lines."""
    if not meeting_ids:
        return {}
    rows = await session.execute(
        sa_select(col(Meeting.id), col(Meeting.status), col(Meeting.starts_at), col(Attendance.id))
        .outerjoin(
            Attendance,
            and_(
                col(Attendance.meeting_id) == col(Meeting.id),
                col(Attendance.person_id) == person_id,
                col(Attendance.status) == AttendanceStatus.PRESENT.value,
            ),
        )
        .where(col(Meeting.id).in_(meeting_ids))
    )
    return {
        meeting_id: MeetingFacts(
            status == MeetingStatus.CANCELLED.value,
            present is not None,
            starts_at.astimezone(UK).date(),
        )
        for meeting_id, status, starts_at, present in rows
    }


async def unattended_involvement(session: AsyncSession, claim: ExpenseClaim) -> bool:
    """Whether an involvement payment of the claim is for a meeting at which the claimant
    is no longer recorded present (attendance corrected after submission)."""
    present = sa_select(col(Attendance.id)).where(
        col(Attendance.meeting_id) == col(ExpenseItem.meeting_id),
        col(Attendance.person_id) == claim.person_id,
        col(Attendance.status) == AttendanceStatus.PRESENT.value,
    )
    found = await session.scalar(
        sa_select(col(ExpenseItem.id))
        .where(
            col(ExpenseItem.claim_id) == claim.id,
            col(ExpenseItem.category) == Category.INVOLVEMENT_PAYMENT.value,
            col(ExpenseItem.meeting_id).is_not(None),
            ~present.exists(),
        )
        .limit(1)
    )
    return found is not None
