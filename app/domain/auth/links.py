"""Single-use links to set a password: invitations from a coordinator, and resets.

A link's token is 256 random bits, sent once by email and kept only as its SHA-256
digest. Issuing a link revokes the person's earlier unused links of the same kind, so
only the newest works; using one ends every other, and with it every earlier sign-in.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Organisation, PasswordResetRequest, Person
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, OrgRole, Permission, require
from app.domain.auth.link_tokens import issue as issue
from app.domain.auth.link_tokens import revoke_open, spend
from app.domain.auth.refresh import revoke_all_for_person
from app.domain.errors import Conflict, RuleViolation
from app.domain.notifications import outbox
from app.domain.passwords import check_password, hash_password
from app.domain.people.service import readable
from app.settings import Settings

INVITATION, RESET = "invitation", "reset"
_SPENT = (
    "This link cannot be used: it has expired, it was already used, or a newer one was "
    "sent. Ask for a new one."
)


@dataclass(frozen=True)
class LinkConfig:
    set_password_url: str
    invitation_ttl: timedelta
    reset_ttl: timedelta

    @classmethod
    def from_settings(cls, settings: Settings) -> LinkConfig:
        return cls(
            settings.set_password_url,
            timedelta(days=settings.invitation_days),
            timedelta(minutes=settings.password_reset_minutes),
        )


@dataclass(frozen=True)
class Invitation:
    person_id: uuid.UUID
    expires_at: datetime
    message_id: uuid.UUID


def link_url(config: LinkConfig, token: str) -> str:
    # In the fragment: browsers send it to no server, so no log or Referer holds it.
    return f"{config.set_password_url}#token={token}"


def _values(person: Person, organisation: str, link: str, expires_at: datetime) -> dict[str, str]:
    return {
        "name": person.display_name,
        "organisation": organisation,
        "link": link,
        "expires": f"{expires_at.day} {expires_at:%B %Y at %H:%M} UTC",
    }


async def invite(
    session: AsyncSession, actor: Actor, person_id: uuid.UUID, config: LinkConfig
) -> Invitation:
    require(actor, Permission.PEOPLE_WRITE)
    person = await store.one(session, Person, person_id, readable(actor), "person")
    if not person.active:
        raise Conflict("An inactive person cannot be invited: reactivate them first.")
    organisation = await session.get_one(Organisation, person.organisation_id)
    token, expires_at = await issue(session, person, INVITATION, config.invitation_ttl, actor.id)
    message = outbox.enqueue(
        session,
        person,
        "invitation",
        _values(person, organisation.name, link_url(config, token), expires_at),
    )
    await session.flush()
    audit.record(session, actor, "person.invited", "person", person.id, person.organisation_id)
    return Invitation(person.id, expires_at, message.id)


def request_reset(session: AsyncSession, email: str) -> None:
    """Queue a reset for this address. The request writes one row whatever the address,
    so neither its answer nor its time says whether anyone has it; the mail loop looks
    the address up (``expand_resets``)."""
    session.add(PasswordResetRequest(email=email.strip().lower()))


async def expand_resets(session: AsyncSession, config: LinkConfig, limit: int = 50) -> int:
    """Turn queued reset requests into one link and email per active person with that
    sign-in email (it is unique per organisation only). Each request is deleted as it is
    taken, in the same transaction, so it is expanded once however many workers run."""
    picked = list(
        await session.scalars(
            select(PasswordResetRequest.id)
            .order_by(col(PasswordResetRequest.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )
    if not picked:
        return 0
    emails = set(
        (
            await session.execute(
                delete(PasswordResetRequest)
                .where(col(PasswordResetRequest.id).in_(picked))
                .returning(col(PasswordResetRequest.email))
            )
        ).scalars()
    )
    people = (
        await session.scalars(
            select(Person)
            .where(col(Person.email).in_(emails), col(Person.active).is_(True))
            .order_by(col(Person.id))
        )
    ).all()
    rows = await session.execute(
        select(Organisation.id, Organisation.name).where(
            col(Organisation.id).in_({p.organisation_id for p in people})
        )
    )
    names = {row.id: row.name for row in rows}
    for person in people:
        token, expires_at = await issue(session, person, RESET, config.reset_ttl)
        outbox.enqueue(
            session,
            person,
            "password_reset",
            _values(person, names[person.organisation_id], link_url(config, token), expires_at),
        )
        audit.record(
            session,
            None,
            "person.password_reset_requested",
            "person",
            person.id,
            person.organisation_id,
        )
    await session.flush()
    return len(emails)


async def redeem(session: AsyncSession, token: str, purpose: str, password: str) -> Person:
    """Spend a link and set the person's password; every earlier sign-in ends."""
    # The rule first, so a refused password leaves the link usable for a better one.
    check_password(password, "/password")
    now = utcnow()
    person = await spend(session, token, purpose, now)
    if person is None:
        raise RuleViolation.field("/token", _SPENT)
    person.password_hash = hash_password(password, "/password")
    # Every access token issued before now stops working on its next request.
    person.token_version += 1
    person.updated_at = now
    await session.flush()
    await revoke_open(session, person.id, (INVITATION, RESET), now)
    await revoke_all_for_person(session, person.id)
    themselves = Actor(
        kind="person",
        id=person.id,
        organisation_id=person.organisation_id,
        roles=frozenset(OrgRole(r) for r in person.roles),
    )
    action = "person.invitation_accepted" if purpose == INVITATION else "person.password_reset"
    audit.record(
        session, themselves, action, "person", person.id, person.organisation_id, {"password"}
    )
    return person
