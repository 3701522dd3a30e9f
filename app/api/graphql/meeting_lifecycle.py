"""A meeting's lifecycle as GraphQL mutations, and the caller's own meetings (``Me.meetings``):
the same domain functions as ``/meetings/{id}/postpone``, ... and ``/me/meetings``."""

from __future__ import annotations

import uuid
from typing import Annotated

import strawberry

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import input_type
from app.api.graphql.inputs import to_domain
from app.api.graphql.meetings import Meeting, meeting_nodes, meeting_of, meeting_wants
from app.domain.meetings import lifecycle
from app.domain.meetings import schemas as domain
from app.domain.meetings import service as meeting_service
from app.domain.meetings.lifecycle import Step
from app.domain.meetings.schemas import MeetingSort, MeetingStatus
from app.domain.pagination import DEFAULT_LIMIT


async def my_meetings(
    info: Info,
    first: int = DEFAULT_LIMIT,
    after: str | None = None,
    upcoming: Annotated[
        bool, strawberry.argument(description="Only meetings that have not started.")
    ] = False,
    status: MeetingStatus | None = None,
    sort: MeetingSort = MeetingSort.STARTS_AT,
) -> Connection[Meeting]:
    """``Me.meetings``: the boards the caller is an active member of, and those they
    advise, as their calendar feed has them."""
    keyset = meeting_service.keyset(sort)
    request = page_request(first, after, keyset.decode)
    async with info.context.reading() as session:
        page = await meeting_service.my_meetings(
            session, info.context.actor, request, upcoming=upcoming, status=status, sort=sort
        )
    found = await meeting_nodes(info.context, page.items, meeting_wants(info, "edges", "node"))
    cursors = {row.id: keyset.cursor(row.starts_at, row.id) for row in page.items}
    return connection(found, page.next_cursor, after, lambda m: cursors[m.id])


@input_type(domain.RescheduleInput, name="RescheduleMeetingInput")
class RescheduleMeetingInput:
    pass


async def _step(
    info: Info, id: uuid.UUID, step: Step, when: domain.RescheduleInput | None = None
) -> Meeting:
    async with info.context.writing() as session:
        row = await lifecycle.take_step(session, info.context.actor, id, step, when)
    return await meeting_of(info, row)


@strawberry.type
class MeetingLifecycleMutations:
    @fields.mutation(
        description="A scheduled meeting will not sit at its time (emits meeting.postponed). "
        "Staff only."
    )
    async def postpone_meeting(self, info: Info, id: uuid.UUID) -> Meeting:
        return await _step(info, id, Step.POSTPONE)

    @fields.mutation(
        description="A postponed meeting is scheduled again at its new time (emits "
        "meeting.scheduled). Staff only."
    )
    async def reschedule_meeting(
        self, info: Info, id: uuid.UUID, input: RescheduleMeetingInput
    ) -> Meeting:
        return await _step(info, id, Step.RESCHEDULE, to_domain(domain.RescheduleInput, input))

    @fields.mutation(
        description="Cancel a scheduled or postponed meeting (emits meeting.cancelled and "
        "seat.released): papers are kept, seat assignments released, the feed entry "
        "CANCELLED. Staff only."
    )
    async def cancel_meeting(self, info: Info, id: uuid.UUID) -> Meeting:
        return await _step(info, id, Step.CANCEL)

    @fields.mutation(
        description="Record that a scheduled meeting took place, once it has started (emits "
        "meeting.held). Staff, the chair or the secretary."
    )
    async def hold_meeting(self, info: Info, id: uuid.UUID) -> Meeting:
        return await _step(info, id, Step.HOLD)
