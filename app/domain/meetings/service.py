"""Use cases for meetings and their agendas."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC

from sqlalchemy import and_, delete, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlmodel import col, select

from app.db.models import ActionItem, AgendaItem, Attendance, Board, Meeting
from app.db.types import iso_text, utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.service import readable as readable_boards
from app.domain.errors import RuleViolation
from app.domain.meetings.schemas import (
    ActionStatus,
    AgendaItemInput,
    MeetingCreate,
    MeetingStatus,
    MeetingUpdate,
)
from app.domain.pagination import Page, PageRequest, paginate, paginate_each
from app.domain.versions import Precondition, check_version


def event_data(meeting: Meeting) -> dict[str, str]:
    """What a meeting event carries: IDs, times and state, nothing personal."""
    return {
        "meetingId": str(meeting.id),
        "boardId": str(meeting.board_id),
        "startsAt": iso_text(meeting.starts_at),
        "endsAt": iso_text(meeting.ends_at),
        "status": meeting.status,
    }


async def meeting_board(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> Board:
    """The board whose meetings are wanted. Tenancy alone, not ``boards.read``: a partner
    system granted only meetings scopes must still reach a board's meetings."""
    return await store.one(session, Board, board_id, readable_boards(actor), "board")


async def get_meeting(session: AsyncSession, actor: Actor, meeting_id: uuid.UUID) -> Meeting:
    require(actor, Permission.MEETINGS_READ)
    return await store.one(
        session,
        Meeting,
        meeting_id,
        col(Meeting.organisation_id) == actor.organisation_id,
        "meeting",
    )


async def list_meetings(
    session: AsyncSession,
    actor: Actor,
    board_id: uuid.UUID,
    page: PageRequest,
    *,
    upcoming: bool = False,
    status: MeetingStatus | None = None,
) -> Page[Meeting]:
    require(actor, Permission.MEETINGS_READ)
    await meeting_board(session, actor, board_id)
    statement = select(Meeting).where(Meeting.board_id == board_id)
    if upcoming:
        statement = statement.where(col(Meeting.starts_at) >= utcnow())
    if status is not None:
        statement = statement.where(Meeting.status == status.value)
    return await paginate(session, statement, Meeting.id, page)


async def agenda_by_meeting(
    session: AsyncSession, actor: Actor, meeting_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[AgendaItem]]:
    """Agendas of many meetings in one query."""
    return await store.children(
        session,
        AgendaItem,
        AgendaItem.meeting_id,
        meeting_ids,
        col(AgendaItem.organisation_id) == actor.organisation_id,
        order_by=col(AgendaItem.position),
    )


async def meetings_by_board(
    session: AsyncSession,
    actor: Actor,
    board_ids: Iterable[uuid.UUID],
    page: PageRequest,
    *,
    upcoming: bool = False,
    status: MeetingStatus | None = None,
) -> dict[uuid.UUID, Page[Meeting]]:
    """``list_meetings`` for many boards in one query (GraphQL nested lists)."""
    require(actor, Permission.MEETINGS_READ)
    criteria = [col(Meeting.organisation_id) == actor.organisation_id]
    if upcoming:
        criteria.append(col(Meeting.starts_at) >= utcnow())
    if status is not None:
        criteria.append(col(Meeting.status) == status.value)
    return await paginate_each(
        session, Meeting, col(Meeting.board_id), col(Meeting.id), board_ids, page, *criteria
    )


async def meetings_by_ids(
    session: AsyncSession, actor: Actor, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Meeting]:
    """Any number of meetings in one query: what GraphQL loaders use."""
    require(actor, Permission.MEETINGS_READ)
    wanted = set(ids)
    if not wanted:
        return {}
    rows = await session.scalars(
        select(Meeting).where(
            col(Meeting.id).in_(wanted), Meeting.organisation_id == actor.organisation_id
        )
    )
    return {m.id: m for m in rows}


async def actions_by_meeting(
    session: AsyncSession, actor: Actor, meeting_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[ActionItem]]:
    """``actions.meeting_actions`` for many meetings in one query, by the same rule: the
    actions raised at each meeting, and those raised at an earlier meeting of its board
    that were still open when it started."""
    require(actor, Permission.MEETINGS_READ)
    wanted = set(meeting_ids)
    result: dict[uuid.UUID, list[ActionItem]] = defaultdict(list)
    if not wanted:
        return result
    target = aliased(Meeting)
    raised = aliased(Meeting)
    rows = await session.execute(
        select(target.id, ActionItem)
        .join(ActionItem, col(ActionItem.board_id) == target.board_id)
        .join(raised, col(raised.id) == col(ActionItem.meeting_id))
        .where(
            col(target.id).in_(wanted),
            target.organisation_id == actor.organisation_id,
            or_(
                col(ActionItem.meeting_id) == target.id,
                and_(
                    col(raised.board_id) == col(target.board_id),
                    col(raised.starts_at) < target.starts_at,
                    or_(
                        col(ActionItem.status) == ActionStatus.OPEN.value,
                        col(ActionItem.closed_at) > target.starts_at,
                    ),
                ),
            ),
        )
        .order_by(col(target.id), col(ActionItem.id))
    )
    for meeting_id, action in rows:
        result[meeting_id].append(action)
    return result


async def attendance_by_meeting(
    session: AsyncSession, actor: Actor, meeting_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[Attendance]]:
    """``proceedings.list_attendance`` for many meetings in one query."""
    require(actor, Permission.MEETINGS_READ)
    return await store.children(
        session,
        Attendance,
        Attendance.meeting_id,
        meeting_ids,
        col(Attendance.organisation_id) == actor.organisation_id,
        order_by=col(Attendance.id),
    )


def _add_agenda(session: AsyncSession, meeting: Meeting, agenda: Sequence[AgendaItemInput]) -> None:
    session.add_all(
        AgendaItem(
            organisation_id=meeting.organisation_id,
            meeting_id=meeting.id,
            position=position,
            title=item.title,
            topic_tags=sorted({t.strip().lower() for t in item.topic_tags if t.strip()}),
        )
        for position, item in enumerate(agenda, start=1)
    )


async def create_meeting(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: MeetingCreate
) -> Meeting:
    board = await meeting_board(session, actor, board_id)
    require(actor, Permission.MEETINGS_WRITE)
    meeting = Meeting(
        organisation_id=actor.organisation_id,
        board_id=board.id,
        title=data.title,
        starts_at=data.starts_at.astimezone(UTC),
        ends_at=data.ends_at.astimezone(UTC),
        location=data.location,
        online_url=str(data.online_url) if data.online_url else None,
    )
    session.add(meeting)
    await session.flush()
    _add_agenda(session, meeting, data.agenda)
    await session.flush()
    audit.record(
        session,
        actor,
        "meeting.created",
        "meeting",
        meeting.id,
        meeting.organisation_id,
        data.model_fields_set,
    )
    audit.emit(session, meeting.organisation_id, "meeting.scheduled", event_data(meeting))
    return meeting


async def update_meeting(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    data: MeetingUpdate,
    expected_version: Precondition,
) -> Meeting:
    meeting = await get_meeting(session, actor, meeting_id)
    require(actor, Permission.MEETINGS_WRITE)
    check_version(meeting.version, expected_version)
    changes = data.changes()
    agenda = changes.pop("agenda", None)
    for key in ("starts_at", "ends_at"):
        if key in changes:
            changes[key] = changes[key].astimezone(UTC)
    if "online_url" in changes and changes["online_url"] is not None:
        changes["online_url"] = str(changes["online_url"])
    if "status" in changes:
        changes["status"] = MeetingStatus(changes["status"]).value
    starts = changes.get("starts_at", meeting.starts_at)
    ends = changes.get("ends_at", meeting.ends_at)
    if ends <= starts:
        raise RuleViolation.field("/endsAt", "endsAt must be after startsAt")
    changed = {k for k, v in changes.items() if getattr(meeting, k) != v}
    if agenda is not None:
        await session.execute(delete(AgendaItem).where(col(AgendaItem.meeting_id) == meeting.id))
        _add_agenda(session, meeting, data.agenda or [])
        changed.add("agenda")
    was_cancelled = meeting.status == MeetingStatus.CANCELLED
    for key in changed - {"agenda"}:
        setattr(meeting, key, changes[key])
    if changed:
        # Any change, agenda included, bumps the version: calendar apps need a new SEQUENCE.
        meeting.updated_at = utcnow()
        session.add(meeting)
        await session.flush()
        audit.record(
            session,
            actor,
            "meeting.updated",
            "meeting",
            meeting.id,
            meeting.organisation_id,
            changed,
        )
        if meeting.status == MeetingStatus.CANCELLED and not was_cancelled:
            audit.emit(session, meeting.organisation_id, "meeting.cancelled", event_data(meeting))
        elif {"starts_at", "ends_at"} & changed:
            audit.emit(session, meeting.organisation_id, "meeting.scheduled", event_data(meeting))
    return meeting
