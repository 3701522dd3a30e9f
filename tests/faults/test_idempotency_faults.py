"""Idempotency-Key under faults: whatever breaks, a retry with the key converges.

Exactly one effect, the first response replayed with ``Idempotent-Replayed: true``, and
never a key stuck in a 409 after the request that held it is gone.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.types import Message, Receive, Scope, Send

from app.db.models import Board, IdempotencyRecord
from app.db.types import utcnow
from app.domain.boards import service as boards_service
from tests.api.helpers import problem
from tests.factories import Caller
from tests.faults.support import REQUEST_HASH, boards, create

REAL_CREATE = boards_service.create_board


async def test_an_error_after_the_claim_and_the_write_lets_the_retry_act(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    admin: Caller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def write_then_fail(*args: Any, **kwargs: Any) -> Board:
        await REAL_CREATE(*args, **kwargs)  # flushed, then rolled back with the error
        raise RuntimeError("lost between the write and the commit")

    monkeypatch.setattr(boards_service, "create_board", write_then_fail)
    problem(await create(client, admin, "after-write"), 500, "internal-error")
    monkeypatch.setattr(boards_service, "create_board", REAL_CREATE)

    retry = await create(client, admin, "after-write")
    assert retry.status_code == 201, retry.text
    assert "idempotent-replayed" not in retry.headers
    replay = await create(client, admin, "after-write")
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.json() == retry.json()
    assert await boards(db) == 1


async def test_a_killed_database_connection_mid_request_lets_the_retry_act(
    backend: str,
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    admin: Caller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if backend != "postgresql":
        pytest.skip("pg_terminate_backend is PostgreSQL's")

    async def write_then_lose_the_server(session: AsyncSession, *args: Any, **kw: Any) -> Board:
        board = await REAL_CREATE(session, *args, **kw)
        # The handler's own connection is killed by the server before it can commit.
        pid = await session.scalar(text("SELECT pg_backend_pid()"))
        async with db() as other:
            await other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        return board

    monkeypatch.setattr(boards_service, "create_board", write_then_lose_the_server)
    failed = await create(client, admin, "killed")
    problem(failed, 503, "service-unavailable")
    monkeypatch.setattr(boards_service, "create_board", REAL_CREATE)

    retry = await create(client, admin, "killed")
    assert retry.status_code == 201, retry.text
    assert "idempotent-replayed" not in retry.headers
    replay = await create(client, admin, "killed")
    assert (replay.status_code, replay.json()) == (201, retry.json())
    assert replay.headers["idempotent-replayed"] == "true"
    assert await boards(db) == 1


async def test_a_claim_left_by_a_crashed_process_is_taken_over_once_its_lease_ran_out(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], admin: Caller
) -> None:
    async with db() as session:
        session.add(
            IdempotencyRecord(
                caller=f"person:{admin.id}",
                key="crashed",
                request_hash=REQUEST_HASH,
                created_at=utcnow() - timedelta(minutes=2),
                lease_expires_at=utcnow() - timedelta(seconds=1),
            )
        )
        await session.commit()

    retry = await create(client, admin, "crashed")
    assert retry.status_code == 201, retry.text
    assert "idempotent-replayed" not in retry.headers
    replay = await create(client, admin, "crashed")
    assert (replay.status_code, replay.json()) == (201, retry.json())
    assert replay.headers["idempotent-replayed"] == "true"
    assert await boards(db) == 1


def _dropping_the_response(app: FastAPI) -> Any:
    """The connection goes down as the answer starts out: committed, never received."""

    async def lossy(scope: Scope, receive: Receive, send: Send) -> None:
        async def drop(message: Message) -> None:
            if message["type"] == "http.response.start" and scope["type"] == "http":
                raise ConnectionResetError("client went away")
            await send(message)

        await app(scope, receive, drop)

    return lossy


async def test_a_committed_request_whose_response_was_lost_is_replayed(
    app: FastAPI,
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    admin: Caller,
) -> None:
    transport = httpx.ASGITransport(app=_dropping_the_response(app), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://chorus.test") as lossy:
        try:
            lost: httpx.Response | None = await create(lossy, admin, "lost-answer")
        except Exception:  # whatever the transport makes of a dead connection
            lost = None
    assert lost is None or lost.status_code >= 500
    assert await boards(db) == 1

    retry = await create(client, admin, "lost-answer")
    assert retry.status_code == 201, retry.text
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.headers["location"].endswith(retry.json()["id"])
    assert await boards(db) == 1


async def test_a_retry_sent_the_moment_the_answer_arrives_replays_it(
    app: FastAPI, db: async_sessionmaker[AsyncSession], admin: Caller
) -> None:
    retries: list[httpx.Response] = []

    async def eager(scope: Scope, receive: Receive, send: Send) -> None:
        async def retry_on_answer(message: Message) -> None:
            await send(message)
            last = message["type"] == "http.response.body" and not message.get("more_body")
            # Still inside the first request: whatever runs after its last byte has not.
            if last and not retries:
                retries.append(await create(plain, admin, "eager"))

        await app(scope, receive, retry_on_answer)

    plain_transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    transport = httpx.ASGITransport(app=eager, raise_app_exceptions=False)
    async with (
        httpx.AsyncClient(transport=plain_transport, base_url="http://chorus.test") as plain,
        httpx.AsyncClient(transport=transport, base_url="http://chorus.test") as client,
    ):
        first = await create(client, admin, "eager")
    assert first.status_code == 201, first.text
    [retry] = retries
    assert retry.status_code == 201, retry.text
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.json() == first.json()
    assert await boards(db) == 1


async def test_a_duplicate_while_the_first_runs_is_409_then_replays(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    admin: Caller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started, go_on = asyncio.Event(), asyncio.Event()

    async def slow(*args: Any, **kwargs: Any) -> Board:
        started.set()
        await go_on.wait()
        return await REAL_CREATE(*args, **kwargs)

    monkeypatch.setattr(boards_service, "create_board", slow)
    first = asyncio.create_task(create(client, admin, "busy"))
    await asyncio.wait_for(started.wait(), 10)
    busy = await create(client, admin, "busy")
    problem(busy, 409, "idempotency-key-in-flight")
    assert busy.headers["retry-after"]
    go_on.set()
    done = await first
    assert done.status_code == 201, done.text
    replay = await create(client, admin, "busy")
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.json() == done.json()
    assert await boards(db) == 1
