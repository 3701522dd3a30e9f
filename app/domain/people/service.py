"""Use cases for people. Every query is filtered to the actor's organisation."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, RowMapping, String, cast, func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Person
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, OrgRole, Permission, require
from app.domain.auth import email_change
from app.domain.auth.link_tokens import revoke_open
from app.domain.auth.refresh import revoke_all_for_person
from app.domain.errors import Conflict, PermissionDenied, RuleViolation
from app.domain.meetings import calendar as calendar_feeds
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.passwords import hash_password, verify_password
from app.domain.people.schemas import PasswordChange, PersonCreate, PersonUpdate
from app.domain.versions import Precondition, check_version

# Fields only the person, coordinators and administrators may see. Audit rows name them
# like any other field, but never hold their values.
PRIVATE_FIELDS = frozenset(
    {"email", "pending_email", "phone", "lived_experience_categories", "access_needs"}
)


def can_see_private(actor: Actor, person_id: uuid.UUID) -> bool:
    return actor.is_self(person_id) or actor.can(Permission.PEOPLE_READ_PRIVATE)


def readable(actor: Actor) -> ColumnElement[bool]:
    return col(Person.organisation_id) == actor.organisation_id


async def get_person(session: AsyncSession, actor: Actor, person_id: uuid.UUID) -> Person:
    if not actor.is_self(person_id):
        require(actor, Permission.PEOPLE_READ)
    return await store.one(session, Person, person_id, readable(actor), "person")


async def list_people(
    session: AsyncSession, actor: Actor, page: PageRequest, *, role: OrgRole | None = None
) -> Page[Person]:
    require(actor, Permission.PEOPLE_READ)
    statement = select(Person).where(readable(actor))
    if role is not None:
        # Roles are a short JSON list whose text form is the same on both databases, so a
        # LIKE on the quoted name filters in SQL and keyset pages stay full.
        statement = statement.where(cast(col(Person.roles), String).like(f'%"{role.value}"%'))
    return await paginate(session, statement, Person.id, page)


async def people_by_ids(
    session: AsyncSession, actor: Actor, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Person]:
    """One query for any number of people: what GraphQL loaders and nested lists use."""
    require(actor, Permission.PEOPLE_READ)
    wanted = set(ids)
    if not wanted:
        return {}
    rows = await session.scalars(select(Person).where(col(Person.id).in_(wanted), readable(actor)))
    return {p.id: p for p in rows}


# What lists show of a person (PersonPublic and PersonPrivate), never the password hash.
LISTED_COLUMNS = (
    "id",
    "display_name",
    "pronouns",
    "roles",
    "active",
    "created_at",
    "updated_at",
    "email",
    "pending_email",
    "phone",
    "lived_experience_categories",
    "access_needs",
    "version",
)


async def person_rows_by_ids(
    session: AsyncSession, actor: Actor, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, RowMapping]:
    """Like ``people_by_ids`` but plain rows of the listed columns: building ORM objects
    was most of a large nested list's time, and lists never change what they read."""
    require(actor, Permission.PEOPLE_READ)
    wanted = set(ids)
    if not wanted:
        return {}
    columns = [getattr(Person, name) for name in LISTED_COLUMNS]
    rows = await session.execute(
        select(*columns).where(col(Person.id).in_(wanted), readable(actor))
    )
    return {row["id"]: row for row in rows.mappings()}


async def _email_taken(
    session: AsyncSession, organisation_id: uuid.UUID, email: str, except_id: uuid.UUID | None
) -> bool:
    statement = (
        select(func.count())
        .select_from(Person)
        .where(Person.organisation_id == organisation_id, Person.email == email)
    )
    if except_id is not None:
        statement = statement.where(Person.id != except_id)
    return bool(await session.scalar(statement))


def _check_role_grant(actor: Actor, roles: Sequence[OrgRole]) -> None:
    if set(roles) - {OrgRole.MEMBER} and not actor.can(Permission.PEOPLE_GRANT_ROLES):
        raise PermissionDenied("Only administrators may give a person a role other than member.")


async def create_person(session: AsyncSession, actor: Actor, data: PersonCreate) -> Person:
    require(actor, Permission.PEOPLE_WRITE)
    _check_role_grant(actor, data.roles)
    if data.initial_password is not None and not actor.can(Permission.PEOPLE_GRANT_ROLES):
        raise PermissionDenied("Only administrators may set a person's initial password.")
    email = str(data.email).lower()
    if await _email_taken(session, actor.organisation_id, email, None):
        raise Conflict("A person with that email address already exists.")
    person = Person(
        organisation_id=actor.organisation_id,
        email=email,
        display_name=data.display_name,
        pronouns=data.pronouns,
        phone=data.phone,
        roles=sorted(set(data.roles)),
        lived_experience_categories=data.lived_experience_categories,
        access_needs=data.access_needs,
        password_hash=(
            hash_password(data.initial_password.get_secret_value(), "/initialPassword")
            if data.initial_password
            else None
        ),
    )
    session.add(person)
    await session.flush()
    fields = data.model_fields_set - {"initial_password"}
    audit.record(
        session, actor, "person.created", "person", person.id, person.organisation_id, fields
    )
    return person


async def update_person(
    session: AsyncSession,
    actor: Actor,
    person_id: uuid.UUID,
    data: PersonUpdate,
    expected_version: Precondition,
    *,
    feed_base_url: str,
    confirm_email_url: str,
) -> Person:
    """``feed_base_url`` is where personal calendar feeds are served, for the new feed
    URL a reactivated person is sent; ``confirm_email_url`` the front end's page that
    confirms a new sign-in email (the link sent to it)."""
    person = await get_person(session, actor, person_id)
    changes = data.changes()
    own_fields = {"display_name", "pronouns", "phone", "access_needs", "email"}
    if not (actor.is_self(person_id) and set(changes) <= own_fields):
        require(actor, Permission.PEOPLE_WRITE)
    check_version(person.version, expected_version)
    staff = set(person.roles) - {OrgRole.MEMBER.value}
    if staff and not actor.is_self(person_id) and {"roles", "active", "email"} & set(changes):
        # Otherwise a coordinator could lock an administrator out.
        require(actor, Permission.PEOPLE_GRANT_ROLES)
    if "roles" in changes:
        changes["roles"] = sorted(set(changes["roles"]))
        if set(changes["roles"]) != set(person.roles):
            _check_role_grant(actor, [*changes["roles"], *map(OrgRole, person.roles)])
    if "email" in changes:
        # Not changed here: the new address must confirm it first (auth/email_change.py).
        email = str(changes.pop("email")).lower()
        if email == person.email:
            # Asking for the address in force withdraws a pending change.
            changes["pending_email"] = None
        elif await _email_taken(session, person.organisation_id, email, person.id):
            raise Conflict("A person with that email address already exists.")
        else:
            changes["pending_email"] = email
    if "active" in changes and changes["active"] != person.active:
        # Every access token ends with the deactivation, and none comes back with a later
        # reactivation: the actor lookup matches the version.
        person.token_version += 1
    changed = await store.patch(session, actor, person, changes, "person")
    if "active" in changed:
        # Reactivating someone later must not bring their old sign-ins back.
        await revoke_all_for_person(session, person.id)
        await calendar_feeds.on_reactivation_change(session, actor, person, feed_base_url)
    if "pending_email" in changed:
        if person.pending_email is None:
            await revoke_open(session, person.id, (email_change.EMAIL_CHANGE,), utcnow())
        else:
            await email_change.send_confirmation(session, actor, person, confirm_email_url)
    return person


async def change_own_password(session: AsyncSession, actor: Actor, data: PasswordChange) -> None:
    if not actor.is_person:
        raise PermissionDenied("Only people have passwords.")
    person = await get_person(session, actor, actor.id)
    if not verify_password(data.current_password.get_secret_value(), person.password_hash):
        raise RuleViolation.field("/currentPassword", "The current password is not correct.")
    person.password_hash = hash_password(data.new_password.get_secret_value(), "/newPassword")
    # Every access token issued before, this one included, stops working at once.
    person.token_version += 1
    person.updated_at = utcnow()
    await session.flush()
    # A new password ends every other sign-in.
    await revoke_all_for_person(session, person.id)
    audit.record(
        session, actor, "person.password_changed", "person", person.id, person.organisation_id
    )
