"""A database that is busy or away: 503 with Retry-After, quickly, and never a 500; slow
uploads hold no connection, so they cannot starve the requests around them."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession, async_sessionmaker
from sqlmodel import select

from app.api.state import AppState
from app.db.models import Paper
from app.domain.boards import service as boards_service
from app.domain.people import service as people_service
from app.main import create_app
from app.settings import Settings
from tests.api.helpers import API, problem
from tests.api.papers_setup import TEXT, setup
from tests.factories import Caller
from tests.faults.bodies import END, MULTIPART, Stream, field, file_head
from tests.support import check_problem

POOL_TIMEOUT = 0.5


async def _client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, raise_app_exceptions=False),
        base_url="http://chorus.test",
        event_hooks={"response": [check_problem]},
    )


@pytest.fixture
async def own_app(settings: Settings, db: object) -> AsyncIterator[FastAPI]:
    """An app with its own engine and pool, built from the settings as in production."""
    app = create_app(settings.model_copy(update={"db_pool_timeout_seconds": POOL_TIMEOUT}))
    yield app
    state: AppState = app.state.chorus
    await state.engine.dispose()


async def test_an_exhausted_pool_is_a_quick_503_with_retry_after(
    own_app: FastAPI, admin: Caller
) -> None:
    state: AppState = own_app.state.chorus
    pool = state.engine.pool
    held = pool.size() + pool._max_overflow  # type: ignore[attr-defined]
    async with AsyncExitStack() as stack, await _client(own_app) as client:
        connections: list[AsyncConnection] = [
            await stack.enter_async_context(state.engine.connect()) for _ in range(held)
        ]
        for connection in connections:
            await connection.execute(text("SELECT 1"))
        started = time.perf_counter()
        response = await client.get(f"{API}/boards", headers=admin.headers)
        elapsed = time.perf_counter() - started
        problem(response, 503, "service-unavailable")
        assert int(response.headers["retry-after"]) >= 1
        assert elapsed < POOL_TIMEOUT + 2, elapsed
    async with await _client(own_app) as client:
        again = await client.get(f"{API}/boards", headers=admin.headers)
        assert again.status_code == 200, again.text


async def test_a_database_that_is_not_there_is_503_not_500(
    backend: str, settings: Settings, admin: Caller
) -> None:
    absent = (
        "postgresql+asyncpg://postgres@127.0.0.1:1/chorus"  # nothing listens on port 1
        if backend == "postgresql"
        else f"sqlite+aiosqlite:///{settings.data_dir}/no-such-directory/chorus.db"
    )
    app = create_app(settings.model_copy(update={"database_url": absent}))
    try:
        async with await _client(app) as client:
            for method, path in (("GET", "/boards"), ("POST", "/boards")):
                response = await client.request(
                    method,
                    f"{API}{path}",
                    json={"name": "Board", "kind": "governance"} if method == "POST" else None,
                    headers={**admin.headers, "Idempotency-Key": "absent"},
                )
                problem(response, 503, "service-unavailable")
                assert response.headers["retry-after"] == "5"
    finally:
        await app.state.chorus.engine.dispose()


def _kill_the_backend_inside(
    monkeypatch: pytest.MonkeyPatch,
    db: async_sessionmaker[AsyncSession],
    module: object,
    name: str,
) -> None:
    """Make ``module.name`` terminate its own session's backend before it reads."""
    real = getattr(module, name)

    async def killed(session: AsyncSession, *args: object, **kwargs: object) -> object:
        pid = await session.scalar(text("SELECT pg_backend_pid()"))
        async with db() as other:
            await other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        return await real(session, *args, **kwargs)

    monkeypatch.setattr(module, name, killed)


async def test_a_backend_killed_mid_request_is_503(
    backend: str,
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    admin: Caller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if backend != "postgresql":
        pytest.skip("pg_terminate_backend is PostgreSQL's")
    _kill_the_backend_inside(monkeypatch, db, boards_service, "list_boards")
    response = await client.get(f"{API}/boards", headers=admin.headers)
    problem(response, 503, "service-unavailable")
    assert response.headers["retry-after"] == "5"


def _slow_upload(gate: asyncio.Event) -> Stream:
    return Stream(
        field("title", "Slow pack") + file_head("pack.txt") + TEXT,
        256 * 1024,
        b"\r\n" + END,
        gate=gate,
    )


async def test_twenty_slow_uploads_do_not_block_a_read(
    own_app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, own_app, size=1)
    gate = asyncio.Event()
    bodies = [_slow_upload(gate) for _ in range(20)]
    async with await _client(own_app) as client:
        uploads = [
            asyncio.create_task(
                client.post(
                    f"{API}/meetings/{s.meeting.id}/papers",
                    content=body,
                    headers={**s.coordinator.headers, "Content-Type": MULTIPART},
                )
            )
            for body in bodies
        ]
        try:
            # Every upload has passed its checks and is streaming its file, slowly.
            await asyncio.wait_for(asyncio.gather(*(b.waiting.wait() for b in bodies)), 30)
            started = time.perf_counter()
            read = await client.get(f"{API}/meetings/{s.meeting.id}", headers=s.coordinator.headers)
            assert read.status_code == 200, read.text
            assert time.perf_counter() - started < POOL_TIMEOUT + 1
        finally:
            gate.set()
        done = await asyncio.gather(*uploads)
    assert [r.status_code for r in done] == [201] * 20, [
        r.text for r in done if r.status_code != 201
    ]
    async with db() as session:
        assert await session.scalar(select(func.count()).select_from(Paper)) == 20


async def test_a_backend_killed_during_a_graphql_query_says_service_unavailable(
    backend: str,
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    admin: Caller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if backend != "postgresql":
        pytest.skip("pg_terminate_backend is PostgreSQL's")
    # People go through the resolvers (boards may be answered by one compiled statement).
    _kill_the_backend_inside(monkeypatch, db, people_service, "list_people")
    response = await client.post(
        "/graphql", json={"query": "{ people { edges { node { id } } } }"}, headers=admin.headers
    )
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "SERVICE_UNAVAILABLE", error
    assert error["extensions"]["retryAfter"] == 5
