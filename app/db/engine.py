"""Async engine and session factories."""

from __future__ import annotations

import base64
from typing import Any

import orjson
from sqlalchemy import event
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from app.db.liveness import replace_closed_on_checkout


def cursor_from_hex(hex_id: str | None) -> str | None:
    """``encode_cursor`` of an ID as SQLite stores it (32 hex digits)."""
    if hex_id is None:
        return None
    return base64.urlsafe_b64encode(bytes.fromhex(hex_id)).decode().rstrip("=")


def _dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    if url.startswith("sqlite"):
        # One writer at a time on SQLite: wait for the lock rather than fail at once.
        kwargs.setdefault("connect_args", {"timeout": 30})
    else:
        kwargs.setdefault("pool_size", 10)
        kwargs.setdefault("max_overflow", 10)
    # JSON columns (roles, tags) are decoded on every row read: orjson is several times
    # faster than the standard library at it.
    kwargs.setdefault("json_deserializer", orjson.loads)
    kwargs.setdefault("json_serializer", _dumps)
    # Database errors quote the statement's parameters unless told not to, and those hold
    # webhook URLs and secrets, emails and password digests: never in a log line.
    kwargs.setdefault("hide_parameters", True)
    engine = create_async_engine(url, **kwargs)
    if url.startswith("sqlite"):

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            # Foreign keys are off by default in SQLite, per connection.
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()
            # Statements that write their own JSON give out cursors (app/db/json.py).
            dbapi_connection.create_function(
                "chorus_cursor", 1, cursor_from_hex, deterministic=True
            )

    else:
        replace_closed_on_checkout(engine)
    return engine


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: objects stay readable after the request's single commit.
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
