"""The delivery loops, webhooks here and mail beside them (``app/integrations/mail/``):
in the server (embedded default) or in any number of `chorus worker`s.

Each turn fans new outbox events out into deliveries, claims due ones and sends them
concurrently, committing the claim before sending and the result after, so no database
connection is held while a receiver takes its time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import signal
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.engine import make_engine, make_sessionmaker
from app.db.types import utcnow
from app.domain.webhooks import queue, results
from app.domain.webhooks.addresses import Resolver, UrlGuard, system_resolver
from app.domain.webhooks.queue import Job, Outcome
from app.integrations.mail.worker import MailConfig, MailDeliverer
from app.integrations.webhooks.sender import Sender
from app.settings import Settings

log = logging.getLogger("chorus.webhooks")

DISPATCH_BATCH = 200


@dataclass(frozen=True)
class DeliveryConfig:
    timeout: float = 10.0
    allow_http: bool = False
    allow_private: bool = False
    concurrency: int = 20
    poll_interval: float = 1.0

    @property
    def lease(self) -> timedelta:
        # Long enough for the address check and the request to end by their own timeouts,
        # short enough that a killed worker's deliveries are retried within a minute or so.
        return timedelta(seconds=2 * self.timeout + 30)

    @classmethod
    def from_settings(cls, settings: Settings) -> DeliveryConfig:
        return cls(
            timeout=settings.webhook_timeout_seconds,
            allow_http=settings.webhooks_allow_http,
            allow_private=settings.webhooks_allow_private_addresses,
        )


class Deliverer:
    """One worker. ``clock`` decides what is due (tests move it forward instead of
    waiting a day); the ``webhook-timestamp`` header is always the real sending time."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        config: DeliveryConfig,
        *,
        clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
        resolver: Resolver = system_resolver,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.config = config
        self.clock = clock
        self.rng = rng
        guard = UrlGuard(config.allow_http, config.allow_private, resolver)
        self.sender = Sender(guard, config.timeout, transport)

    async def aclose(self) -> None:
        await self.sender.aclose()

    async def dispatch(self) -> int:
        async with self.sessionmaker() as session:
            count = await queue.dispatch(session, self.clock(), DISPATCH_BATCH)
            await session.commit()
        return count

    async def claim(self, limit: int) -> list[Job]:
        async with self.sessionmaker() as session:
            jobs = await queue.claim(session, self.clock(), self.config.lease, limit)
            await session.commit()
        return jobs

    async def attempt(self, job: Job) -> bool:
        """Send and record one attempt. A failure to record leaves the claim to run out."""
        try:
            outcome = await self.sender.send(job)
        except Exception as error:
            _log_failure("webhook attempt failed unexpectedly", job, error)
            outcome = Outcome(None, None, "The attempt failed on our side; it will be retried.")
        try:
            async with self.sessionmaker() as session:
                kept = await results.finish(session, job, outcome, self.clock(), self.rng)
                await session.commit()
        except Exception as error:
            _log_failure("could not record a webhook attempt", job, error)
            return False
        log.info(
            "webhook attempt",
            extra={
                **_ids(job),
                "attempt": job.number,
                "status_code": outcome.status_code,
                "latency_ms": outcome.latency_ms,
                "delivered": outcome.delivered,
            },
        )
        return kept

    async def run_once(self) -> int:
        """Dispatch, claim what is due and send it all; how many attempts were made."""
        await self.dispatch()
        jobs = await self.claim(self.config.concurrency)
        await asyncio.gather(*(self.attempt(job) for job in jobs))
        return len(jobs)

    async def run(self, stop: asyncio.Event) -> None:
        """Until ``stop`` is set. In-flight attempts get their timeout to finish; any cut
        short then are retried by whichever worker finds their lease run out."""
        in_flight: set[asyncio.Task[bool]] = set()
        stopping = asyncio.create_task(stop.wait())
        try:
            while not stop.is_set():
                more = False
                try:
                    dispatched = await self.dispatch()
                    free = self.config.concurrency - len(in_flight)
                    jobs = await self.claim(free) if free > 0 else []
                    for job in jobs:
                        task = asyncio.create_task(self.attempt(job))
                        in_flight.add(task)
                        task.add_done_callback(in_flight.discard)
                    more = dispatched >= DISPATCH_BATCH or (free > 0 and len(jobs) == free)
                except Exception:
                    log.exception("webhook delivery turn failed; trying again shortly")
                if more and len(in_flight) < self.config.concurrency:
                    await asyncio.sleep(0)
                    continue
                await asyncio.wait(
                    {stopping, *in_flight},
                    timeout=self.config.poll_interval,
                    return_when=asyncio.FIRST_COMPLETED,
                )
        finally:
            stopping.cancel()
            if in_flight:
                _, late = await asyncio.wait(in_flight, timeout=self.config.timeout + 5)
                for task in late:
                    task.cancel()
                await asyncio.gather(*late, return_exceptions=True)


def _ids(job: Job) -> dict[str, str]:
    # IDs only: URLs can carry tokens in their paths.
    return {"delivery_id": str(job.delivery_id), "endpoint_id": str(job.endpoint_id)}


def _log_failure(message: str, job: Job, error: Exception) -> None:
    """An error with its traceback, minus the URL: exception texts from httpx or anything
    below it may quote the URL, whose path or query can carry the receiver's token."""
    text = "".join(traceback.format_exception(error))
    for part in sorted(_url_parts(job.url), key=len, reverse=True):
        text = text.replace(part, "<url>")
    log.error(message, extra={**_ids(job), "error": type(error).__name__, "traceback": text})


def _url_parts(url: str) -> set[str]:
    """The URL and the pieces that may hold a secret, as written and as httpx encodes them
    (requests go to the checked address, so an error may quote only path and query)."""
    forms = [urlsplit(url)]
    with contextlib.suppress(Exception):
        forms.append(urlsplit(str(httpx.URL(url))))
    parts = {url}
    for form in forms:
        parts |= {form.geturl(), form.query, form.path, f"{form.path}?{form.query}"}
    # A bare "/" or "?" would blank every path in the traceback and hides nothing.
    return {part for part in parts if len(part.strip("/?")) > 1}


class InProcessDelivery:
    """Delivery (webhooks and mail) inside the API server, started and stopped by its
    lifespan."""

    def __init__(self, deliverer: Deliverer, mail: MailDeliverer) -> None:
        self.deliverer = deliverer
        self._stop = asyncio.Event()
        self._task = asyncio.create_task(deliverer.run(self._stop))
        self._mail = asyncio.create_task(mail.run(self._stop))

    async def stop(self) -> None:
        self._stop.set()
        try:
            await asyncio.gather(self._task, self._mail)
        finally:
            await self.deliverer.aclose()


def start_in_process(
    settings: Settings, sessionmaker: async_sessionmaker[AsyncSession]
) -> InProcessDelivery:
    return InProcessDelivery(
        Deliverer(sessionmaker, DeliveryConfig.from_settings(settings)),
        MailDeliverer(sessionmaker, MailConfig.from_settings(settings)),
    )


async def run_worker(settings: Settings, *, stop: asyncio.Event | None = None) -> None:
    """`chorus worker`: deliver until ``stop`` is set, or until SIGINT/SIGTERM when none
    is given. Any number may run against one PostgreSQL database."""
    engine = make_engine(settings.effective_database_url)
    sessionmaker = make_sessionmaker(engine)
    deliverer = Deliverer(sessionmaker, DeliveryConfig.from_settings(settings))
    mail = MailDeliverer(sessionmaker, MailConfig.from_settings(settings))
    loop = asyncio.get_running_loop()
    handled: list[signal.Signals] = []
    if stop is None:
        stop = asyncio.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(signum, stop.set)
                handled.append(signum)
    log.info("webhook worker started")
    try:
        await asyncio.gather(deliverer.run(stop), mail.run(stop))
    finally:
        for signum in handled:
            loop.remove_signal_handler(signum)
        await deliverer.aclose()
        await engine.dispose()
        log.info("webhook worker stopped")
