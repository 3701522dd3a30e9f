"""Organisations (tenants) and their first administrator."""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import Organisation, Person
from app.domain import audit
from app.domain.actors import OrgRole
from app.domain.errors import Conflict, RuleViolation
from app.domain.passwords import hash_password


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
