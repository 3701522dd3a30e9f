"""``chorus worker``: background work for deployments with several processes."""

from __future__ import annotations

import asyncio

from app import logging as chorus_logging
from app.cli.common import database_errors, load_settings
from app.db.engine import make_engine, make_sessionmaker
from app.integrations.scheduler import start_scheduler
from app.integrations.webhooks.worker import run_worker
from app.settings import Settings


async def _work(settings: Settings) -> None:
    engine = make_engine(settings.effective_database_url)
    # Scheduled jobs claim their rows, so running them here as well as in the API
    # processes is safe; it keeps them going when the API is scaled to zero.
    scheduler = start_scheduler(settings, make_sessionmaker(engine))
    try:
        await run_worker(settings)
    finally:
        await scheduler.stop()
        await engine.dispose()


def worker() -> None:
    """Deliver webhooks and run scheduled jobs until stopped (SIGINT or SIGTERM).

    Run any number against PostgreSQL, after `chorus migrate`. With SQLite the server
    already does this work itself.
    """
    settings = load_settings()
    chorus_logging.configure(settings.log_level)
    with database_errors(settings):
        asyncio.run(_work(settings))
