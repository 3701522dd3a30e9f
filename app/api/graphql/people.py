"""People and what is recorded about them, as GraphQL types.

Rows are mapped once into plain objects, so every leaf is an attribute read rather than
a resolver call. Private fields are decided at mapping time with the domain's
``can_see_private``; the records are private too, and read through the domain's
``list_records``, which refuses callers who may not see them (the field is then null
with a FORBIDDEN error).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

import strawberry

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.enums import OrgRole
from app.db import models as db
from app.domain.actors import Actor
from app.domain.pagination import DEFAULT_LIMIT
from app.domain.people import records
from app.domain.people.service import can_see_private

PRIVATE = "Private: null unless you are this person, a coordinator or an administrator."
PRIVATE_RECORDS = (
    "Private: for anyone but this person, coordinators and administrators, null with a "
    "FORBIDDEN error."
)


@strawberry.type
class TrainingRecord:
    id: uuid.UUID
    person_id: uuid.UUID
    training_type: str
    completed_on: date
    expires_on: date | None
    provider: str | None
    created_at: datetime

    @classmethod
    def from_row(cls, row: db.TrainingRecord) -> TrainingRecord:
        return cls(
            id=row.id,
            person_id=row.person_id,
            training_type=row.training_type,
            completed_on=row.completed_on,
            expires_on=row.expires_on,
            provider=row.provider,
            created_at=row.created_at,
        )


@strawberry.type(description="A declaration of interest.")
class Interest:
    id: uuid.UUID
    person_id: uuid.UUID
    description: str
    topic_tags: list[str]
    declared_on: date
    created_at: datetime

    @classmethod
    def from_row(cls, row: db.Interest) -> Interest:
        return cls(
            id=row.id,
            person_id=row.person_id,
            description=row.description,
            topic_tags=list(row.topic_tags),
            declared_on=row.declared_on,
            created_at=row.created_at,
        )


@strawberry.type
class Unavailability:
    id: uuid.UUID
    person_id: uuid.UUID
    starts_on: date
    ends_on: date
    reason: str | None
    created_at: datetime

    @classmethod
    def from_row(cls, row: db.Unavailability) -> Unavailability:
        return cls(
            id=row.id,
            person_id=row.person_id,
            starts_on=row.starts_on,
            ends_on=row.ends_on,
            reason=row.reason,
            created_at=row.created_at,
        )


RecordNode = TypeVar("RecordNode", TrainingRecord, Interest, Unavailability)


async def _records(
    info: Info,
    person_id: uuid.UUID,
    model: type[records.R],
    to_node: Callable[[records.R], RecordNode],
    first: int,
    after: str | None,
) -> Connection[RecordNode]:
    request = page_request(first, after)
    async with info.context.reading() as session:
        page = await records.list_records(session, info.context.actor, person_id, model, request)
    return connection([to_node(r) for r in page.items], page.next_cursor, after)


@strawberry.type(description="A person of the organisation.")
class Person:
    id: uuid.UUID
    display_name: str
    pronouns: str | None
    roles: list[OrgRole]
    active: bool
    created_at: datetime
    updated_at: datetime | None
    version: int = strawberry.field(
        description="The row version: send it back as `version` to updatePerson."
    )
    email: str | None = strawberry.field(description=PRIVATE)
    phone: str | None = strawberry.field(description=PRIVATE)
    lived_experience_categories: list[str] | None = strawberry.field(description=PRIVATE)
    access_needs: str | None = strawberry.field(description=PRIVATE)

    @fields.field(description=PRIVATE_RECORDS)
    async def training_records(
        self, info: Info, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[TrainingRecord] | None:
        return await _records(
            info, self.id, db.TrainingRecord, TrainingRecord.from_row, first, after
        )

    @fields.field(description=PRIVATE_RECORDS)
    async def interests(
        self, info: Info, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[Interest] | None:
        return await _records(info, self.id, db.Interest, Interest.from_row, first, after)

    @fields.field(description=PRIVATE_RECORDS)
    async def unavailability(
        self, info: Info, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[Unavailability] | None:
        return await _records(
            info, self.id, db.Unavailability, Unavailability.from_row, first, after
        )


def person_node(actor: Actor, row: db.Person) -> Person:
    private = can_see_private(actor, row.id)
    return Person(
        id=row.id,
        display_name=row.display_name,
        pronouns=row.pronouns,
        roles=[OrgRole(r) for r in row.roles],
        active=row.active,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        email=row.email if private else None,
        phone=row.phone if private else None,
        lived_experience_categories=list(row.lived_experience_categories) if private else None,
        access_needs=row.access_needs if private else None,
    )
