"""Reading the messages a change queued, for the notification trigger tests."""

from __future__ import annotations

import uuid
from collections import Counter

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import OutgoingMessage


async def queued(
    db: async_sessionmaker[AsyncSession], template: str | None = None
) -> list[OutgoingMessage]:
    async with db() as session:
        statement = select(OutgoingMessage).order_by(col(OutgoingMessage.id))
        if template is not None:
            statement = statement.where(OutgoingMessage.template == template)
        return list(await session.scalars(statement))


def people(messages: list[OutgoingMessage]) -> Counter[uuid.UUID]:
    """How many messages each person got: a trigger writes one per event and person."""
    return Counter(m.person_id for m in messages)
