"""Applying each person's preferences to messages as they come due, inside the claim.

Callers queue a message by email in their own transaction (``outbox.enqueue``); the
preference is read here, each time a message is due, so a change of channel, quiet hours
or an opt-out applies to messages already waiting, and no caller has to know about it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import NotificationPreference, OutgoingMessage, Person
from app.domain import audit
from app.domain.notifications.schemas import NotificationChannel as Channel
from app.domain.notifications.templates import FALLBACK_TEXT
from app.domain.notifications.timing import ACCOUNT_TEMPLATES, release_at

WITHHELD = "withheld"
NO_TEXT_NUMBER = "undeliverable: no phone number for text messages"


@dataclass(frozen=True)
class Due:
    id: uuid.UUID
    organisation_id: uuid.UUID
    person_id: uuid.UUID
    template: str
    channel: str
    held_until: datetime | None


@dataclass(frozen=True)
class Routed:
    """The messages to send now, and for each digest reader, which they are."""

    send: list[uuid.UUID]
    digest_of: dict[uuid.UUID, uuid.UUID]


async def route(session: AsyncSession, due: list[Due], now: datetime) -> Routed:
    people = {d.person_id for d in due}
    preferences = {
        p.person_id: p
        for p in await session.scalars(
            select(NotificationPreference).where(col(NotificationPreference.person_id).in_(people))
        )
    }
    phones: dict[uuid.UUID, str | None] = {
        row.id: row.phone
        for row in await session.execute(
            select(Person.id, Person.phone).where(col(Person.id).in_(people))
        )
    }
    send: list[uuid.UUID] = []
    digest_of: dict[uuid.UUID, uuid.UUID] = {}
    for message in due:
        preference = preferences.get(message.person_id)
        values = _decide(message, preference, phones.get(message.person_id), now)
        if values is None:
            send.append(message.id)
            if preference is not None and preference.digest:
                digest_of[message.id] = message.person_id
            continue
        await session.execute(
            update(OutgoingMessage)
            .where(col(OutgoingMessage.id) == message.id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if values.get("channel") == Channel.TEXT.value:
            send.append(message.id)
        elif values.get("status") == "undeliverable":
            failed(session, message.organisation_id, message.id, message.person_id)
    return Routed(send, digest_of)


def failed(
    session: AsyncSession, organisation_id: uuid.UUID, message_id: uuid.UUID, person_id: uuid.UUID
) -> None:
    """Given up on: IDs only, as every event."""
    audit.emit(
        session,
        organisation_id,
        "notification.failed",
        {"notificationId": str(message_id), "personId": str(person_id)},
    )


def _decide(
    message: Due, preference: NotificationPreference | None, phone: str | None, now: datetime
) -> dict[str, object] | None:
    """What to change before sending; None to send as it stands."""
    if preference is None or message.template in ACCOUNT_TEMPLATES:
        return None
    if preference.channel == Channel.NONE.value:
        return {
            "status": WITHHELD,
            "body": None,
            "text_body": None,
            "next_attempt_at": None,
            "held_until": None,
        }
    # Held once and now released: send, even if the worker comes late and the digest hour
    # has passed, rather than hold it another day.
    released = message.held_until is not None and message.held_until <= now
    held = None if released else release_at(preference, message.template, now)
    if held is not None:
        return {"next_attempt_at": held, "held_until": held}
    if preference.channel == Channel.POST.value:
        # Out of the worker's due set: it waits in the print queue for a coordinator.
        return {
            "channel": Channel.POST.value,
            "recipient": preference.postal_address or "",
            "next_attempt_at": None,
            "held_until": None,
        }
    if preference.channel == Channel.TEXT.value and message.channel == Channel.EMAIL.value:
        if not phone:
            return {
                "status": "undeliverable",
                "body": None,
                "text_body": None,
                "last_error": NO_TEXT_NUMBER,
            }
        # The email's wording never goes by text: only the short text wording written with
        # it, which carries no amount and nothing about the person.
        return {
            "channel": Channel.TEXT.value,
            "recipient": phone,
            "body": func.coalesce(col(OutgoingMessage.text_body), FALLBACK_TEXT),
            "text_body": None,
        }
    # A message already moved to text stays there: its email address was not kept.
    return None
