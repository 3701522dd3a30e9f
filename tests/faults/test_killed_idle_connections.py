"""Pooled connections whose backend was killed (a failover, an admin, a restart) are
replaced at checkout: the next request succeeds, without a ping on every checkout."""

from __future__ import annotations

import asyncio

import asyncpg
import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.helpers import API
from tests.factories import Caller
from tests.graphql.helpers import gql, ok


async def _kill_every_pooled_backend(engine: AsyncEngine) -> int:
    url = engine.url.set(drivername="postgresql")
    killer = await asyncpg.connect(url.render_as_string(hide_password=False))
    try:
        killed = await killer.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    finally:
        await killer.close()
    # The backends exit and close their sockets; the event loop notices while they idle.
    await asyncio.sleep(0.3)
    return int(killed)


async def test_requests_after_the_pool_s_backends_were_killed_succeed(
    backend: str,
    engine: AsyncEngine,
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    if backend != "postgresql":
        pytest.skip("pg_terminate_backend is PostgreSQL's")
    assert not engine.pool._pre_ping
    board = await factories.board(db, org)
    url = f"{API}/boards/{board.id}"
    # Several connections in the pool, all idle.
    answers = await asyncio.gather(
        *(client.get(url, headers=coordinator.headers) for _ in range(4))
    )
    assert [a.status_code for a in answers] == [200] * 4
    assert await _kill_every_pooled_backend(engine) >= 1

    again = await asyncio.gather(*(client.get(url, headers=coordinator.headers) for _ in range(4)))
    assert [a.status_code for a in again] == [200] * 4, [a.text for a in again]
    await _kill_every_pooled_backend(engine)
    data = ok(await gql(client, coordinator, f'{{ board(id: "{board.id}") {{ name }} }}'))
    assert data["board"]["name"] == board.name
