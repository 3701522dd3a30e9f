"""``Idempotency-Key`` on POST: a retry replays the first answer instead of acting twice."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import Board, IdempotencyRecord, Organisation
from app.db.types import utcnow
from app.domain.boards import service as boards_service
from tests import factories
from tests.api.helpers import API, problem
from tests.factories import Caller

BOARD = {"name": "Programme board", "kind": "governance"}


async def _boards(db: async_sessionmaker[AsyncSession]) -> int:
    async with db() as session:
        return int(await session.scalar(select(func.count()).select_from(Board)) or 0)


async def _post(
    client: httpx.AsyncClient, caller: Caller, key: str, body: Mapping[str, object]
) -> httpx.Response:
    return await client.post(
        f"{API}/boards", json=body, headers={**caller.headers, "Idempotency-Key": key}
    )


async def test_a_retry_replays_the_first_response_and_acts_once(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], admin: Caller
) -> None:
    first = await _post(client, admin, "key-1", BOARD)
    assert first.status_code == 201, first.text
    assert "idempotent-replayed" not in first.headers
    retry = await _post(client, admin, "key-1", BOARD)
    assert retry.status_code == 201
    assert retry.json() == first.json()
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.headers["location"] == first.headers["location"]
    assert retry.headers["etag"] == first.headers["etag"]
    assert await _boards(db) == 1


async def test_the_same_key_with_another_body_is_refused(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], admin: Caller
) -> None:
    assert (await _post(client, admin, "key-2", BOARD)).status_code == 201
    other = await _post(client, admin, "key-2", {**BOARD, "name": "Another board"})
    problem(other, 422, "idempotency-key-reused")
    assert await _boards(db) == 1


async def test_the_same_key_on_another_path_is_refused(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    assert (await _post(client, admin, "key-3", BOARD)).status_code == 201
    response = await client.post(
        f"{API}/people",
        json={"email": "a@example.org", "displayName": "A"},
        headers={**admin.headers, "Idempotency-Key": "key-3"},
    )
    problem(response, 422, "idempotency-key-reused")


async def test_keys_belong_to_their_caller(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
    coordinator: Caller,
) -> None:
    mine = await _post(client, admin, "shared-key", BOARD)
    theirs = await _post(client, coordinator, "shared-key", BOARD)
    assert mine.status_code == theirs.status_code == 201
    assert "idempotent-replayed" not in theirs.headers
    assert mine.json()["id"] != theirs.json()["id"]
    partner = factories.token_for(app, await factories.api_client(db, org, ["boards:write"]))
    client_made = await _post(client, partner, "shared-key", BOARD)
    assert client_made.status_code == 201
    assert await _boards(db) == 3


async def test_without_a_key_each_post_acts(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], admin: Caller
) -> None:
    for _ in range(2):
        response = await client.post(f"{API}/boards", json=BOARD, headers=admin.headers)
        assert response.status_code == 201
    assert await _boards(db) == 2


async def test_an_error_response_is_replayed_too(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], admin: Caller
) -> None:
    invalid = {**BOARD, "kind": "committee"}
    first = await _post(client, admin, "key-4", invalid)
    problem(first, 422, "validation")
    retry = await _post(client, admin, "key-4", invalid)
    assert retry.status_code == 422
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.headers["content-type"].startswith("application/problem+json")


async def test_a_key_still_in_flight_is_409(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], admin: Caller
) -> None:
    done = await _post(client, admin, "key-done", BOARD)
    assert done.status_code == 201
    async with db() as session:
        finished = await session.scalar(
            select(IdempotencyRecord).where(IdempotencyRecord.key == "key-done")
        )
        assert finished is not None
        # The same request, under another key, claimed but not yet answered.
        session.add(
            IdempotencyRecord(
                caller=finished.caller,
                key="key-busy",
                request_hash=finished.request_hash,
                lease_expires_at=utcnow() + timedelta(minutes=5),
            )
        )
        await session.commit()
    busy = await _post(client, admin, "key-busy", BOARD)
    problem(busy, 409, "idempotency-key-in-flight")
    assert busy.headers["retry-after"]
    assert await _boards(db) == 1


async def test_a_server_error_is_not_kept_so_the_retry_acts(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    admin: Caller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = boards_service.create_board

    async def broken(*args: object, **kwargs: object) -> Board:
        raise RuntimeError("database on fire")

    monkeypatch.setattr(boards_service, "create_board", broken)
    failed = await _post(client, admin, "key-5", BOARD)
    problem(failed, 500, "internal-error")
    monkeypatch.setattr(boards_service, "create_board", real)

    retry = await _post(client, admin, "key-5", BOARD)
    assert retry.status_code == 201, retry.text
    assert "idempotent-replayed" not in retry.headers
    assert await _boards(db) == 1


async def test_an_overlong_key_is_refused(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], admin: Caller
) -> None:
    response = await _post(client, admin, "k" * 256, BOARD)
    body = problem(response, 422, "validation")
    assert body["errors"][0]["header"] == "Idempotency-Key"
    assert await _boards(db) == 0


async def test_a_key_without_a_valid_token_is_just_a_401(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession]
) -> None:
    response = await client.post(
        f"{API}/boards",
        json=BOARD,
        headers={"Authorization": "Bearer nonsense", "Idempotency-Key": str(uuid.uuid4())},
    )
    problem(response, 401, "unauthenticated")
    async with db() as session:
        assert not (await session.scalars(select(IdempotencyRecord))).all()
