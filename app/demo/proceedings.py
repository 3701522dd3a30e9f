"""What the past sittings left behind: held meetings, who came, minutes approved by the
chair, and actions, one of them still open and so carried forward to every meeting since."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Meeting
from app.demo.inputs import build
from app.demo.people import Cast
from app.domain.meetings import actions, lifecycle, proceedings
from app.domain.meetings.schemas import (
    ActionCreate,
    ActionStatus,
    ActionUpdate,
    AttendanceInput,
    AttendanceStatus,
    MinutesInput,
)

# Who was not in the room, by how many months ago the meeting was.
_NOT_PRESENT = {
    3: {"kwame.asante": AttendanceStatus.APOLOGIES},
    2: {"gary.price": AttendanceStatus.ABSENT},
    1: {"aisha.mahmood": AttendanceStatus.APOLOGIES},
}
_MINUTES = (
    "Present: see attendance. The team reviewed the Programme Board's draft peer support "
    "specification and agreed its advice. The chair reported back from the Programme Board."
)


async def hold_past_meetings(
    session: AsyncSession, cast: Cast, team_past: list[Meeting], board_past: list[Meeting]
) -> None:
    """``team_past`` and ``board_past`` run oldest first; the last one was last month."""
    coordinator = cast.actor("marcus.osei")
    chair = cast.actor("dean.roberts")
    for meeting in board_past:
        await lifecycle.take_step(session, coordinator, meeting.id, lifecycle.Step.HOLD)
    carried = None
    for months_ago, meeting in zip(range(len(team_past), 0, -1), team_past, strict=True):
        await lifecycle.take_step(session, chair, meeting.id, lifecycle.Step.HOLD)
        away = _NOT_PRESENT.get(months_ago, {})
        for who in cast.members:
            await proceedings.record_attendance(
                session,
                chair,
                meeting.id,
                build(
                    AttendanceInput,
                    person_id=cast.people[who].id,
                    status=away.get(who, AttendanceStatus.PRESENT),
                ),
            )
        await proceedings.save_minutes(
            session, chair, meeting.id, build(MinutesInput, body=_MINUTES), None
        )
        # Last month's minutes are still a draft: they are approved at the next meeting.
        if months_ago > 1:
            await proceedings.approve_minutes(session, chair, meeting.id)
        due = meeting.starts_at.date() + timedelta(days=21)
        if carried is None:
            carried = await actions.create_action(
                session,
                chair,
                meeting.id,
                build(
                    ActionCreate,
                    description="Ask the commissioner how lived experience will be scored "
                    "in the peer support tender.",
                    owner_person_id=cast.people["marcus.osei"].id,
                    due_on=due,
                ),
            )
        done = await actions.create_action(
            session,
            chair,
            meeting.id,
            build(
                ActionCreate,
                description="Circulate the chair's notes from the Programme Board.",
                owner_person_id=cast.people["tom.hughes"].id,
                due_on=due,
            ),
        )
        if months_ago > 1:
            await actions.update_action(
                session,
                cast.actor("tom.hughes"),
                done.id,
                build(ActionUpdate, status=ActionStatus.DONE),
                done.version,
            )
