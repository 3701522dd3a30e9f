"""The orphan sweep: blobs no row points at, and temporary files a crash left behind.

A blob becomes an orphan when the upload stored it but the row that would reference it
was never committed (a refused or failed write, a killed process). Every table that names
blobs by digest is in ``REFERENCES``: paper versions and expense receipts. A blob is
removed only when it has not been written or touched for ``grace`` (storing bytes that
exist already touches them, see ``app/integrations/storage/base.py``), so an upload whose
row is still on its way is never robbed; its age is checked again just before it goes.

Blobs are global (content-addressed, shared across organisations), so the reference check
is deliberately not filtered by organisation. Running it in several processes at once is
harmless: deleting a blob twice is not an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import union
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import ExpenseReceipt, PaperVersion
from app.db.types import utcnow
from app.integrations.storage.base import Storage

REFERENCES = (col(PaperVersion.digest), col(ExpenseReceipt.digest))
BATCH = 500


@dataclass(frozen=True)
class SweepResult:
    blobs_removed: int
    temporary_removed: int


async def sweep_orphans(
    storage: Storage,
    sessionmaker: async_sessionmaker[AsyncSession],
    grace: timedelta,
    now: datetime | None = None,
) -> SweepResult:
    cutoff = (now or utcnow()) - grace
    removed = 0
    candidates: list[str] = []
    async for digest, modified in storage.blobs():
        if modified < cutoff:
            candidates.append(digest)
        if len(candidates) >= BATCH:
            removed += await _remove_unreferenced(storage, sessionmaker, candidates, cutoff)
            candidates = []
    if candidates:
        removed += await _remove_unreferenced(storage, sessionmaker, candidates, cutoff)
    temporary = await storage.remove_stale_temporary(cutoff)
    return SweepResult(removed, temporary)


async def _remove_unreferenced(
    storage: Storage,
    sessionmaker: async_sessionmaker[AsyncSession],
    digests: Sequence[str],
    cutoff: datetime,
) -> int:
    # A short read session per batch: no connection is held while storage is called.
    async with sessionmaker() as session:
        statement = union(*(select(column).where(column.in_(digests)) for column in REFERENCES))
        referenced = set((await session.execute(statement)).scalars())
    removed = 0
    for digest in digests:
        if digest in referenced:
            continue
        modified = await storage.modified_at(digest)
        # Touched since it was listed: an upload is about to record it.
        if modified is None or modified >= cutoff:
            continue
        await storage.delete(digest)
        removed += 1
    return removed
