"""Meetings as GraphQL types: agendas, actions carried forward, attendance.

Meeting is a hot type: it sits under every board and under every seat assignment. Its
board and agenda are preloaded for a whole list, one query each and only when the query
asks for them, so they are plain attributes the fast executor completes without resolver
calls. Actions and attendance are resolvers batched per meeting by DataLoaders.

``boards.py`` imports this module (for ``Board.meetings``), so the ``Board`` type is
referred to lazily here and ``board_node`` is imported where it is used.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Context, Info
from app.api.graphql.derive import Node, input_type, node, nodes, object_type
from app.api.graphql.inputs import Version, to_domain
from app.api.graphql.loaders import PageKey
from app.api.graphql.meeting_guests import MeetingGuest
from app.api.graphql.papers import meeting_papers
from app.api.graphql.selection import selects
from app.api.views import meetings as views
from app.db import models as db
from app.domain.errors import NotFound
from app.domain.meetings import actions as action_service
from app.domain.meetings import editing, proceedings
from app.domain.meetings import schemas as domain
from app.domain.meetings import service as meeting_service
from app.domain.meetings.schemas import MeetingSort, MeetingStatus
from app.domain.pagination import DEFAULT_LIMIT

if TYPE_CHECKING:
    from app.api.graphql.boards import Board


# -- types ---------------------------------------------------------------------------


@object_type(views.AgendaItemOut, name="AgendaItem")
class AgendaItem:
    pass


@object_type(views.AttendanceOut, name="Attendance")
class Attendance:
    pass


@object_type(views.ActionOut, name="Action")
class Action(Node):
    pass


@object_type(views.MeetingOut, name="Meeting")
class Meeting(Node):
    agenda: list[AgendaItem]
    board: Annotated[Board, strawberry.lazy("app.api.graphql.boards")]

    @fields.field(
        description="Actions raised at this meeting, and those raised at an earlier meeting "
        "of the board that were still open when this one started."
    )
    async def actions(self, info: Info) -> list[Action]:
        return nodes(Action, await info.context.loaders.actions.load(self.id))

    @fields.field(description="Who was present, sent apologies or was absent.")
    async def attendance(self, info: Info) -> list[Attendance]:
        return nodes(Attendance, await info.context.loaders.attendance.load(self.id))

    @fields.field(description="People invited who are not members, with the reason.")
    async def guests(self, info: Info) -> list[MeetingGuest]:
        return nodes(MeetingGuest, await info.context.loaders.guests.load(self.id))

    papers = strawberry.field(
        resolver=meeting_papers,
        description="The papers you may see (members: circulated, out of embargo), oldest "
        "first. Null, "
        "with a FORBIDDEN error, for an API client without papers:read. Uploads are "
        "REST-only (multipart).",
    )


# -- mapping rows to nodes -----------------------------------------------------------


@dataclass(frozen=True)
class MeetingWants:
    """What a query asks for below a meeting that must be preloaded."""

    board: bool = False
    agenda: bool = False

    def union(self, other: MeetingWants | None) -> MeetingWants:
        """Enough for both selections: preloading more than one asks for is harmless."""
        if other is None:
            return self
        return MeetingWants(board=self.board or other.board, agenda=self.agenda or other.agenda)


def meeting_wants(info: Info, *prefix: str) -> MeetingWants:
    return MeetingWants(
        board=selects(info, *prefix, "board"), agenda=selects(info, *prefix, "agenda")
    )


def related(found: dict[uuid.UUID, Any], key: uuid.UUID, selected: bool, entity: str) -> Any:
    """A preloaded related object; None stands in for one the query did not select."""
    if not selected:
        return None
    if key not in found:
        # Tenancy filters and foreign keys make this unreachable; say so rather than
        # return null for a non-null field.
        raise NotFound(entity)
    return found[key]


async def _agendas(
    context: Context, rows: Sequence[db.Meeting], wanted: bool
) -> dict[uuid.UUID, list[AgendaItem]]:
    if not wanted:
        return {}
    found = await context.loaders.agenda.load_many([row.id for row in rows])
    return {row.id: nodes(AgendaItem, items) for row, items in zip(rows, found, strict=True)}


async def _boards(
    context: Context, rows: Sequence[db.Meeting], wanted: bool
) -> dict[uuid.UUID, Board]:
    if not wanted:
        return {}
    from app.api.graphql.boards import board_node  # boards.py imports this module

    found = await context.loaders.boards.load_many(list({row.board_id for row in rows}))
    return {b.id: board_node(b) for b in found if b is not None}


async def meeting_nodes(
    context: Context,
    rows: Sequence[db.Meeting],
    wants: MeetingWants,
    *,
    board: Board | None = None,
) -> list[Meeting]:
    """Map rows, with their agenda and board when asked for: one query each per list."""
    agendas, boards = await asyncio.gather(
        _agendas(context, rows, wants.agenda),
        _boards(context, rows, wants.board and board is None),
    )
    return [
        node(
            Meeting,
            row,
            agenda=agendas.get(row.id, []),
            board=board
            if board is not None
            else related(boards, row.board_id, wants.board, "board"),
        )
        for row in rows
    ]


async def board_meetings(
    root: Board,
    info: Info,
    first: int = DEFAULT_LIMIT,
    after: str | None = None,
    upcoming: Annotated[
        bool, strawberry.argument(description="Only meetings that have not started.")
    ] = False,
    status: MeetingStatus | None = None,
    sort: MeetingSort = MeetingSort.STARTS_AT,
) -> Connection[Meeting] | None:
    """``Board.meetings``: every board's page in one query, by start time."""
    keyset = meeting_service.keyset(sort)
    request = page_request(first, after, keyset.decode)
    page = await info.context.loaders.meetings_by_board.load(
        PageKey(root.id, request, (upcoming, status, sort))
    )
    found = await meeting_nodes(
        info.context, page.items, meeting_wants(info, "edges", "node"), board=root
    )
    cursors = {row.id: keyset.cursor(row.starts_at, row.id) for row in page.items}
    return connection(found, page.next_cursor, after, lambda m: cursors[m.id])


async def meeting_of(info: Info, row: db.Meeting) -> Meeting:
    (meeting,) = await meeting_nodes(info.context, [row], meeting_wants(info))
    return meeting


# -- inputs --------------------------------------------------------------------------


@input_type(domain.AgendaItemInput, name="AgendaItemInput")
class AgendaItemInput:
    pass


@input_type(domain.MeetingCreate, name="CreateMeetingInput")
class CreateMeetingInput:
    pass


@input_type(
    domain.MeetingUpdate,
    name="UpdateMeetingInput",
    description="Only the fields sent are changed; `agenda` replaces the whole.",
)
class UpdateMeetingInput:
    pass


@input_type(domain.AttendanceInput, name="RecordAttendanceInput")
class RecordAttendanceInput:
    pass


@input_type(domain.ActionCreate, name="CreateActionInput")
class CreateActionInput:
    pass


@input_type(domain.ActionUpdate, name="UpdateActionInput")
class UpdateActionInput:
    pass


# -- operations (merged into Query and Mutation) -------------------------------------


@strawberry.type
class MeetingQueries:
    @strawberry.field
    async def meeting(self, info: Info, id: uuid.UUID) -> Meeting | None:
        async with info.context.reading() as session:
            row = await meeting_service.get_meeting(session, info.context.actor, id)
        return await meeting_of(info, row)


@strawberry.type
class MeetingMutations:
    @fields.mutation(description="Schedule a meeting (emits meeting.scheduled). Staff only.")
    async def create_meeting(
        self, info: Info, board_id: uuid.UUID, input: CreateMeetingInput
    ) -> Meeting:
        data = to_domain(domain.MeetingCreate, input)
        async with info.context.writing() as session:
            row = await meeting_service.create_meeting(session, info.context.actor, board_id, data)
        return await meeting_of(info, row)

    @fields.mutation(
        description="Edit, move or replace the agenda; `status` takes a lifecycle step as "
        "its own mutation would. A held or cancelled meeting keeps its time (CONFLICT)."
    )
    async def update_meeting(
        self, info: Info, id: uuid.UUID, version: Version, input: UpdateMeetingInput
    ) -> Meeting:
        data = to_domain(domain.MeetingUpdate, input)
        async with info.context.writing() as session:
            row = await editing.update_meeting(session, info.context.actor, id, data, version)
        return await meeting_of(info, row)

    @fields.mutation(
        description="Record or correct one person's attendance. Anyone may send their own "
        "apologies; otherwise staff, the chair or the secretary."
    )
    async def record_attendance(
        self, info: Info, meeting_id: uuid.UUID, input: RecordAttendanceInput
    ) -> Attendance:
        data = to_domain(domain.AttendanceInput, input)
        async with info.context.writing() as session:
            row = await proceedings.record_attendance(session, info.context.actor, meeting_id, data)
        return node(Attendance, row)

    @fields.mutation(description="Staff, the chair or the secretary.")
    async def create_action(
        self, info: Info, meeting_id: uuid.UUID, input: CreateActionInput
    ) -> Action:
        data = to_domain(domain.ActionCreate, input)
        async with info.context.writing() as session:
            row = await action_service.create_action(session, info.context.actor, meeting_id, data)
        return node(Action, row)

    @fields.mutation(
        description="Officers and staff edit any action; its owner may mark it done or reopen it."
    )
    async def update_action(
        self, info: Info, id: uuid.UUID, version: Version, input: UpdateActionInput
    ) -> Action:
        data = to_domain(domain.ActionUpdate, input)
        async with info.context.writing() as session:
            row = await action_service.update_action(session, info.context.actor, id, data, version)
        return node(Action, row)
