"""The yardstick: a bare ASGI handler over asyncpg serving the same nested boards JSON.

Run by bench/run.py as ``uvicorn bench.reference:app``; reads BENCH_DSN.
"""

from __future__ import annotations

import os
import uuid
from collections import defaultdict
from typing import Any

import asyncpg
import orjson

_pool: asyncpg.Pool | None = None

BOARDS = "SELECT id, name, kind, notice_period_days FROM boards ORDER BY id LIMIT 20"
MEMBERSHIPS = (
    "SELECT id, board_id, person_id, role, status, term_start FROM memberships "
    "WHERE board_id = ANY($1::uuid[]) ORDER BY id"
)
PEOPLE = "SELECT id, display_name, pronouns FROM people WHERE id = ANY($1::uuid[])"
ONE_BOARD = (
    "SELECT id, name, kind, description, advises_board_id, notice_period_days, "
    "terms_of_reference, timezone, created_at, updated_at FROM boards WHERE id = $1"
)


def _default(value: Any) -> Any:
    # asyncpg's own UUID type is not one orjson takes as-is.
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError


async def _boards() -> bytes:
    assert _pool is not None
    async with _pool.acquire() as connection:
        boards = await connection.fetch(BOARDS)
        members = await connection.fetch(MEMBERSHIPS, [b["id"] for b in boards])
        people = {
            p["id"]: dict(p)
            for p in await connection.fetch(PEOPLE, list({m["person_id"] for m in members}))
        }
    by_board: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for m in members:
        by_board[m["board_id"]].append({**dict(m), "person": people[m["person_id"]]})
    items = [{**dict(b), "memberships": by_board[b["id"]]} for b in boards]
    return orjson.dumps({"items": items, "nextCursor": None}, default=_default)


async def _one_board(board_id: uuid.UUID) -> bytes:
    """The same board Chorus's GET /boards/{id} reads, as the cheapest server would."""
    assert _pool is not None
    async with _pool.acquire() as connection:
        row = await connection.fetchrow(ONE_BOARD, board_id)
    return orjson.dumps(dict(row) if row else None, default=_default)


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    global _pool
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                _pool = await asyncpg.create_pool(os.environ["BENCH_DSN"], min_size=4, max_size=8)
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if _pool is not None:
                    await _pool.close()
                await send({"type": "lifespan.shutdown.complete"})
                return
    path: str = scope["path"]
    if path.startswith("/boards/"):
        body = await _one_board(uuid.UUID(path.removeprefix("/boards/")))
    else:
        body = await _boards()
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": body})
