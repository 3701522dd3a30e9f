"""Seat queries and mutations (merged into Query and Mutation); the types are in
``seats.py``. A mutation's result preloads only what its selection asks for, as the
nested lists do."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

import strawberry

from app.api.graphql import fields
from app.api.graphql.context import Info
from app.api.graphql.derive import node
from app.api.graphql.inputs import Version, to_domain
from app.api.graphql.meetings import meeting_wants, related
from app.api.graphql.seats import (
    CreateSeatInput,
    DeclineResult,
    PlannedSeat,
    RotaResult,
    Seat,
    SeatAssignment,
    SeatSettings,
    SeatSettingsInputType,
    UpdateSeatInput,
    assignment_nodes,
    assignment_wants,
    considered_ids,
    explanation_node,
    meetings_by_id,
    people_by_id,
    seat_nodes,
)
from app.api.graphql.selection import selects
from app.db import models as db
from app.domain.seats import changes, rota
from app.domain.seats import service as seat_service
from app.domain.seats import settings as seat_settings
from app.domain.seats.schemas import (
    DeclineRequest,
    RotaRequest,
    SeatCreate,
    SeatSettingsInput,
    SeatUpdate,
    SwapRequest,
)


async def _seat(info: Info, row: db.Seat, *prefix: str) -> Seat:
    (seat,) = await seat_nodes(info.context, [row], with_holder=selects(info, *prefix, "holder"))
    return seat


async def _rota_result(info: Info, result: rota.RotaResult) -> RotaResult:
    context = info.context
    meeting_wanted = selects(info, "planned", "meeting")
    of_assignment = assignment_wants(info, "planned", "assignment")
    # One set of meeting nodes serves planned.meeting and planned.assignment.meeting, so
    # it is preloaded for whatever either selection asks for.
    wanted = meeting_wants(info, "planned", "meeting") if meeting_wanted else None
    if of_assignment.meeting is not None:
        wanted = of_assignment.meeting.union(wanted)
    meetings = await meetings_by_id(context, [p.meeting.id for p in result.planned], wanted, {})
    explanations = [rota.explanation(p.choice) for p in result.planned]
    person_ids: list[uuid.UUID] = []
    with_person = selects(info, "planned", "person")
    if with_person:
        person_ids += [p.choice.person_id for p in result.planned if p.choice.person_id]
    with_considered = selects(info, "planned", "explanation", "considered", "person")
    if with_considered:
        person_ids += [i for e in explanations for i in considered_ids(context, e)]
    people = await people_by_id(context, person_ids)
    assignments = [p.assignment for p in result.planned if p.assignment is not None]
    assignment_of = {
        made.id: made
        for made in await assignment_nodes(context, assignments, of_assignment, meetings=meetings)
    }
    planned = []
    for p, explained in zip(result.planned, explanations, strict=True):
        explanation = explanation_node(context, explained, people if with_considered else {})
        assert explanation is not None  # a choice always says why
        person_id = p.choice.person_id
        # A plan is the rota's choice for a meeting, not a row: every field is given.
        planned.append(
            node(
                PlannedSeat,
                {},
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
    seat = await _seat(info, result.seat, "seat")
    return node(RotaResult, result, seat=seat, planned=planned)


@strawberry.type
class SeatQueries:
    @strawberry.field
    async def seat(self, info: Info, id: uuid.UUID) -> Seat | None:
        async with info.context.reading() as session:
            row = await seat_service.get_seat(session, info.context.actor, id)
        return await _seat(info, row)

    @fields.field(description="How an advisory board runs its seats (both off unless set).")
    async def seat_settings(self, info: Info, board_id: uuid.UUID) -> SeatSettings:
        async with info.context.reading() as session:
            found = await seat_settings.get_settings(session, info.context.actor, board_id)
        return _settings(*found)


def _settings(board_id: uuid.UUID, data: SeatSettingsInput) -> SeatSettings:
    return node(
        SeatSettings,
        {},
        board_id=board_id,
        allow_two_seats=data.allow_two_seats,
        declined_fixed_to_pool=data.declined_fixed_to_pool,
    )


@strawberry.type
class SeatMutations:
    @fields.mutation(
        description="Coordinators: whether one person may hold two seats at a "
        "meeting, and whether a declined fixed seat goes to the rotation pool."
    )
    async def set_seat_settings(
        self, info: Info, board_id: uuid.UUID, input: SeatSettingsInputType
    ) -> SeatSettings:
        data = to_domain(SeatSettingsInput, input)
        async with info.context.writing() as session:
            found = await seat_settings.set_settings(session, info.context.actor, board_id, data)
        return _settings(*found)

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
        description="The holder (or a coordinator) declines before the meeting. A named "
        "substitute takes the seat; otherwise a rotating seat is re-planned from this meeting "
        "(turns stay within one), and a fixed seat goes to the rotation pool only if the "
        "board's seat settings say so. A decline is not a turn."
    )
    async def decline_assignment(
        self,
        info: Info,
        assignment_id: uuid.UUID,
        reason: Annotated[
            str | None,
            strawberry.argument(description="Seen only by the decliner and coordinators."),
        ] = None,
        substitute_person_id: uuid.UUID | None = None,
    ) -> DeclineResult:
        data = DeclineRequest.model_validate(
            {"reason": reason, "substitutePersonId": substitute_person_id}
        )
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
        return node(DeclineResult, {}, declined=declined_node, replacement=replaced[0])

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
