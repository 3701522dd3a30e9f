"""Seats, their assignments and rotas as GraphQL types, derived from ``app/api/views/seats.py``.

The hot path is ``boards { seats { assignments { meeting person explanation } } }``.
Each level is one DataLoader batch for every parent at once: the boards' seats, then the
seats' assignment pages, then the meetings and the people those name (holders, members
considered). Related objects are preloaded only when the query selects them, so
SeatAssignment, Explanation and Consideration are plain attributes throughout and the
fast executor completes them without resolver calls.

API clients see why a member holds a seat but not why the others were passed over: for
them ``considered`` is always empty (``rota.considered_for``, the rule REST keeps too).

The queries and mutations are in ``seat_operations.py``.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Context, Info
from app.api.graphql.derive import Node, input_type, node, object_type
from app.api.graphql.enums import MembershipStatus
from app.api.graphql.loaders import PageKey
from app.api.graphql.meetings import Meeting, MeetingWants, meeting_nodes, meeting_wants, related
from app.api.graphql.people import Person, person_node
from app.api.graphql.selection import selects
from app.api.views import seats as views
from app.db import models as db
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.seats import rota
from app.domain.seats.schemas import SeatCreate, SeatSettingsInput, SeatUpdate

if TYPE_CHECKING:
    from app.api.graphql.boards import Board


# The domain keeps these as plain strings (``facts.ASSIGNED``, the ``source`` column), so
# there is no domain enum to register in enums.py; REST serves them as strings.
@strawberry.enum(description="ASSIGNED is current; the others ended (`endedAt`).")
class SeatAssignmentStatus(Enum):
    ASSIGNED = "assigned"
    DECLINED = "declined"
    REPLACED = "replaced"
    RELEASED = "released"


@strawberry.enum(description="How a member came to hold a seat.")
class SeatAssignmentSource(Enum):
    ROTA = "rota"
    DECLINE = "decline"
    HANDOVER = "handover"
    SWAP = "swap"
    SUBSTITUTION = "substitution"


# -- types ---------------------------------------------------------------------------


@object_type(views.Considered, name="Consideration")
class Consideration:
    person: Person | None


@object_type(views.Explanation, name="Explanation")
class Explanation:
    pass


@object_type(views.AssignmentOut, name="SeatAssignment")
class SeatAssignment(Node):
    status: SeatAssignmentStatus
    source: SeatAssignmentSource
    meeting: Meeting
    person: Person


@object_type(views.FairnessOut, name="FairnessRow")
class FairnessRow:
    person: Person
    status: MembershipStatus


@object_type(views.SeatOut, name="Seat")
class Seat(Node):
    holder: Person | None

    @fields.field(description="Who holds the seat at which meeting, oldest first.")
    async def assignments(
        self,
        info: Info,
        first: int = DEFAULT_LIMIT,
        after: str | None = None,
        include_ended: Annotated[
            bool, strawberry.argument(description="Also declined and replaced ones.")
        ] = False,
    ) -> Connection[SeatAssignment]:
        request = page_request(first, after)
        page = await info.context.loaders.assignments_by_seat.load(
            PageKey(self.id, request, not include_ended)
        )
        found = await assignment_nodes(
            info.context, page.items, assignment_wants(info, "edges", "node")
        )
        return connection(found, page.next_cursor, after)

    @fields.field(description="Turns, declines and the last seat date of each pool member.")
    async def fairness(self, info: Info) -> list[FairnessRow]:
        rows = await info.context.loaders.fairness.load(self.id)
        with_person = selects(info, "person")
        people = await people_by_id(
            info.context, [r.person_id for r in rows] if with_person else []
        )
        return [
            node(
                FairnessRow,
                r,
                person=related(people, r.person_id, with_person, "person"),
                status=MembershipStatus(r.status),
            )
            for r in rows
        ]


@object_type(views.PlannedOut, name="PlannedSeat", exclude=("meeting_starts_at", "assignment_id"))
class PlannedSeat:
    person: Person | None


@object_type(views.RotaOut, name="RotaResult", exclude=("seat_id",))
class RotaResult:
    pass


@object_type(views.SeatSettingsOut, name="SeatSettings")
class SeatSettings:
    pass


@object_type(views.DeclineOut, name="DeclineResult")
class DeclineResult:
    pass


# -- mapping rows to nodes -----------------------------------------------------------


@dataclass(frozen=True)
class AssignmentWants:
    """What a query asks for below an assignment that must be preloaded."""

    meeting: MeetingWants | None = None
    person: bool = False
    considered_person: bool = False


def assignment_wants(info: Info, *prefix: str) -> AssignmentWants:
    return AssignmentWants(
        meeting=(
            meeting_wants(info, *prefix, "meeting") if selects(info, *prefix, "meeting") else None
        ),
        person=selects(info, *prefix, "person"),
        considered_person=selects(info, *prefix, "explanation", "considered", "person"),
    )


async def people_by_id(context: Context, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Person]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    found = await context.loaders.people.load_many(wanted)
    return {p.id: person_node(context.actor, p) for p in found if p is not None}


def considered_ids(context: Context, explained: Mapping[str, Any]) -> list[uuid.UUID]:
    return [uuid.UUID(str(c["personId"])) for c in rota.considered_for(context.actor, explained)]


def explanation_node(
    context: Context, explained: Mapping[str, Any], people: Mapping[uuid.UUID, Person]
) -> Explanation | None:
    """A stored explanation (camelCase JSON) as the caller may see it."""
    if not explained:
        return None
    considered = []
    for c in rota.considered_for(context.actor, explained):
        person_id = uuid.UUID(str(c["personId"]))
        considered.append(node(Consideration, c, person_id=person_id, person=people.get(person_id)))
    return node(Explanation, explained, considered=considered)


async def meetings_by_id(
    context: Context,
    ids: Iterable[uuid.UUID],
    wants: MeetingWants | None,
    known: Mapping[uuid.UUID, Meeting],
) -> dict[uuid.UUID, Meeting]:
    found = dict(known)
    missing = [i for i in dict.fromkeys(ids) if i not in found]
    if wants is None or not missing:
        return found
    rows = await context.loaders.meetings.load_many(missing)
    made = await meeting_nodes(context, [r for r in rows if r is not None], wants)
    found.update((meeting.id, meeting) for meeting in made)
    return found


async def assignment_nodes(
    context: Context,
    rows: Sequence[db.SeatAssignment],
    wants: AssignmentWants,
    *,
    meetings: Mapping[uuid.UUID, Meeting] | None = None,
) -> list[SeatAssignment]:
    """Map rows, with their meeting and people when asked for: one query a kind per list."""
    person_ids: list[uuid.UUID] = []
    if wants.person:
        person_ids += [row.person_id for row in rows]
    if wants.considered_person:
        person_ids += [i for row in rows for i in considered_ids(context, row.explanation)]
    found_meetings, people = await asyncio.gather(
        meetings_by_id(context, [row.meeting_id for row in rows], wants.meeting, meetings or {}),
        people_by_id(context, person_ids),
    )
    shown = people if wants.considered_person else {}
    return [
        node(
            SeatAssignment,
            row,
            status=SeatAssignmentStatus(row.status),
            source=SeatAssignmentSource(row.source),
            explanation=explanation_node(context, row.explanation, shown),
            meeting=related(found_meetings, row.meeting_id, wants.meeting is not None, "meeting"),
            person=related(people, row.person_id, wants.person, "person"),
        )
        for row in rows
    ]


async def seat_nodes(context: Context, rows: Sequence[db.Seat], *, with_holder: bool) -> list[Seat]:
    holders = [row.holder_person_id for row in rows if row.holder_person_id is not None]
    people = await people_by_id(context, holders if with_holder else [])
    return [
        node(
            Seat,
            row,
            holder=(
                related(people, row.holder_person_id, with_holder, "person")
                if row.holder_person_id is not None
                else None
            ),
            # The column holds JSON strings.
            pool_person_ids=[uuid.UUID(p) for p in row.pool_person_ids],
        )
        for row in rows
    ]


async def board_seats(root: Board, info: Info) -> list[Seat] | None:
    """``Board.seats``: every board's seats in one query."""
    rows = await info.context.loaders.seats_by_board.load(root.id)
    return await seat_nodes(info.context, rows, with_holder=selects(info, "holder"))


# -- inputs --------------------------------------------------------------------------


@input_type(SeatCreate, name="CreateSeatInput")
class CreateSeatInput:
    pass


@input_type(SeatUpdate, name="UpdateSeatInput")
class UpdateSeatInput:
    pass


@input_type(SeatSettingsInput, name="SeatSettingsInput")
class SeatSettingsInputType:
    pass
