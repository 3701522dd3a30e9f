"""Taking a back seat, in GraphQL: the same domain functions as ``/people/{id}/back-seat``."""

from __future__ import annotations

import uuid

import strawberry

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, input_type, node, nodes, object_type
from app.api.graphql.inputs import to_domain
from app.api.views import support as views
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.support import backseat, supervision
from app.domain.support.schemas import BackSeatSet, SupervisionRecordCreate


@object_type(views.BackSeatOut, name="BackSeat")
class BackSeat(Node):
    pass


@input_type(BackSeatSet, name="BackSeatInput")
class BackSeatInput:
    pass


@strawberry.type
class SupportQueries:
    @fields.field(description="A person's back seat: NOT_FOUND when they are not taking one.")
    async def back_seat(self, info: Info, person_id: uuid.UUID) -> BackSeat:
        async with info.context.reading() as session:
            row = await backseat.get_back_seat(session, info.context.actor, person_id)
        return node(BackSeat, row)


@strawberry.type
class SupportMutations:
    @fields.mutation(
        description="Take (or change) a back seat: seat rotation skips the person until "
        "their expected return. The person, or a coordinator on their behalf."
    )
    async def take_back_seat(
        self, info: Info, person_id: uuid.UUID, input: BackSeatInput
    ) -> BackSeat:
        data = to_domain(BackSeatSet, input)
        async with info.context.writing() as session:
            row = await backseat.take_back_seat(session, info.context.actor, person_id, data)
        return node(BackSeat, row)

    @fields.mutation(description="Come back from a back seat. Returns the person's ID.")
    async def end_back_seat(self, info: Info, person_id: uuid.UUID) -> uuid.UUID:
        async with info.context.writing() as session:
            await backseat.end_back_seat(session, info.context.actor, person_id)
        return person_id


@object_type(views.SupervisionRecordOut, name="SupervisionRecord")
class SupervisionRecord(Node):
    pass


@input_type(SupervisionRecordCreate, name="SupervisionRecordInput")
class SupervisionRecordInput:
    pass


@strawberry.type
class SupervisionQueries:
    @fields.field(
        description="A member's supervision records: the member, their supervisor and the "
        "safeguarding lead only."
    )
    async def supervision_records(
        self, info: Info, person_id: uuid.UUID, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[SupervisionRecord]:
        request = page_request(first, after)
        async with info.context.reading() as session:
            page = await supervision.list_records(session, info.context.actor, person_id, request)
        return connection(nodes(SupervisionRecord, page.items), page.next_cursor, after)


@strawberry.type
class SupervisionMutations:
    @fields.mutation(description="The member or their supervisor records a session or check-in.")
    async def add_supervision_record(
        self, info: Info, person_id: uuid.UUID, input: SupervisionRecordInput
    ) -> SupervisionRecord:
        data = to_domain(SupervisionRecordCreate, input)
        async with info.context.writing() as session:
            row = await supervision.add_record(session, info.context.actor, person_id, data)
        return node(SupervisionRecord, row)
