"""``me``: the caller, their organisation, roles, scopes and board memberships, and their
meetings and schedule."""

from __future__ import annotations

import strawberry

from app.api.graphql.boards import Membership, membership_nodes
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, node, object_type
from app.api.graphql.enums import ActorKind
from app.api.graphql.meeting_lifecycle import my_meetings
from app.api.graphql.people import Person, person_node
from app.api.graphql.schedule import resolve_schedule
from app.api.graphql.selection import selects
from app.api.views import me as views
from app.domain.auth.identity import me as load_me


@object_type(views.OrganisationOut, name="Organisation")
class Organisation(Node):
    pass


@object_type(views.ApiClientSummary, name="ApiClient")
class ApiClient(Node):
    pass


@object_type(views.MeOut, name="Me")
class Me:
    # GraphQL names the kind as an enum, shows the caller through the Person interface,
    # and gives whole memberships (with their board) where REST gives a summary.
    kind: ActorKind
    person: Person | None
    memberships: list[Membership]

    meetings = strawberry.field(
        resolver=my_meetings,
        description="Your meetings (as `/me/meetings`): by start time, keyset-paginated. "
        "FORBIDDEN for an API client.",
    )
    schedule = strawberry.field(
        resolver=resolve_schedule,
        description="Your meetings ahead (with your seats and papers), open actions and "
        "claims waiting on you, in one request (as `/me/schedule`). FORBIDDEN for an API "
        "client.",
    )


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
    return node(
        Me,
        {
            "kind": ActorKind(actor.kind),
            "organisation": found.organisation,
            "person": person,
            "client": found.client,
            "roles": sorted(actor.roles),
            "scopes": sorted(actor.scopes),
            "memberships": memberships,
        },
    )
