"""A person's notification log: what was sent them, how, and what became of it.

The person, coordinators and administrators only. It names the template and subject,
never the body or the address it went to.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import OutgoingMessage
from app.db.types import utcnow
from app.domain.actors import Actor, Permission, require_self_or
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.people.service import get_person

# Our rows' states in the words the log uses.
_SHOWN = {
    "pending": "queued",
    "sending": "queued",
    "sent": "sent",
    "failed": "failed",
    "undeliverable": "failed",
    "withheld": "withheld",
    "printed": "printed",
}


@dataclass(frozen=True)
class Entry:
    id: uuid.UUID
    person_id: uuid.UUID
    channel: str
    template: str
    subject: str
    status: str
    attempts: int
    created_at: datetime
    held_until: datetime | None
    last_attempt_at: datetime | None
    sent_at: datetime | None


def entry(row: OutgoingMessage, now: datetime) -> Entry:
    status = _SHOWN[row.status]
    if status == "queued" and row.held_until is not None and row.held_until > now:
        status = "held"
    return Entry(
        row.id,
        row.person_id,
        row.channel,
        row.template,
        row.subject,
        status,
        row.attempts,
        row.created_at,
        row.held_until,
        row.last_attempt_at,
        row.sent_at,
    )


async def list_notifications(
    session: AsyncSession, actor: Actor, person_id: uuid.UUID, page: PageRequest
) -> Page[Entry]:
    await get_person(session, actor, person_id)  # another organisation's: 404
    require_self_or(actor, person_id, Permission.PEOPLE_READ_PRIVATE)
    statement = select(OutgoingMessage).where(
        OutgoingMessage.person_id == person_id,
        OutgoingMessage.organisation_id == actor.organisation_id,
    )
    found = await paginate(session, statement, OutgoingMessage.id, page)
    now = utcnow()
    return Page([entry(row, now) for row in found.items], found.next_cursor)
