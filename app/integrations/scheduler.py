"""Scheduled work inside the service: an asyncio task that runs each job every interval.

Every process that serves the API runs one (and ``chorus worker`` processes may too), so
jobs must be safe to run concurrently: each claims its rows in the database and acts only
on what it claimed. ``CHORUS_SCHEDULER_INTERVAL_SECONDS=0`` turns it off.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.domain import idempotency as idempotency_store
from app.domain.recommendations.overdue import sweep_overdue
from app.settings import Settings

log = logging.getLogger("chorus.scheduler")

Job = Callable[[], Awaitable[object]]


@dataclass
class Scheduler:
    interval: float
    jobs: Sequence[tuple[str, Job]]
    _task: asyncio.Task[None] | None = field(default=None, init=False)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        if self.interval > 0 and not self.running:
            self._task = asyncio.create_task(self._loop(), name="chorus-scheduler")

    async def stop(self) -> None:
        if self._task is None:
            return
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._task = None

    async def run_once(self) -> None:
        for name, job in self.jobs:
            try:
                await job()
            except Exception:
                # One failed run must not end the loop: the next tick tries again.
                log.exception("scheduled job failed", extra={"job": name})

    async def _loop(self) -> None:
        # Straight away on start, so what fell due while the service was down goes out.
        while True:
            await self.run_once()
            await asyncio.sleep(self.interval)


def start_scheduler(
    settings: Settings, sessionmaker: async_sessionmaker[AsyncSession]
) -> Scheduler:
    """The service's scheduled jobs, started (unless the interval is 0)."""

    async def overdue() -> None:
        await sweep_overdue(sessionmaker)

    async def idempotency() -> None:
        # Stored responses carry personal data: kept only as long as a retry may use them.
        await idempotency_store.purge(sessionmaker, timedelta(hours=settings.idempotency_ttl_hours))

    scheduler = Scheduler(
        settings.scheduler_interval_seconds,
        [("overdue", overdue), ("idempotency", idempotency)],
    )
    scheduler.start()
    return scheduler
