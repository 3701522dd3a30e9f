"""Post: the letters waiting for a coordinator to print, and marking one posted.

Coordinators and administrators only (``PEOPLE_READ_PRIVATE``): a letter names the
person's postal address and carries the message to print, so it is private to them.
A letter leaves the queue only when someone says it went (audited), never by itself.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Membership, OutgoingMessage, Person
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.service import get_board
from app.domain.errors import Conflict
from app.domain.notifications import log
from app.domain.notifications.queue import PENDING, PRINTED
from app.domain.pagination import Page, PageRequest, paginate


@dataclass(frozen=True)
class Letter:
    id: uuid.UUID
    person_id: uuid.UUID
    display_name: str
    postal_address: str
    template: str
    subject: str
    body: str
    created_at: datetime


def _waiting() -> list[ColumnElement[bool]]:
    return [
        col(OutgoingMessage.channel) == "post",
        col(OutgoingMessage.status) == PENDING,
        col(OutgoingMessage.next_attempt_at).is_(None),
        col(OutgoingMessage.body).is_not(None),
    ]


async def print_queue(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, page: PageRequest
) -> Page[Letter]:
    """Letters waiting for the board's current members, oldest first, in one query."""
    board = await get_board(session, actor, board_id)  # another organisation's: 404
    require(actor, Permission.PEOPLE_READ_PRIVATE)
    members = select(Membership.person_id).where(
        Membership.board_id == board.id, col(Membership.status) != "left"
    )
    statement = select(OutgoingMessage).where(
        OutgoingMessage.organisation_id == actor.organisation_id,
        col(OutgoingMessage.person_id).in_(members),
        *_waiting(),
    )
    found = await paginate(session, statement, OutgoingMessage.id, page)
    ids = {row.person_id for row in found.items}
    names: dict[uuid.UUID, str] = (
        {
            row.id: row.display_name
            for row in await session.execute(
                select(Person.id, Person.display_name).where(col(Person.id).in_(ids))
            )
        }
        if ids
        else {}
    )
    return Page(
        [
            Letter(
                row.id,
                row.person_id,
                names.get(row.person_id, ""),
                row.recipient,
                row.template,
                row.subject,
                row.body or "",
                row.created_at,
            )
            for row in found.items
        ],
        found.next_cursor,
    )


async def mark_posted(session: AsyncSession, actor: Actor, message_id: uuid.UUID) -> log.Entry:
    require(actor, Permission.PEOPLE_READ_PRIVATE)
    row = await store.one(
        session,
        OutgoingMessage,
        message_id,
        (col(OutgoingMessage.organisation_id) == actor.organisation_id)
        & (col(OutgoingMessage.channel) == "post"),
        "letter",
    )
    now = utcnow()
    # Conditional, so two coordinators confirming at once record one posting.
    result = await session.execute(
        update(OutgoingMessage)
        .where(col(OutgoingMessage.id) == row.id, *_waiting())
        .values(status=PRINTED, sent_at=now, body=None, text_body=None)
        .returning(col(OutgoingMessage.id))
        .execution_options(synchronize_session=False)
    )
    if result.first() is None:
        raise Conflict("This letter was already marked posted.")
    audit.record(
        session, actor, "letter.posted", "outgoing_message", row.id, row.organisation_id, {"status"}
    )
    await session.refresh(row)
    return log.entry(row, now)
