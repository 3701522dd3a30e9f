"""The lease on a claimed Idempotency-Key: renewed while its request runs, and a fence.

With a one-second lease, a request that runs for several seconds keeps its key (a
duplicate still gets 409), and its effect commits once.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Board
from app.domain.boards import service as boards_service
from app.settings import Settings
from tests.api.helpers import problem
from tests.factories import Caller
from tests.faults.support import boards, create

REAL_CREATE = boards_service.create_board


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"idempotency_lease_seconds": 1})


async def test_a_long_request_keeps_its_key_past_the_lease(
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
    first = asyncio.create_task(create(client, admin, "long"))
    await asyncio.wait_for(started.wait(), 10)
    await asyncio.sleep(2.5)  # more than twice the lease
    problem(await create(client, admin, "long"), 409, "idempotency-key-in-flight")
    go_on.set()
    done = await first
    assert done.status_code == 201, done.text
    replay = await create(client, admin, "long")
    assert replay.headers["idempotent-replayed"] == "true"
    assert await boards(db) == 1
