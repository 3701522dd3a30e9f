"""People as GraphQL types, derived from ``app/api/views/people.py``.

``Person`` is an interface with two implementations, ``PersonPublic`` and
``PersonPrivate``, chosen per person by the same rule REST uses (``person_view``). The
private fields and records exist only on ``PersonPrivate``, so a caller who may not see
them cannot select them: privacy by type, never by blanking.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TypeVar

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, interface, node, nodes, object_type
from app.api.views import people as views
from app.db import models as db
from app.domain.actors import Actor
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.people import records


@object_type(views.TrainingRecordOut, name="TrainingRecord")
class TrainingRecord(Node):
    pass


@object_type(views.InterestOut, name="Interest")
class Interest(Node):
    pass


@object_type(views.UnavailabilityOut, name="Unavailability")
class Unavailability(Node):
    pass


@interface(views.PersonPublic, name="Person", description="A person of the organisation.")
class Person(Node):
    pass


@object_type(
    views.PersonPublic,
    name="PersonPublic",
    description="A person, as anyone in the organisation may see them.",
)
class PersonPublic(Person):
    pass


RecordNode = TypeVar("RecordNode", TrainingRecord, Interest, Unavailability)


async def _records(
    info: Info,
    person_id: uuid.UUID,
    model: type[records.R],
    node_type: type[RecordNode],
    first: int,
    after: str | None,
) -> Connection[RecordNode]:
    request = page_request(first, after)
    async with info.context.reading() as session:
        page = await records.list_records(session, info.context.actor, person_id, model, request)
    return connection(nodes(node_type, page.items), page.next_cursor, after)


@object_type(
    views.PersonPrivate,
    name="PersonPrivate",
    description="A person with their private fields and records: what the person "
    "themself, coordinators and administrators see.",
)
class PersonPrivate(Person):
    @fields.field(description="Training this person has completed.")
    async def training_records(
        self, info: Info, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[TrainingRecord]:
        return await _records(info, self.id, db.TrainingRecord, TrainingRecord, first, after)

    @fields.field(description="Declarations of interest.")
    async def interests(
        self, info: Info, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[Interest]:
        return await _records(info, self.id, db.Interest, Interest, first, after)

    @fields.field(description="When this person cannot attend.")
    async def unavailability(
        self, info: Info, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[Unavailability]:
        return await _records(info, self.id, db.Unavailability, Unavailability, first, after)


_NODE_TYPES: dict[type[views.PersonPublic], type[Person]] = {
    views.PersonPublic: PersonPublic,
    views.PersonPrivate: PersonPrivate,
}


def person_node(actor: Actor, row: object) -> Person:
    """The caller's type for this person (a row or a mapping of the listed columns)."""
    person_id: uuid.UUID = row["id"] if isinstance(row, Mapping) else getattr(row, "id")  # noqa: B009
    return node(_NODE_TYPES[views.person_view(actor, person_id)], row)
