"""Writing a message: a row in the caller's transaction, so it is sent only if the change
that caused it commits, and is not lost if the mail server is down."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import OutgoingMessage, Person
from app.db.types import utcnow
from app.domain.actors import Actor
from app.domain.notifications import templates


def enqueue(
    session: AsyncSession,
    person: Person,
    template: str,
    values: dict[str, str],
    *,
    recipient: str | None = None,
    easy: bool = False,
) -> OutgoingMessage:
    """``recipient`` overrides the person's address: a confirmation goes to the new one."""
    rendered = templates.render(template, values, easy=easy)
    message = OutgoingMessage(
        organisation_id=person.organisation_id,
        person_id=person.id,
        channel="email",
        template=template,
        recipient=recipient or person.email,
        subject=rendered.subject,
        body=rendered.body,
        text_body=rendered.text,
        next_attempt_at=utcnow(),
    )
    session.add(message)
    return message


Values = Callable[[Person], dict[str, str]]


async def active_people(
    session: AsyncSession, person_ids: Collection[uuid.UUID], actor: Actor | None = None
) -> dict[uuid.UUID, Person]:
    """Those of ``person_ids`` still active, in one SELECT. ``actor``, if a person, made
    the change and needs no telling of it."""
    wanted = set(person_ids)
    if actor is not None and actor.is_person:
        wanted.discard(actor.id)
    if not wanted:
        return {}
    found = await session.scalars(
        select(Person).where(col(Person.id).in_(wanted), col(Person.active))
    )
    return {p.id: p for p in found}


async def enqueue_many(
    session: AsyncSession,
    person_ids: Collection[uuid.UUID],
    template: str,
    values: Values,
    *,
    easy: bool = False,
    actor: Actor | None = None,
) -> int:
    """One message to each of ``person_ids`` who is still active, however many: one SELECT
    of the people, and the rows go in as one multi-row INSERT at the caller's flush.
    ``values`` gives each person's values (their name, at least)."""
    people = await active_people(session, person_ids, actor)
    for person in sorted(people.values(), key=lambda p: p.id):
        enqueue(session, person, template, values(person), easy=easy)
    return len(people)
