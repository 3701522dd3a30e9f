"""Small-number suppression: the one rule for every count Chorus reports about people."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import Organisation

DEFAULT_THRESHOLD = 5


def suppress(count: int, threshold: int) -> int | None:
    """Every count under the threshold, zero included, is withheld: showing zeros would
    tell a reader that a withheld count lies between one and the threshold."""
    return count if count >= threshold else None


def suppress_row(counts: Sequence[int], threshold: int) -> list[int | None]:
    """A row of counts whose total is shown (or known, as a board's size is): each count
    under the threshold is withheld (``suppress``), and then, while any is withheld,
    the smallest shown counts are withheld too until at least two are and the withheld
    ones together hold at least ``threshold`` people. One withheld cell would be the
    total less the others; two holding three people between them would still say that
    each holds fewer than the threshold, and two holding none would say both are zero.
    If that is not reachable, every cell is withheld."""
    shown: list[int | None] = [suppress(count, threshold) for count in counts]
    withheld = [i for i, value in enumerate(shown) if value is None]
    if not withheld:
        return shown
    # Smallest first; ties by position, so the same row always hides the same cells.
    candidates = sorted((i for i, v in enumerate(shown) if v is not None), key=lambda i: counts[i])
    for index in candidates:
        if len(withheld) >= 2 and sum(counts[i] for i in withheld) >= threshold:
            break
        shown[index] = None
        withheld.append(index)
    return shown


async def threshold_for(session: AsyncSession, organisation_id: uuid.UUID) -> int:
    """The organisation's own threshold (its `smallCountThreshold` setting)."""
    value = await session.scalar(
        select(Organisation.small_count_threshold).where(Organisation.id == organisation_id)
    )
    return value if value is not None else DEFAULT_THRESHOLD
