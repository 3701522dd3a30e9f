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
from time import monotonic

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import throttle_storage
from app.domain.datarights.retention import Retention
from app.domain.datarights.retention import purge as retention_purge
from app.domain.meetings.action_reminders import sweep_action_reminders
from app.domain.papers.orphans import sweep_orphans
from app.domain.recommendations.escalation_sweep import sweep_trail
from app.domain.recommendations.overdue import sweep_overdue
from app.domain.recommendations.revisit import sweep_revisits
from app.domain.seats.departures import sweep_departures
from app.domain.support.reminders import sweep_reminders
from app.domain.terms.alerts import sweep_term_alerts
from app.integrations.storage.base import Storage
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
    settings: Settings,
    sessionmaker: async_sessionmaker[AsyncSession],
    storage: Storage | None = None,
) -> Scheduler:
    """The service's scheduled jobs, started (unless the interval is 0). The file sweep
    runs only where the file storage is given (the API processes)."""

    async def overdue() -> None:
        await sweep_overdue(sessionmaker)

    async def revisits() -> None:
        await sweep_revisits(sessionmaker)

    async def terms() -> None:
        await sweep_term_alerts(sessionmaker)

    async def departures() -> None:
        await sweep_departures(sessionmaker)

    async def trail() -> None:
        # After the overdue sweep, so a response overdue this tick climbs at once.
        await sweep_trail(sessionmaker)

    retention = Retention.from_settings(settings)

    async def purge() -> None:
        # Idempotency response bodies are one of the schedules.
        removed = await retention_purge(sessionmaker, retention)
        if any(removed.values()):
            log.info("purged records past their retention", extra=removed)

    async def training() -> None:
        await sweep_reminders(sessionmaker, timedelta(days=settings.training_reminder_days))

    async def actions() -> None:
        await sweep_action_reminders(sessionmaker)

    async def throttle() -> None:
        await throttle_storage.purge(sessionmaker)

    jobs: list[tuple[str, Job]] = [
        ("overdue", overdue),
        ("escalations and reminders", trail),
        ("deferrals to revisit", revisits),
        ("terms ending", terms),
        ("seats of members who left", departures),
        ("retention", purge),
        ("training reminders", training),
        ("actions due", actions),
        ("throttle windows", throttle),
    ]
    if storage is not None:
        jobs.append(("orphaned files", _every(settings, storage, sessionmaker)))
    scheduler = Scheduler(settings.scheduler_interval_seconds, jobs)
    scheduler.start()
    return scheduler


def _every(
    settings: Settings, storage: Storage, sessionmaker: async_sessionmaker[AsyncSession]
) -> Job:
    interval = settings.storage_sweep_interval_minutes * 60
    grace = timedelta(hours=settings.storage_orphan_grace_hours)
    last: float | None = None

    async def sweep() -> None:
        nonlocal last
        if last is not None and monotonic() - last < interval:
            return
        last = monotonic()
        result = await sweep_orphans(storage, sessionmaker, grace)
        if result.blobs_removed or result.temporary_removed:
            log.info(
                "removed orphaned files",
                extra={"blobs": result.blobs_removed, "temporary": result.temporary_removed},
            )

    return sweep
