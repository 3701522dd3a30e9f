"""Organisations (tenants) and their first administrator."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import Organisation, Person
from app.domain import audit, store
from app.domain.actors import Actor, OrgRole, Permission, require
from app.domain.errors import Conflict, NotFound, RuleViolation
from app.domain.passwords import hash_password
from app.domain.schemas import Patch
from app.domain.versions import Precondition, check_version


class OrganisationUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"name", "small_count_threshold"})

    name: str | None = Field(default=None, min_length=1, max_length=200)
    small_count_threshold: int | None = Field(
        default=None,
        ge=2,
        le=100,
        description="Counts about people below this are withheld in every report "
        '(themes, "you said, we did", equality monitoring). At least 2: suppression '
        "cannot be switched off.",
    )


async def create_organisation(
    session: AsyncSession, name: str, admin_email: str, admin_password: str
) -> tuple[Organisation, Person]:
    """An organisation with its first administrator. Run by operators, not over the API."""
    name = name.strip()
    if not name:
        raise RuleViolation.field("/name", "An organisation needs a name.")
    email = admin_email.strip().lower()
    if "@" not in email:
        raise RuleViolation.field("/adminEmail", "That is not an email address.")
    if await session.scalar(select(func.count()).select_from(Person).where(Person.email == email)):
        raise Conflict("A person with that email address already exists.")
    organisation = Organisation(name=name)
    session.add(organisation)
    await session.flush()
    admin = Person(
        organisation_id=organisation.id,
        email=email,
        display_name="Administrator",
        roles=[OrgRole.ADMINISTRATOR.value],
        password_hash=hash_password(admin_password, "/adminPassword"),
    )
    session.add(admin)
    await session.flush()
    audit.record(
        session,
        None,
        "organisation.created",
        "organisation",
        organisation.id,
        organisation.id,
        {"name"},
    )
    audit.record(
        session, None, "person.created", "person", admin.id, organisation.id, {"email", "roles"}
    )
    return organisation, admin


async def bootstrap(
    session: AsyncSession, name: str, admin_email: str | None, admin_password: str | None
) -> Organisation | None:
    """On first start, when nobody exists yet, create the organisation and its administrator."""
    if not admin_email or not admin_password:
        return None
    if await session.scalar(select(func.count()).select_from(Person)):
        return None
    organisation, _ = await create_organisation(session, name, admin_email, admin_password)
    return organisation


async def get_organisation(session: AsyncSession, actor: Actor) -> Organisation:
    """The caller's own organisation; every signed-in caller may read its settings."""
    organisation = await session.get(Organisation, actor.organisation_id)
    if organisation is None:  # a token outliving its organisation
        raise NotFound("organisation")
    return organisation


async def update_organisation(
    session: AsyncSession, actor: Actor, data: OrganisationUpdate, expected: Precondition
) -> Organisation:
    organisation = await get_organisation(session, actor)
    require(actor, Permission.ORGANISATION_MANAGE)
    check_version(organisation.version, expected)
    changed = store.apply(organisation, data.changes())
    if changed:
        await session.flush()
        audit.record(
            session,
            actor,
            "organisation.updated",
            "organisation",
            organisation.id,
            organisation.id,
            changed,
        )
    return organisation
