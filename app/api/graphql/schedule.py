"""``Me.schedule``: the same domain function and declarations as ``/me/schedule``."""

from __future__ import annotations

from datetime import timedelta

from app.api.graphql.context import Info
from app.api.graphql.derive import node, object_type
from app.api.views import schedule as views
from app.domain.schedule.service import my_schedule


@object_type(views.ScheduleSeatOut, name="ScheduleSeat")
class ScheduleSeat:
    pass


@object_type(views.SchedulePaperOut, name="SchedulePaper")
class SchedulePaper:
    pass


@object_type(views.ScheduleMeetingOut, name="ScheduleMeeting")
class ScheduleMeeting:
    pass


@object_type(views.ScheduleActionOut, name="ScheduleAction")
class ScheduleAction:
    pass


@object_type(views.ScheduleClaimOut, name="ScheduleClaim")
class ScheduleClaim:
    pass


@object_type(views.ScheduleOut, name="Schedule")
class Schedule:
    pass


async def resolve_schedule(info: Info) -> Schedule:
    """Your meetings ahead (with your seats and papers), open actions and claims waiting
    on you, as `/me/schedule`. FORBIDDEN for an API client."""
    context = info.context
    horizon = timedelta(days=context.state.settings.schedule_horizon_days)
    async with context.reading() as session:
        found = await my_schedule(session, context.actor, horizon)
    return node(Schedule, views.schedule_out(found))
