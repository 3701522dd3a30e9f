"""Getting in over GraphQL: inviting a person goes through the same domain function as
``POST /people/{id}/invitation``. Setting a password from a link is REST only: it needs
no token, and the GraphQL endpoint answers only signed-in callers."""

from __future__ import annotations

import uuid

import strawberry

from app.api.graphql import fields
from app.api.graphql.context import Info
from app.api.graphql.derive import node, object_type
from app.api.views.access import InvitationView
from app.domain.auth import links


@object_type(InvitationView, name="Invitation")
class Invitation:
    pass


@strawberry.type
class AccessMutations:
    @fields.mutation(
        description=(
            "Emails the person a single-use link to choose a password; sending again "
            "revokes the earlier link. Coordinators and administrators."
        )
    )
    async def invite_person(self, info: Info, id: uuid.UUID) -> Invitation:
        config = links.LinkConfig.from_settings(info.context.state.settings)
        async with info.context.writing() as session:
            invitation = await links.invite(session, info.context.actor, id, config)
        return node(Invitation, invitation)
