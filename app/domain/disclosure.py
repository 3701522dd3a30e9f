"""Small-number suppression: the one rule for every count Chorus reports about people."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import Organisation

DEFAULT_THRESHOLD = 5


def suppress(count: int, threshold: int) -> int | None:
    """Every count under the threshold, zero included, is withheld: showing zeros would
    tell a reader that a withheld count lies between one and the threshold."""
    return count if count >= threshold else None


async def threshold_for(session: AsyncSession, organisation_id: uuid.UUID) -> int:
    """The organisation's own threshold (its `smallCountThreshold` setting)."""
    value = await session.scalar(
        select(Organisation.small_count_threshold).where(Organisation.id == organisation_id)
    )
    return value if value is not None else DEFAULT_THRESHOLD
