"""Receivers that are down or slow, workers that die, and workers that run side by side."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.engine import make_engine, make_sessionmaker
from app.db.models import WebhookAttempt
from app.db.types import utcnow
from app.domain.webhooks import queue
from app.integrations.webhooks.worker import Deliverer, run_worker
from app.main import create_app
from app.settings import Settings
from tests import factories
from tests.api.webhooks_setup import Clock, deliverer, deliveries, emit, endpoint, receiver


async def test_a_receiver_that_is_down_for_a_while_gets_every_event_once_it_is_back(
    db: async_sessionmaker[AsyncSession],
) -> None:
    org = await factories.organisation(db)
    clock = Clock()
    async with receiver() as server:
        hook = await endpoint(db, org, server.url)
        await server.stop()
        await emit(db, org, count=3)
        worker = deliverer(db, clock)
        for _ in range(4):  # four rounds of refused connections, each retried later
            assert await worker.run_once() == 3
            assert await worker.run_once() == 0
            clock.to(max(d.next_attempt_at for d in await deliveries(db) if d.next_attempt_at))
        assert server.received == []
        await server.start()
        assert await worker.run_once() == 3
        assert await worker.run_once() == 0
        await worker.aclose()
    rows = await deliveries(db)
    assert server.ids() == Counter({str(d.id): 1 for d in rows})
    assert [(d.status, d.attempts) for d in rows] == [("delivered", 5)] * 3
    assert all(m.verify(hook.secret) for m in server.received)
    assert rows[0].last_error is None
    async with db() as session:
        errors = list(await session.scalars(select(WebhookAttempt.error)))
    assert errors.count("Could not connect to the receiver.") == 12


async def test_a_slow_receiver_is_timed_out_and_retried(
    db: async_sessionmaker[AsyncSession],
) -> None:
    org = await factories.organisation(db)
    clock = Clock()
    async with receiver(delay=3.0) as slow:
        await endpoint(db, org, slow.url)
        await emit(db, org)
        worker = deliverer(db, clock, timeout=0.3)
        started = time.perf_counter()
        assert await worker.run_once() == 1
        assert time.perf_counter() - started < 2.0  # cut off, not waited out
        (delivery,) = await deliveries(db)
        assert delivery.status == "pending"
        assert delivery.last_error == "No response within 0.3 s."
        slow.delay = 0
        assert delivery.next_attempt_at is not None
        clock.to(delivery.next_attempt_at)
        assert await worker.run_once() == 1
        await worker.aclose()
    (delivery,) = await deliveries(db)
    assert (delivery.status, delivery.attempts) == ("delivered", 2)
    assert slow.ids() == Counter({str(delivery.id): 2})  # at least once: same webhook-id
    async with db() as session:
        first, second = await session.scalars(
            select(WebhookAttempt).order_by(col(WebhookAttempt.id))
        )
    assert first.status_code is None
    assert 250 <= (first.latency_ms or 0) < 2_000
    assert second.status_code == 204


async def test_a_worker_killed_mid_delivery_leaves_the_event_to_be_delivered_again(
    db: async_sessionmaker[AsyncSession],
) -> None:
    org = await factories.organisation(db)
    clock = Clock()
    async with receiver(hang=True) as server:
        hook = await endpoint(db, org, server.url)
        await emit(db, org)
        doomed, survivor = deliverer(db, clock), deliverer(db, clock)
        await doomed.dispatch()
        (job,) = await doomed.claim(10)
        in_flight = asyncio.create_task(doomed.attempt(job))
        await asyncio.wait_for(server.got_request.wait(), 5)
        in_flight.cancel()  # killed mid-request: nothing recorded, the claim stays
        await asyncio.gather(in_flight, return_exceptions=True)
        await doomed.aclose()
        server.hang = False

        assert await survivor.run_once() == 0  # the lease still holds
        clock.advance(survivor.config.lease + timedelta(seconds=1))
        assert await survivor.run_once() == 1
        await survivor.aclose()
    (delivery,) = await deliveries(db)
    assert (delivery.status, delivery.attempts) == ("delivered", 2)
    assert server.ids() == Counter({str(delivery.id): 2})
    assert server.received[-1].verify(hook.secret)
    async with db() as session:
        log = list(await session.scalars(select(WebhookAttempt).order_by(col(WebhookAttempt.id))))
    assert [(a.number, a.status_code, a.error) for a in log] == [
        (1, None, queue.ABANDONED),
        (2, 204, None),
    ]


async def test_two_workers_deliver_each_event_exactly_once(
    db: async_sessionmaker[AsyncSession], database_url: str
) -> None:
    org = await factories.organisation(db)
    engines = [make_engine(database_url), make_engine(database_url)]
    attempts_by_worker: list[int] = [0, 0]

    class Counting(Deliverer):
        index = 0

        async def attempt(self, job: queue.Job) -> bool:
            attempts_by_worker[self.index] += 1
            return await super().attempt(job)

    arrived = asyncio.Event()
    async with (
        receiver(delay=0.02, got_request=arrived) as first,
        receiver(delay=0.02, got_request=arrived) as second,
    ):
        await endpoint(db, org, first.url)
        await endpoint(db, org, second.url)
        await emit(db, org, count=30)
        workers = []
        for index, engine in enumerate(engines):
            worker = deliverer(make_sessionmaker(engine), utcnow, concurrency=4, kind=Counting)
            assert isinstance(worker, Counting)
            worker.index = index
            workers.append(worker)
        stop = asyncio.Event()
        loops = [asyncio.create_task(w.run(stop)) for w in workers]
        while True:
            arrived.clear()
            if len(first.received) + len(second.received) >= 60:
                break
            await asyncio.wait_for(arrived.wait(), 30)
        await asyncio.sleep(0.3)  # time for any duplicate to show itself
        stop.set()
        await asyncio.gather(*loops)
        for worker in workers:
            await worker.aclose()
    for engine in engines:
        await engine.dispose()
    rows = await deliveries(db)
    assert len(rows) == 60
    assert all(d.status == "delivered" and d.attempts == 1 for d in rows)
    assert first.ids() + second.ids() == Counter({str(d.id): 1 for d in rows})
    assert all(count > 0 for count in attempts_by_worker), attempts_by_worker


async def test_run_worker_delivers_until_stopped(
    db: async_sessionmaker[AsyncSession], database_url: str, tmp_path: Path
) -> None:
    org = await factories.organisation(db)
    settings = Settings(
        database_url=database_url,
        data_dir=tmp_path,
        webhooks_allow_http=True,
        webhooks_allow_private_addresses=True,
    )
    async with receiver() as server:
        await endpoint(db, org, server.url)
        stop = asyncio.Event()
        worker = asyncio.create_task(run_worker(settings, stop=stop))
        await emit(db, org)
        await asyncio.wait_for(server.got_request.wait(), 10)
        stop.set()
        await asyncio.wait_for(worker, 10)
    assert len(server.received) == 1


async def test_the_embedded_server_delivers_in_process(
    db: async_sessionmaker[AsyncSession], database_url: str, tmp_path: Path
) -> None:
    org = await factories.organisation(db)
    settings = Settings(
        database_url=database_url,
        data_dir=tmp_path,
        jwt_secret=SecretStr("test-secret-" + "x" * 40),
        auto_migrate=False,
        webhooks_allow_http=True,
        webhooks_allow_private_addresses=True,
        delivery_in_process=True,  # the default with SQLite; switched on for PostgreSQL too
    )
    app = create_app(settings)
    async with receiver() as server:
        await endpoint(db, org, server.url)
        async with app.router.lifespan_context(app):
            await emit(db, org)
            await asyncio.wait_for(server.got_request.wait(), 10)
    assert len(server.received) == 1


def test_in_process_delivery_defaults_to_on_for_sqlite_only(tmp_path: Path) -> None:
    sqlite = Settings(data_dir=tmp_path)
    postgres = Settings(database_url="postgresql+asyncpg://chorus@db/chorus")
    assert sqlite.delivery_in_process_effective is True
    assert postgres.delivery_in_process_effective is False
    assert Settings(data_dir=tmp_path, delivery_in_process=False).delivery_in_process_effective is (
        False
    )
