"""From a verified token to an Actor, checked against the database on every request.

Roles and scopes are read fresh rather than trusted from the token, so removing a role,
deactivating a person or deleting a client takes effect at once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import bindparam
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import ApiClient, Membership, Organisation, Person
from app.domain.actors import Actor, OrgRole, Scope
from app.domain.auth import external
from app.domain.auth.tokens import VerifiedToken
from app.domain.errors import Unauthenticated

_INVALID = "The access token is not valid."

# Built once: the statement's cache key is then found without walking a new expression.
_PERSON_ROLES = select(Person.roles).where(
    Person.id == bindparam("id"),
    Person.organisation_id == bindparam("org"),
    col(Person.active).is_(True),
)
_PERSON_ROLES_AT_VERSION = _PERSON_ROLES.where(Person.token_version == bindparam("ver"))
_CLIENT_SCOPES = select(ApiClient.scopes).where(
    ApiClient.id == bindparam("id"),
    ApiClient.organisation_id == bindparam("org"),
    col(ApiClient.active).is_(True),
)


def _person_actor(person: Person) -> Actor:
    return Actor(
        kind="person",
        id=person.id,
        organisation_id=person.organisation_id,
        roles=frozenset(OrgRole(r) for r in person.roles),
    )


async def resolve_actor(session: AsyncSession, token: VerifiedToken) -> Actor:
    if token.kind == "external":
        return _person_actor(await external.resolve(session, token))
    try:
        subject = uuid.UUID(token.subject)
    except ValueError:
        raise Unauthenticated(_INVALID) from None
    if token.organisation_id is None:
        raise Unauthenticated(_INVALID)
    # One primary-key read of the columns an actor needs, on the session's connection: an
    # ORM entity here (identity map, instance state, attribute events) cost more than the
    # query itself, on every request.
    connection = await session.connection()
    if token.kind == "person":
        # In the same statement: a password set since the token was issued ends it.
        params: dict[str, object] = {"id": subject, "org": token.organisation_id}
        statement = _PERSON_ROLES
        if token.version is not None:
            statement = _PERSON_ROLES_AT_VERSION
            params["ver"] = token.version
        roles = (await connection.execute(statement, params)).scalar()
        if roles is None:
            raise Unauthenticated(_INVALID)
        return Actor(
            kind="person",
            id=subject,
            organisation_id=token.organisation_id,
            roles=frozenset(OrgRole(r) for r in roles),
        )
    held = (
        await connection.execute(_CLIENT_SCOPES, {"id": subject, "org": token.organisation_id})
    ).scalar()
    if held is None:
        raise Unauthenticated(_INVALID)
    # A token keeps only the scopes its client still holds.
    scopes = frozenset(Scope(s) for s in set(held) & token.scopes)
    return Actor(kind="client", id=subject, organisation_id=token.organisation_id, scopes=scopes)


@dataclass(frozen=True)
class Me:
    actor: Actor
    organisation: Organisation
    person: Person | None
    client: ApiClient | None
    memberships: list[Membership] = field(default_factory=list)


async def me(session: AsyncSession, actor: Actor) -> Me:
    organisation = await session.get_one(Organisation, actor.organisation_id)
    if actor.is_person:
        person = await session.get_one(Person, actor.id)
        memberships = list(
            await session.scalars(
                select(Membership)
                .where(Membership.person_id == actor.id)
                .order_by(col(Membership.id))
            )
        )
        return Me(actor, organisation, person, None, memberships)
    client = await session.get_one(ApiClient, actor.id)
    return Me(actor, organisation, None, client)
