"""Seats, their assignments and rotas as GraphQL types.

The hot path is ``boards { seats { assignments { meeting person explanation } } }``.
Each level is one DataLoader batch for every parent at once: the boards' seats, then the
seats' assignment pages, then the meetings and the people those name (holders, members
considered). Related objects are preloaded only when the query selects them, so
SeatAssignment, Explanation and Consideration are plain attributes throughout and the
fast executor completes them without resolver calls.

API clients see why a member holds a seat but not why the others were passed over: for
them ``considered`` is always empty (``rota.considered_for``, the rule REST keeps too).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import UNSET

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Context, Info
from app.api.graphql.enums import MembershipStatus
from app.api.graphql.inputs import Version, to_domain
from app.api.graphql.loaders import PageKey
from app.api.graphql.meetings import (
    Meeting,
    MeetingWants,
    meeting_nodes,
    meeting_wants,
    related,
)
from app.api.graphql.people import Person, person_node
from app.api.graphql.selection import selects
from app.db import models as db
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.seats import changes, rota
from app.domain.seats import service as seat_service
from app.domain.seats.schemas import (
    DeclineRequest,
    RotaRequest,
    SeatCreate,
    SeatKind,
    SeatUpdate,
    SwapRequest,
)

if TYPE_CHECKING:
    from app.api.graphql.boards import Board


@strawberry.enum(description="ASSIGNED is current; the others ended (`endedAt`).")
class SeatAssignmentStatus(Enum):
    ASSIGNED = "assigned"
    DECLINED = "declined"
    REPLACED = "replaced"


@strawberry.enum(description="How a member came to hold a seat.")
class SeatAssignmentSource(Enum):
    ROTA = "rota"
    DECLINE = "decline"
    SWAP = "swap"
    SUBSTITUTION = "substitution"


# -- types ---------------------------------------------------------------------------


@strawberry.type(description="A pool member the rota considered, and why they were not chosen.")
class Consideration:
    person_id: uuid.UUID
    person: Person | None
    eligible: bool
    reason: str = strawberry.field(
        description="Why not: an eligibility rule (left, paused, outside_term, "
        "missing_training, unavailable, interest_declared, already_seated, declined) or, "
        "for an eligible member, the tie-break lost (more_turns, more_recent_turn, "
        "later_in_order)."
    )
    detail: str


@strawberry.type(description="Why this member, in words, and who else was considered.")
class Explanation:
    why: str
    considered: list[Consideration] = strawberry.field(
        description="Every other pool member, in queue order. Always empty for API clients."
    )


@strawberry.type(description="A person in a seat at a meeting.")
class SeatAssignment:
    id: uuid.UUID
    seat_id: uuid.UUID
    meeting_id: uuid.UUID
    person_id: uuid.UUID
    status: SeatAssignmentStatus
    source: SeatAssignmentSource
    explanation: Explanation | None
    created_at: datetime
    ended_at: datetime | None
    meeting: Meeting
    person: Person


@strawberry.type(description="One pool member's share of a rotating seat.")
class FairnessRow:
    person_id: uuid.UUID
    person: Person
    status: MembershipStatus
    turns: int
    baseline_turns: int = strawberry.field(description="Turns they joined the pool with.")
    declines: int
    last_seat_at: datetime | None


@strawberry.type(description="A seat an advisory board holds on the board it advises.")
class Seat:
    id: uuid.UUID
    advisory_board_id: uuid.UUID
    governance_board_id: uuid.UUID
    name: str
    kind: SeatKind
    holder_person_id: uuid.UUID | None
    holder: Person | None = strawberry.field(description="A fixed seat's holder.")
    pool_person_ids: list[uuid.UUID] = strawberry.field(
        description="Empty: every member of the advisory board takes turns."
    )
    required_training: list[str]
    created_at: datetime
    updated_at: datetime | None
    version: int = strawberry.field(
        description="The row version: send it back as `version` to updateSeat."
    )

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
        nodes = await assignment_nodes(
            info.context, page.items, assignment_wants(info, "edges", "node")
        )
        return connection(nodes, page.next_cursor, after)

    @fields.field(description="Turns, declines and the last seat date of each pool member.")
    async def fairness(self, info: Info) -> list[FairnessRow]:
        rows = await info.context.loaders.fairness.load(self.id)
        with_person = selects(info, "person")
        people = await _people(info.context, [r.person_id for r in rows] if with_person else [])
        return [
            FairnessRow(
                person_id=r.person_id,
                person=related(people, r.person_id, with_person, "person"),
                status=MembershipStatus(r.status),
                turns=r.turns,
                baseline_turns=r.baseline_turns,
                declines=r.declines,
                last_seat_at=r.last_seat_at,
            )
            for r in rows
        ]


@strawberry.type(description="The rota's choice for one meeting.")
class PlannedSeat:
    meeting_id: uuid.UUID
    meeting: Meeting
    person_id: uuid.UUID | None = strawberry.field(description="Null when nobody is eligible.")
    person: Person | None
    assignment: SeatAssignment | None = strawberry.field(
        description="Null in a dry run, or when nobody is eligible."
    )
    explanation: Explanation


@strawberry.type
class RotaResult:
    seat: Seat
    dry_run: bool
    already_assigned: int = strawberry.field(
        description="Meetings in range that already had a holder and were left as they were."
    )
    planned: list[PlannedSeat]


@strawberry.type
class DeclineResult:
    declined: SeatAssignment
    replacement: SeatAssignment | None = strawberry.field(
        description="The next eligible member, now holding the seat; null if nobody is."
    )


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


async def _people(context: Context, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Person]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    found = await context.loaders.people.load_many(wanted)
    return {p.id: person_node(context.actor, p) for p in found if p is not None}


def _considered_ids(context: Context, explained: Mapping[str, Any]) -> list[uuid.UUID]:
    return [uuid.UUID(str(c["personId"])) for c in rota.considered_for(context.actor, explained)]


def explanation_node(
    context: Context, explained: Mapping[str, Any], people: Mapping[uuid.UUID, Person]
) -> Explanation | None:
    if not explained:
        return None
    considered = []
    for c in rota.considered_for(context.actor, explained):
        person_id = uuid.UUID(str(c["personId"]))
        considered.append(
            Consideration(
                person_id=person_id,
                person=people.get(person_id),
                eligible=bool(c["eligible"]),
                reason=str(c["reason"]),
                detail=str(c["detail"]),
            )
        )
    return Explanation(why=str(explained["why"]), considered=considered)


async def _meetings(
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
    nodes = await meeting_nodes(context, [r for r in rows if r is not None], wants)
    found.update((node.id, node) for node in nodes)
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
        person_ids += [i for row in rows for i in _considered_ids(context, row.explanation)]
    found_meetings, people = await asyncio.gather(
        _meetings(context, [row.meeting_id for row in rows], wants.meeting, meetings or {}),
        _people(context, person_ids),
    )
    shown = people if wants.considered_person else {}
    return [
        SeatAssignment(
            id=row.id,
            seat_id=row.seat_id,
            meeting_id=row.meeting_id,
            person_id=row.person_id,
            status=SeatAssignmentStatus(row.status),
            source=SeatAssignmentSource(row.source),
            explanation=explanation_node(context, row.explanation, shown),
            created_at=row.created_at,
            ended_at=row.ended_at,
            meeting=related(found_meetings, row.meeting_id, wants.meeting is not None, "meeting"),
            person=related(people, row.person_id, wants.person, "person"),
        )
        for row in rows
    ]


async def seat_nodes(context: Context, rows: Sequence[db.Seat], *, with_holder: bool) -> list[Seat]:
    holders = [row.holder_person_id for row in rows if row.holder_person_id is not None]
    people = await _people(context, holders if with_holder else [])
    return [
        Seat(
            id=row.id,
            advisory_board_id=row.advisory_board_id,
            governance_board_id=row.governance_board_id,
            name=row.name,
            kind=SeatKind(row.kind),
            holder_person_id=row.holder_person_id,
            holder=(
                related(people, row.holder_person_id, with_holder, "person")
                if row.holder_person_id is not None
                else None
            ),
            pool_person_ids=[uuid.UUID(p) for p in row.pool_person_ids],
            required_training=list(row.required_training),
            created_at=row.created_at,
            updated_at=row.updated_at,
            version=row.version,
        )
        for row in rows
    ]


async def board_seats(root: Board, info: Info) -> list[Seat] | None:
    """``Board.seats``: every board's seats in one query."""
    rows = await info.context.loaders.seats_by_board.load(root.id)
    return await seat_nodes(info.context, rows, with_holder=selects(info, "holder"))


async def _seat(info: Info, row: db.Seat) -> Seat:
    (node,) = await seat_nodes(info.context, [row], with_holder=selects(info, "holder"))
    return node


async def _rota_result(info: Info, result: rota.RotaResult) -> RotaResult:
    context = info.context
    meeting_wanted = selects(info, "planned", "meeting")
    of_assignment = assignment_wants(info, "planned", "assignment")
    # One set of meeting nodes serves planned.meeting and planned.assignment.meeting, so
    # it is preloaded for whatever either selection asks for.
    wanted = meeting_wants(info, "planned", "meeting") if meeting_wanted else None
    if of_assignment.meeting is not None:
        wanted = of_assignment.meeting.union(wanted)
    meetings = await _meetings(context, [p.meeting.id for p in result.planned], wanted, {})
    explanations = [rota.explanation(p.choice) for p in result.planned]
    person_ids: list[uuid.UUID] = []
    with_person = selects(info, "planned", "person")
    if with_person:
        person_ids += [p.choice.person_id for p in result.planned if p.choice.person_id]
    with_considered = selects(info, "planned", "explanation", "considered", "person")
    if with_considered:
        person_ids += [i for e in explanations for i in _considered_ids(context, e)]
    people = await _people(context, person_ids)
    assignments = [p.assignment for p in result.planned if p.assignment is not None]
    assignment_of = {
        node.id: node
        for node in await assignment_nodes(context, assignments, of_assignment, meetings=meetings)
    }
    planned = []
    for p, explained in zip(result.planned, explanations, strict=True):
        explanation = explanation_node(context, explained, people if with_considered else {})
        assert explanation is not None  # a choice always says why
        person_id = p.choice.person_id
        planned.append(
            PlannedSeat(
                meeting_id=p.meeting.id,
                meeting=related(meetings, p.meeting.id, meeting_wanted, "meeting"),
                person_id=person_id,
                person=(
                    related(people, person_id, with_person, "person")
                    if person_id is not None
                    else None
                ),
                assignment=assignment_of[p.assignment.id] if p.assignment else None,
                explanation=explanation,
            )
        )
    (seat,) = await seat_nodes(context, [result.seat], with_holder=selects(info, "seat", "holder"))
    return RotaResult(
        seat=seat,
        dry_run=result.dry_run,
        already_assigned=result.already_assigned,
        planned=planned,
    )


# -- inputs --------------------------------------------------------------------------


@strawberry.input
class CreateSeatInput:
    name: str
    kind: SeatKind
    holder_person_id: uuid.UUID | None = strawberry.field(
        default=UNSET, description="A fixed seat's holder: a member of the advisory board."
    )
    pool_person_ids: list[uuid.UUID] | None = strawberry.field(
        default=UNSET, description="A rotating seat's pool; leave out for every member."
    )
    required_training: list[str] | None = UNSET


@strawberry.input(description="Only the fields sent are changed.")
class UpdateSeatInput:
    name: str | None = UNSET
    holder_person_id: uuid.UUID | None = UNSET
    pool_person_ids: list[uuid.UUID] | None = UNSET
    required_training: list[str] | None = UNSET


# -- operations (merged into Query and Mutation) -------------------------------------


@strawberry.type
class SeatQueries:
    @strawberry.field
    async def seat(self, info: Info, id: uuid.UUID) -> Seat | None:
        async with info.context.reading() as session:
            row = await seat_service.get_seat(session, info.context.actor, id)
        return await _seat(info, row)


@strawberry.type
class SeatMutations:
    @fields.mutation(description="A seat of this advisory board on the board it advises.")
    async def create_seat(self, info: Info, board_id: uuid.UUID, input: CreateSeatInput) -> Seat:
        data = to_domain(SeatCreate, input)
        async with info.context.writing() as session:
            row = await seat_service.create_seat(session, info.context.actor, board_id, data)
        return await _seat(info, row)

    @fields.mutation(description="Rename, change the holder or pool, or the training needed.")
    async def update_seat(
        self, info: Info, id: uuid.UUID, version: Version, input: UpdateSeatInput
    ) -> Seat:
        data = to_domain(SeatUpdate, input)
        async with info.context.writing() as session:
            row = await seat_service.update_seat(session, info.context.actor, id, data, version)
        return await _seat(info, row)

    @fields.mutation(
        description="Fill a rotating seat for the governance board's next meetings: `count` "
        "of them, or those `until` a date. `dryRun` previews and writes nothing. The same "
        "data gives the same rota; a rerun never assigns a meeting twice."
    )
    async def generate_rota(
        self,
        info: Info,
        seat_id: uuid.UUID,
        count: int | None = None,
        until: date | None = None,
        dry_run: bool = False,
    ) -> RotaResult:
        request = RotaRequest.model_validate({"count": count, "until": until, "dryRun": dry_run})
        async with info.context.writing() as session:
            result = await rota.generate_rota(session, info.context.actor, seat_id, request)
        return await _rota_result(info, result)

    @fields.mutation(
        description="The holder (or a coordinator) declines before the meeting; the next "
        "eligible member takes the seat. A decline is not a turn."
    )
    async def decline_assignment(
        self,
        info: Info,
        assignment_id: uuid.UUID,
        reason: Annotated[
            str | None,
            strawberry.argument(description="Seen only by the decliner and coordinators."),
        ] = None,
    ) -> DeclineResult:
        data = DeclineRequest.model_validate({"reason": reason})
        async with info.context.writing() as session:
            declined, replacement = await changes.decline(
                session, info.context.actor, assignment_id, data
            )
        (declined_node,) = await assignment_nodes(
            info.context, [declined], assignment_wants(info, "declined")
        )
        replaced = (
            await assignment_nodes(
                info.context, [replacement], assignment_wants(info, "replacement")
            )
            if replacement is not None
            else [None]
        )
        return DeclineResult(declined=declined_node, replacement=replaced[0])

    @fields.mutation(
        description="Coordinators: exchange two holders (`otherAssignmentId`) or put in an "
        "eligible substitute (`substitutePersonId`), with a reason. Returns the new assignments."
    )
    async def swap_assignment(
        self,
        info: Info,
        assignment_id: uuid.UUID,
        reason: str,
        other_assignment_id: uuid.UUID | None = None,
        substitute_person_id: uuid.UUID | None = None,
    ) -> list[SeatAssignment]:
        data = SwapRequest.model_validate(
            {
                "otherAssignmentId": other_assignment_id,
                "substitutePersonId": substitute_person_id,
                "reason": reason,
            }
        )
        async with info.context.writing() as session:
            new = await changes.swap(session, info.context.actor, assignment_id, data)
        return await assignment_nodes(info.context, new, assignment_wants(info))
