"""Whether a meeting was quorate, judged when its minutes are approved.

The board's settings say how many must be present (``quorum``) and whether the chair or
vice chair must be one of them (``quorum_needs_chair``), as terms of reference put it
("quorate with four members, including the chair or vice chair"). Those counted are the
people recorded present who are members of the board (not departed) or hold a seat at
the meeting; guests attend but never make a quorum. A board with no quorum set is always
quorate.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy import select as core_select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db.models import Attendance, Board, Meeting, Membership, SeatAssignment
from app.domain.boards.schemas import MembershipRole, MembershipStatus
from app.domain.meetings.schemas import AttendanceStatus

_CHAIRS = (MembershipRole.CHAIR.value, MembershipRole.VICE_CHAIR.value)


async def is_quorate(session: AsyncSession, board: Board, meeting: Meeting) -> bool:
    """One query: those present who count, and how many of them chair."""
    if board.quorum is None and not board.quorum_needs_chair:
        return True
    members = core_select(col(Membership.person_id)).where(
        col(Membership.board_id) == meeting.board_id,
        col(Membership.status) != MembershipStatus.LEFT.value,
    )
    seated = core_select(col(SeatAssignment.person_id)).where(
        col(SeatAssignment.meeting_id) == meeting.id,
        col(SeatAssignment.status) == "assigned",
    )
    chairs = core_select(col(Membership.person_id)).where(
        col(Membership.board_id) == meeting.board_id,
        col(Membership.status) == MembershipStatus.ACTIVE.value,
        col(Membership.role).in_(_CHAIRS),
    )
    counted = col(Attendance.person_id).in_(members) | col(Attendance.person_id).in_(seated)
    row = (
        await session.execute(
            core_select(
                func.count(),
                func.count().filter(col(Attendance.person_id).in_(chairs)),
            ).where(
                col(Attendance.meeting_id) == meeting.id,
                col(Attendance.status) == AttendanceStatus.PRESENT.value,
                counted,
            )
        )
    ).one()
    present, chairing = int(row[0]), int(row[1])
    if board.quorum is not None and present < board.quorum:
        return False
    return not (board.quorum_needs_chair and chairing == 0)
