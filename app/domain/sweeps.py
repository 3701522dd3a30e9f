"""The loop every scheduled sweep shares.

Each batch is claimed and committed in a transaction of its own, so a crash loses at most
one batch's work and several workers never hold long locks; a full batch means there may
be more, a short one that the sweep is done.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

Claim = Callable[[AsyncSession], Awaitable[int]]


async def in_batches(
    sessionmaker: async_sessionmaker[AsyncSession],
    claim: Claim,
    batch: int,
    log: logging.Logger,
    done: str | None = None,
) -> int:
    """Runs ``claim`` until it returns fewer than ``batch``; logs ``done`` (if given) with the
    count if anything was claimed, and returns that count (other workers' claims not included)."""
    total = 0
    while True:
        async with sessionmaker() as session:
            claimed = await claim(session)
            await session.commit()
        total += claimed
        if claimed < batch:
            break
    if total and done:
        log.info(done, extra={"count": total})
    return total
