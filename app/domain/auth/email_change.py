"""Changing a person's sign-in email: it takes effect only once confirmed from the new
address, through a single-use link sent there (the links.py machinery, purpose
``email_change``). Until then the old address stays in force for sign-in and messages,
so a mistyped or hostile address cannot take the account away from its owner."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import Organisation, Person
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, OrgRole
from app.domain.auth.link_tokens import issue, spend
from app.domain.errors import Conflict, RuleViolation
from app.domain.notifications import outbox

EMAIL_CHANGE = "email_change"
TTL = timedelta(hours=24)
_SPENT = (
    "This link cannot be used: it has expired, it was already used, or a newer change "
    "was asked for. Ask for the change again."
)


async def email_taken(session: AsyncSession, person: Person, email: str) -> bool:
    found = await session.scalar(
        select(Person.id)
        .where(
            Person.organisation_id == person.organisation_id,
            Person.email == email,
            Person.id != person.id,
        )
        .limit(1)
    )
    return found is not None


async def send_confirmation(
    session: AsyncSession, actor: Actor, person: Person, confirm_url: str
) -> None:
    """Mail a link to ``person.pending_email``; any earlier change's link stops working."""
    assert person.pending_email is not None
    token, expires_at = await issue(session, person, EMAIL_CHANGE, TTL, actor.id)
    organisation = await session.get_one(Organisation, person.organisation_id)
    outbox.enqueue(
        session,
        person,
        "email_change",
        {
            "name": person.display_name,
            "organisation": organisation.name,
            "link": f"{confirm_url}#token={token}",
            "expires": f"{expires_at.day} {expires_at:%B %Y at %H:%M} UTC",
        },
        recipient=person.pending_email,
    )


async def confirm(session: AsyncSession, token: str) -> Person:
    """Spend the link and make the pending address the sign-in email."""
    now = utcnow()
    person = await spend(session, token, EMAIL_CHANGE, now)
    if person is None or person.pending_email is None:
        raise RuleViolation.field("/token", _SPENT)
    if await email_taken(session, person, person.pending_email):
        # Someone was given the address while the link was on its way.
        raise Conflict("A person with that email address already exists.")
    person.email, person.pending_email = person.pending_email, None
    person.updated_at = now
    await session.flush()
    themselves = Actor(
        kind="person",
        id=person.id,
        organisation_id=person.organisation_id,
        roles=frozenset(OrgRole(r) for r in person.roles),
    )
    audit.record(
        session,
        themselves,
        "person.email_confirmed",
        "person",
        person.id,
        person.organisation_id,
        {"email", "pending_email"},
    )
    return person
