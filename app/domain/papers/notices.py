"""Telling recipients that papers have reached them: one message per person per
circulation, naming every paper in it, written with the circulation.

A paper still under embargo is left out of the message (its title is not for members
yet); a circulation of only embargoed papers tells nobody now.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Board, Meeting, Paper, Person
from app.db.types import utcnow
from app.domain.actors import Actor
from app.domain.notifications import outbox
from app.domain.notifications.wording import listed, when


async def papers_sent(
    session: AsyncSession,
    actor: Actor,
    meeting: Meeting,
    board: Board,
    papers: list[Paper],
    people: Collection[uuid.UUID],
    *,
    late_reason: str | None,
    revision: bool = False,
) -> int:
    now = utcnow()
    shown = [p for p in papers if p.embargo_until is None or p.embargo_until <= now]
    if not shown:
        return 0
    if revision:
        template = "paper_new_version"
    else:
        template = "papers_circulated_late" if late_reason else "papers_circulated"
    common = {
        "board": board.name,
        "meeting": meeting.title,
        "date": when(meeting.starts_at, board.timezone),
        "papers": listed(p.title for p in shown),
    }
    if late_reason and not revision:
        common["reason"] = late_reason

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
