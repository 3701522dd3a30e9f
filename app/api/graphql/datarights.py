"""Data rights in GraphQL: the private-read audit and erasure. The subject access
export is a ZIP, so it is REST only (``GET /people/{id}/export``)."""

from __future__ import annotations

import uuid

import strawberry

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, node, nodes, object_type
from app.api.views import datarights as views
from app.domain.datarights import erasure, reads
from app.domain.pagination import DEFAULT_LIMIT


@object_type(views.PrivateReadOut, name="PrivateRead")
class PrivateRead(Node):
    pass


@object_type(views.ErasureOut, name="Erasure")
class Erasure(Node):
    pass


@strawberry.type
class DataRightsQueries:
    @fields.field(
        description="Who read this person's private fields. The person or an administrator."
    )
    async def private_reads(
        self, info: Info, person_id: uuid.UUID, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[PrivateRead]:
        request = page_request(first, after)
        async with info.context.reading() as session:
            page = await reads.reads_of(session, info.context.actor, person_id, request)
        return connection(nodes(PrivateRead, page.items), page.next_cursor, after)


@strawberry.type
class DataRightsMutations:
    @fields.mutation(
        description='Administrators: the person becomes "former member", sign-in ends, '
        "and the board's record (decisions, minutes, counts) stays."
    )
    async def erase_person(self, info: Info, person_id: uuid.UUID) -> Erasure:
        async with info.context.writing() as session:
            row = await erasure.erase_person(session, info.context.actor, person_id)
        return node(Erasure, row)
