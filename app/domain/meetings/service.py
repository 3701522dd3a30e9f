"""Use cases for meetings and their agendas."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC

from sqlalchemy import ColumnElement, and_, or_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlmodel import col, select

from app.db.models import ActionItem, AgendaItem, Attendance, Board, Meeting, Membership
from app.db.types import iso_text, utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.schemas import MembershipStatus
from app.domain.boards.service import readable as readable_boards
from app.domain.errors import PermissionDenied
from app.domain.meetings.schemas import (
    ActionStatus,
    AgendaItemInput,
    MeetingCreate,
    MeetingSort,
    MeetingStatus,
)
from app.domain.meetings.standing import standing_agenda
from app.domain.pagination import Keyset, Page, PageRequest, paginate_each_keyset, paginate_keyset


def event_data(meeting: Meeting) -> dict[str, str]:
    """What a meeting event carries: IDs, times and state, nothing personal."""
    return {
        "meetingId": str(meeting.id),
        "boardId": str(meeting.board_id),
        "startsAt": iso_text(meeting.starts_at),
        "endsAt": iso_text(meeting.ends_at),
        "status": meeting.status,
    }


async def lock_meeting(session: AsyncSession, meeting: Meeting) -> Meeting:
    """Serialise changes of state per meeting: a no-op UPDATE takes the row lock
    (PostgreSQL) or the write lock (SQLite), and the row is read again after it."""
    await session.execute(
        update(Meeting)
        .where(col(Meeting.id) == meeting.id)
        .values(version=Meeting.version)
        .execution_options(synchronize_session=False)
    )
    await session.refresh(meeting)
    return meeting


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


def keyset(sort: MeetingSort) -> Keyset:
    return Keyset(
        sort.value,
        col(Meeting.starts_at),
        col(Meeting.id),
        descending=sort == MeetingSort.STARTS_AT_DESC,
    )


def _filters(upcoming: bool, status: MeetingStatus | None) -> list[ColumnElement[bool]]:
    criteria = []
    if upcoming:
        criteria.append(col(Meeting.starts_at) >= utcnow())
    if status is not None:
        criteria.append(col(Meeting.status) == status.value)
    return criteria


async def list_meetings(
    session: AsyncSession,
    actor: Actor,
    board_id: uuid.UUID,
    page: PageRequest,
    *,
    upcoming: bool = False,
    status: MeetingStatus | None = None,
    sort: MeetingSort = MeetingSort.STARTS_AT,
) -> Page[Meeting]:
    require(actor, Permission.MEETINGS_READ)
    await meeting_board(session, actor, board_id)
    statement = select(Meeting).where(Meeting.board_id == board_id, *_filters(upcoming, status))
    return await paginate_keyset(session, statement, keyset(sort), page)


def personal_boards(person_id: uuid.UUID, organisation_id: uuid.UUID) -> ColumnElement[bool]:
    """The boards whose meetings are a person's: those they are an active member of, and
    the governance boards those advise (where their seats are)."""
    member_of = select(Membership.board_id).where(
        Membership.person_id == person_id,
        Membership.organisation_id == organisation_id,
        Membership.status == MembershipStatus.ACTIVE.value,
    )
    advised = select(Board.advises_board_id).where(
        col(Board.id).in_(member_of), col(Board.advises_board_id).is_not(None)
    )
    return or_(col(Meeting.board_id).in_(member_of), col(Meeting.board_id).in_(advised))


async def my_meetings(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    upcoming: bool = False,
    status: MeetingStatus | None = None,
    sort: MeetingSort = MeetingSort.STARTS_AT,
) -> Page[Meeting]:
    """The caller's meetings, as their personal calendar feed has them."""
    if not actor.is_person:
        raise PermissionDenied("Only a person has meetings of their own.")
    require(actor, Permission.MEETINGS_READ)
    statement = select(Meeting).where(
        Meeting.organisation_id == actor.organisation_id,
        personal_boards(actor.id, actor.organisation_id),
        *_filters(upcoming, status),
    )
    return await paginate_keyset(session, statement, keyset(sort), page)


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
    sort: MeetingSort = MeetingSort.STARTS_AT,
) -> dict[uuid.UUID, Page[Meeting]]:
    """``list_meetings`` for many boards in one query (GraphQL nested lists)."""
    require(actor, Permission.MEETINGS_READ)
    return await paginate_each_keyset(
        session,
        Meeting,
        col(Meeting.board_id),
        keyset(sort),
        board_ids,
        page,
        col(Meeting.organisation_id) == actor.organisation_id,
        *_filters(upcoming, status),
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


def add_agenda(session: AsyncSession, meeting: Meeting, agenda: Sequence[AgendaItemInput]) -> None:
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
    # The board's standing items come first, copied: the meeting's agenda is its own.
    add_agenda(session, meeting, [*await standing_agenda(session, board.id), *data.agenda])
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
