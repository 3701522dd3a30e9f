"""A meeting's lifecycle (postpone, reschedule, cancel, mark held) and the caller's own
meetings."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.deps import CurrentActor, KeysetPagination, Session
from app.api.problem_docs import error_responses
from app.api.rest.meetings import Sort, Upcoming, meeting_out, meeting_page
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.meetings import MeetingOut
from app.db.models import Meeting
from app.domain.meetings import lifecycle, service
from app.domain.meetings.lifecycle import Step
from app.domain.meetings.schemas import MeetingSort, MeetingStatus, RescheduleInput
from app.domain.versions import etag

router = APIRouter(tags=["meetings"], route_class=TransactionalRoute)

_STEP = error_responses(401, 403, 404, 409, 422)


async def _answer(
    session: Session, actor: CurrentActor, meeting: Meeting, response: Response
) -> MeetingOut:
    agendas = await service.agenda_by_meeting(session, actor, [meeting.id])
    response.headers["ETag"] = etag(meeting.version)
    return meeting_out(meeting, agendas.get(meeting.id, []))


@router.post("/meetings/{meeting_id}/postpone", response_model=MeetingOut, responses=_STEP)
async def postpone_meeting(
    session: Session, actor: CurrentActor, meeting_id: uuid.UUID, response: Response
) -> MeetingOut:
    """A scheduled meeting will not sit at its time; a new one is to be found (emits
    `meeting.postponed`). Its seats and papers stay with it. Staff only."""
    meeting = await lifecycle.take_step(session, actor, meeting_id, Step.POSTPONE)
    return await _answer(session, actor, meeting, response)


@router.post("/meetings/{meeting_id}/reschedule", response_model=MeetingOut, responses=_STEP)
async def reschedule_meeting(
    session: Session,
    actor: CurrentActor,
    meeting_id: uuid.UUID,
    body: RescheduleInput,
    response: Response,
) -> MeetingOut:
    """A postponed meeting is scheduled again at its new time (emits `meeting.scheduled`).
    Staff only."""
    meeting = await lifecycle.take_step(session, actor, meeting_id, Step.RESCHEDULE, body)
    return await _answer(session, actor, meeting, response)


@router.post("/meetings/{meeting_id}/cancel", response_model=MeetingOut, responses=_STEP)
async def cancel_meeting(
    session: Session, actor: CurrentActor, meeting_id: uuid.UUID, response: Response
) -> MeetingOut:
    """Cancel a scheduled or postponed meeting (emits `meeting.cancelled`, and
    `seat.released` for each seat assignment it releases). Its papers are kept; its feed
    entry becomes `STATUS:CANCELLED`. Staff only."""
    meeting = await lifecycle.take_step(session, actor, meeting_id, Step.CANCEL)
    return await _answer(session, actor, meeting, response)


@router.post("/meetings/{meeting_id}/hold", response_model=MeetingOut, responses=_STEP)
async def hold_meeting(
    session: Session, actor: CurrentActor, meeting_id: uuid.UUID, response: Response
) -> MeetingOut:
    """Record that a scheduled meeting took place, once it has started (emits
    `meeting.held`): minutes and attendance follow. Staff, the chair or the secretary."""
    meeting = await lifecycle.take_step(session, actor, meeting_id, Step.HOLD)
    return await _answer(session, actor, meeting, response)


@router.get(
    "/me/meetings",
    response_model=PageOut[MeetingOut],
    responses=error_responses(401, 403, 422),
)
async def list_my_meetings(
    session: Session,
    actor: CurrentActor,
    page: KeysetPagination,
    upcoming: Upcoming = False,
    status: Annotated[MeetingStatus | None, Query()] = None,
    sort: Sort = MeetingSort.STARTS_AT,
) -> PageOut[MeetingOut]:
    """Meetings of the boards you are an active member of, and of the governance boards
    they advise, as your calendar feed has them; ordered and paged as a board's list."""
    result = await service.my_meetings(
        session, actor, page, upcoming=upcoming, status=status, sort=sort
    )
    return await meeting_page(session, actor, result)
