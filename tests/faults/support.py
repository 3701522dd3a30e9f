"""Shared moves of the fault tests: one board created under a key, and counting them."""

from __future__ import annotations

import hashlib

import httpx
import orjson
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import Board
from tests.api.helpers import API
from tests.factories import Caller

PATH = f"{API}/boards"
BODY = orjson.dumps({"name": "Programme board", "kind": "governance"})
# What the middleware hashes: the path, the query string and the body.
REQUEST_HASH = hashlib.sha256(b"\0".join([PATH.encode(), b"", BODY])).hexdigest()


def headers(caller: Caller, key: str) -> dict[str, str]:
    return {**caller.headers, "Idempotency-Key": key, "Content-Type": "application/json"}


async def create(client: httpx.AsyncClient, caller: Caller, key: str) -> httpx.Response:
    return await client.post(PATH, content=BODY, headers=headers(caller, key))


async def boards(db: async_sessionmaker[AsyncSession]) -> int:
    async with db() as session:
        return int(await session.scalar(select(func.count()).select_from(Board)) or 0)
