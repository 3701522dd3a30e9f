"""Meetings of a board, their agendas, attendance, minutes and action items."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Response

from app.api.deps import CurrentActor, IfMatch, KeysetPagination, Pagination, Session, read_if_match
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.meetings import (
    ActionOut,
    AgendaItemOut,
    AttendanceOut,
    MeetingOut,
    MinutesOut,
)
from app.db.models import AgendaItem, Meeting
from app.domain.meetings import actions, editing, proceedings, service
from app.domain.meetings.schemas import (
    ActionCreate,
    ActionStatus,
    ActionUpdate,
    AttendanceInput,
    MeetingCreate,
    MeetingSort,
    MeetingStatus,
    MeetingUpdate,
    MinutesInput,
    MinutesPublicTextInput,
)
from app.domain.pagination import Page
from app.domain.versions import etag

router = APIRouter(tags=["meetings"], route_class=TransactionalRoute)


def meeting_out(meeting: Meeting, agenda: list[AgendaItem]) -> MeetingOut:
    return MeetingOut(
        **{k: getattr(meeting, k) for k in MeetingOut.model_fields if k != "agenda"},
        agenda=[AgendaItemOut.model_validate(a) for a in agenda],
    )


Upcoming = Annotated[bool, Query(description="Only meetings that have not started.")]
Sort = Annotated[
    MeetingSort, Query(description="`startsAt` (soonest first) or `-startsAt` (latest first).")
]


_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 412, 422, 428)


@router.get("/boards/{board_id}/meetings", response_model=PageOut[MeetingOut], responses=_READ)
async def list_meetings(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    page: KeysetPagination,
    upcoming: Upcoming = False,
    status: Annotated[MeetingStatus | None, Query()] = None,
    sort: Sort = MeetingSort.STARTS_AT,
) -> PageOut[MeetingOut]:
    """By start time (`sort=-startsAt` for the latest first), keyset-paginated on the start
    time and ID; a cursor works only with the sort it came with."""
    result = await service.list_meetings(
        session, actor, board_id, page, upcoming=upcoming, status=status, sort=sort
    )
    return await meeting_page(session, actor, result)


async def meeting_page(
    session: Session, actor: CurrentActor, result: Page[Meeting]
) -> PageOut[MeetingOut]:
    agendas = await service.agenda_by_meeting(session, actor, [m.id for m in result.items])
    return PageOut(
        items=[meeting_out(m, agendas.get(m.id, [])) for m in result.items],
        next_cursor=result.next_cursor,
    )


@router.post(
    "/boards/{board_id}/meetings", status_code=201, response_model=MeetingOut, responses=_WRITE
)
async def create_meeting(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    body: MeetingCreate,
    response: Response,
) -> MeetingOut:
    """Schedule a meeting (emits `meeting.scheduled`)."""
    meeting = await service.create_meeting(session, actor, board_id, body)
    agendas = await service.agenda_by_meeting(session, actor, [meeting.id])
    response.headers["Location"] = f"/api/v1/meetings/{meeting.id}"
    response.headers["ETag"] = etag(meeting.version)
    return meeting_out(meeting, agendas.get(meeting.id, []))


@router.get("/meetings/{meeting_id}", response_model=MeetingOut, responses=_READ)
async def get_meeting(
    session: Session, actor: CurrentActor, meeting_id: uuid.UUID, response: Response
) -> MeetingOut:
    meeting = await service.get_meeting(session, actor, meeting_id)
    agendas = await service.agenda_by_meeting(session, actor, [meeting.id])
    response.headers["ETag"] = etag(meeting.version)
    return meeting_out(meeting, agendas.get(meeting.id, []))


@router.patch("/meetings/{meeting_id}", response_model=MeetingOut, responses=_WRITE)
async def update_meeting(
    session: Session,
    actor: CurrentActor,
    meeting_id: uuid.UUID,
    body: MeetingUpdate,
    version: IfMatch,
    response: Response,
) -> MeetingOut:
    """Edit, move or replace the agenda; `status` takes a lifecycle step as its own
    endpoint would (`POST /meetings/{id}/postpone`, ...). A held or cancelled meeting
    keeps its time (409)."""
    meeting = await editing.update_meeting(session, actor, meeting_id, body, version)
    agendas = await service.agenda_by_meeting(session, actor, [meeting.id])
    response.headers["ETag"] = etag(meeting.version)
    return meeting_out(meeting, agendas.get(meeting.id, []))


@router.get(
    "/meetings/{meeting_id}/attendance", response_model=list[AttendanceOut], responses=_READ
)
async def list_attendance(
    session: Session, actor: CurrentActor, meeting_id: uuid.UUID
) -> list[AttendanceOut]:
    rows = await proceedings.list_attendance(session, actor, meeting_id)
    return [AttendanceOut.model_validate(r) for r in rows]


@router.post("/meetings/{meeting_id}/attendance", response_model=AttendanceOut, responses=_WRITE)
async def record_attendance(
    session: Session, actor: CurrentActor, meeting_id: uuid.UUID, body: AttendanceInput
) -> AttendanceOut:
    """Record (or correct) one person's attendance. Anyone may send their own apologies."""
    row = await proceedings.record_attendance(session, actor, meeting_id, body)
    return AttendanceOut.model_validate(row)


@router.get("/meetings/{meeting_id}/minutes", response_model=MinutesOut, responses=_READ)
async def get_minutes(
    session: Session, actor: CurrentActor, meeting_id: uuid.UUID, response: Response
) -> MinutesOut:
    minutes = await proceedings.get_minutes(session, actor, meeting_id)
    response.headers["ETag"] = etag(minutes.version)
    return MinutesOut.model_validate(minutes)


@router.put("/meetings/{meeting_id}/minutes", response_model=MinutesOut, responses=_WRITE)
async def save_minutes(
    session: Session,
    actor: CurrentActor,
    meeting_id: uuid.UUID,
    body: MinutesInput,
    response: Response,
    if_match: Annotated[str | None, Header(description="Needed to edit existing minutes.")] = None,
) -> MinutesOut:
    """Write the draft minutes (the chair, the secretary, or staff). Approved ones are final."""
    version = read_if_match(if_match) if if_match is not None else None
    minutes = await proceedings.save_minutes(session, actor, meeting_id, body, version)
    response.headers["ETag"] = etag(minutes.version)
    return MinutesOut.model_validate(minutes)


@router.post("/meetings/{meeting_id}/minutes/approve", response_model=MinutesOut, responses=_WRITE)
async def approve_minutes(
    session: Session, actor: CurrentActor, meeting_id: uuid.UUID
) -> MinutesOut:
    return MinutesOut.model_validate(await proceedings.approve_minutes(session, actor, meeting_id))


@router.put(
    "/meetings/{meeting_id}/minutes/public-text", response_model=MinutesOut, responses=_WRITE
)
async def set_minutes_public_text(
    session: Session,
    actor: CurrentActor,
    meeting_id: uuid.UUID,
    body: MinutesPublicTextInput,
    version: IfMatch,
    response: Response,
) -> MinutesOut:
    """The chair, the secretary or staff write the public version of the minutes, with
    personal passages replaced by `[redacted]`. Nothing of `body` is ever published: the
    board's public page shows this text, once the minutes are approved."""
    minutes = await proceedings.set_public_text(session, actor, meeting_id, body, version)
    response.headers["ETag"] = etag(minutes.version)
    return MinutesOut.model_validate(minutes)


@router.get("/meetings/{meeting_id}/actions", response_model=list[ActionOut], responses=_READ)
async def list_meeting_actions(
    session: Session, actor: CurrentActor, meeting_id: uuid.UUID
) -> list[ActionOut]:
    """Actions raised at this meeting and every action carried into it still open."""
    rows = await actions.meeting_actions(session, actor, meeting_id)
    return [ActionOut.model_validate(a) for a in rows]


@router.post(
    "/meetings/{meeting_id}/actions", status_code=201, response_model=ActionOut, responses=_WRITE
)
async def create_action(
    session: Session,
    actor: CurrentActor,
    meeting_id: uuid.UUID,
    body: ActionCreate,
    response: Response,
) -> ActionOut:
    action = await actions.create_action(session, actor, meeting_id, body)
    response.headers["Location"] = f"/api/v1/actions/{action.id}"
    response.headers["ETag"] = etag(action.version)
    return ActionOut.model_validate(action)


@router.get("/boards/{board_id}/actions", response_model=PageOut[ActionOut], responses=_READ)
async def list_board_actions(
    session: Session,
    actor: CurrentActor,
    board_id: uuid.UUID,
    page: Pagination,
    status: Annotated[ActionStatus | None, Query()] = None,
) -> PageOut[ActionOut]:
    result = await actions.board_actions(session, actor, board_id, page, status)
    return PageOut(
        items=[ActionOut.model_validate(a) for a in result.items], next_cursor=result.next_cursor
    )


@router.patch("/actions/{action_id}", response_model=ActionOut, responses=_WRITE)
async def update_action(
    session: Session,
    actor: CurrentActor,
    action_id: uuid.UUID,
    body: ActionUpdate,
    version: IfMatch,
    response: Response,
) -> ActionOut:
    action = await actions.update_action(session, actor, action_id, body, version)
    response.headers["ETag"] = etag(action.version)
    return ActionOut.model_validate(action)
