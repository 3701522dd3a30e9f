"""Telling people a meeting changed: its time or place, a postponement, a new date, a
cancellation. Those told are the ones its papers go to (the board's active members and
the seat holders at it), found in one query before a cancellation releases the seats."""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Board, Meeting, Person
from app.domain.actors import Actor
from app.domain.notifications import outbox
from app.domain.notifications.wording import when
from app.domain.papers.entitlement import entitled

# What a change of time or place is, for the PATCH that makes one.
WHERE_AND_WHEN = frozenset({"starts_at", "ends_at", "location", "online_url"})
CHANGED = "meeting_changed"
POSTPONED = "meeting_postponed"
RESCHEDULED = "meeting_rescheduled"
CANCELLED = "meeting_cancelled"


async def audience(session: AsyncSession, meeting: Meeting) -> set[uuid.UUID]:
    return set(await entitled(session, meeting, []))


def place(meeting: Meeting) -> str:
    # The joining link stays in Chorus: a forwarded email should not let anyone in.
    if meeting.location and meeting.online_url:
        return f"{meeting.location}, or online (the link is in Chorus)"
    if meeting.location:
        return meeting.location
    return "online (the link is in Chorus)" if meeting.online_url else "to be confirmed"


async def tell(
    session: AsyncSession,
    actor: Actor,
    meeting: Meeting,
    template: str,
    people: Collection[uuid.UUID] | None = None,
) -> int:
    if people is None:
        people = await audience(session, meeting)
    board = await session.get_one(Board, meeting.board_id)
    common = {
        "board": board.name,
        "meeting": meeting.title,
        "date": when(meeting.starts_at, board.timezone),
    }
    if template in (CHANGED, RESCHEDULED):
        common["place"] = place(meeting)

    def values(person: Person) -> dict[str, str]:
        return {"name": person.display_name, **common}

    return await outbox.enqueue_many(
        session,
        people,
        template,
        values,
        easy=board.easy_read_notifications,
        actor=actor,
    )
