"""``me``: the caller, their organisation, roles, scopes and board memberships."""

from __future__ import annotations

import uuid

import strawberry

from app.api.graphql.boards import Membership, membership_nodes
from app.api.graphql.context import Info
from app.api.graphql.enums import ActorKind, OrgRole
from app.api.graphql.people import Person, person_node
from app.api.graphql.selection import selects
from app.domain.auth.identity import me as load_me


@strawberry.type
class Organisation:
    id: uuid.UUID
    name: str


@strawberry.type(description="A partner system calling with client credentials.")
class ApiClient:
    id: uuid.UUID
    name: str
    client_id: str


@strawberry.type
class Me:
    kind: ActorKind
    organisation: Organisation
    person: Person | None = strawberry.field(description="Null for an API client.")
    client: ApiClient | None = strawberry.field(description="Null for a person.")
    roles: list[OrgRole]
    scopes: list[str] = strawberry.field(description="OAuth scopes, for an API client.")
    memberships: list[Membership] = strawberry.field(description="Your own, oldest first.")


async def resolve_me(info: Info) -> Me:
    context = info.context
    actor = context.actor
    async with context.reading() as session:
        found = await load_me(session, actor)
    person = person_node(actor, found.person) if found.person is not None else None
    memberships = await membership_nodes(
        context,
        found.memberships,
        person=person,
        with_board=selects(info, "memberships", "board"),
    )
    return Me(
        kind=ActorKind(actor.kind),
        organisation=Organisation(id=found.organisation.id, name=found.organisation.name),
        person=person,
        client=(
            ApiClient(id=found.client.id, name=found.client.name, client_id=found.client.client_id)
            if found.client is not None
            else None
        ),
        roles=sorted(actor.roles),
        scopes=sorted(actor.scopes),
        memberships=memberships,
    )
