"""A person's notification preferences: channel, postal address, quiet hours, digest.

Private to the person, coordinators and administrators (``PEOPLE_READ_PRIVATE``, which no
API client scope grants): the postal address is personal data.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import NotificationPreference
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require_self_or
from app.domain.errors import PreconditionRequired, RuleViolation
from app.domain.notifications.schemas import NotificationChannel, NotificationPreferencesInput
from app.domain.people.service import get_person
from app.domain.versions import Precondition, check_version

_FIELDS = ("channel", "postal_address", "quiet_from", "quiet_until", "digest", "digest_hour")


@dataclass(frozen=True)
class Preferences:
    person_id: uuid.UUID
    channel: str
    postal_address: str | None
    quiet_from: time | None
    quiet_until: time | None
    digest: bool
    digest_hour: int
    version: int | None  # None until first set
    updated_at: datetime | None


def _view(person_id: uuid.UUID, row: NotificationPreference | None) -> Preferences:
    if row is None:
        return Preferences(person_id, "email", None, None, None, False, 8, None, None)
    return Preferences(
        person_id,
        row.channel,
        row.postal_address,
        row.quiet_from,
        row.quiet_until,
        row.digest,
        row.digest_hour,
        row.version,
        row.updated_at or row.created_at,
    )


async def load(session: AsyncSession, person_id: uuid.UUID) -> NotificationPreference | None:
    """For the queue: no permission check, the caller is sending to this person."""
    found: NotificationPreference | None = await session.scalar(
        select(NotificationPreference).where(NotificationPreference.person_id == person_id)
    )
    return found


async def _row(
    session: AsyncSession, actor: Actor, person_id: uuid.UUID
) -> tuple[NotificationPreference | None, str | None]:
    person = await get_person(session, actor, person_id)  # another organisation's: 404
    require_self_or(actor, person_id, Permission.PEOPLE_READ_PRIVATE)
    return await load(session, person_id), person.phone


def _check(data: NotificationPreferencesInput, phone: str | None) -> None:
    if data.channel is NotificationChannel.POST and data.postal_address is None:
        raise RuleViolation.field("/postalAddress", "Post needs a postal address.")
    if data.channel is NotificationChannel.TEXT and not phone:
        raise RuleViolation.field(
            "/channel", "Text messages need a phone number on the person's record first."
        )
    if (data.quiet_from is None) != (data.quiet_until is None):
        raise RuleViolation.field(
            "/quietUntil" if data.quiet_until is None else "/quietFrom",
            "Quiet hours need both a start and an end.",
        )
    if data.quiet_from is not None and data.quiet_from == data.quiet_until:
        raise RuleViolation.field("/quietUntil", "Quiet hours must end at another time.")


async def get_preferences(session: AsyncSession, actor: Actor, person_id: uuid.UUID) -> Preferences:
    row, _ = await _row(session, actor, person_id)
    return _view(person_id, row)


async def set_preferences(
    session: AsyncSession,
    actor: Actor,
    person_id: uuid.UUID,
    data: NotificationPreferencesInput,
    expected_version: Precondition | None,
) -> Preferences:
    """Create or replace. Replacing needs If-Match. The queue reads them again before
    each send, so a change applies to messages already waiting."""
    row, phone = await _row(session, actor, person_id)
    _check(data, phone)
    changes: dict[str, object] = {
        "channel": data.channel.value,
        # Kept only while post is chosen: no reason to hold an address we do not use.
        "postal_address": data.postal_address if data.channel is NotificationChannel.POST else None,
        "quiet_from": data.quiet_from,
        "quiet_until": data.quiet_until,
        "digest": data.digest,
        "digest_hour": data.digest_hour,
    }
    if row is None:
        row = NotificationPreference(organisation_id=actor.organisation_id, person_id=person_id)
        changed = {k for k in _FIELDS if getattr(row, k) != changes[k]}
        session.add(row)
    else:
        if expected_version is None:
            raise PreconditionRequired(
                "Send If-Match with the ETag of the preferences you read to change them."
            )
        check_version(row.version, expected_version)
        changed = {k for k in _FIELDS if getattr(row, k) != changes[k]}
    for key in changed:
        setattr(row, key, changes[key])
    if changed:
        row.updated_at = utcnow()
    await session.flush()
    if changed:
        audit.record(
            session,
            actor,
            "notification_preferences.updated",
            "notification_preferences",
            row.id,
            row.organisation_id,
            changed,
        )
    return _view(person_id, row)
