"""A ``limits`` storage in the ``throttle_counters`` table, so every process that shares a
PostgreSQL database counts the same sign-in failures (limits ships no SQL storage).

Each call runs in its own short transaction on the engine, not in the request's: a failed
sign-in rolls its request back, and its count must stay.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from limits.aio.storage import Storage
from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.db.models import ThrottleCounter

_table = ThrottleCounter.__table__  # type: ignore[attr-defined]


class SqlStorage(Storage):
    """Fixed windows: a key counts up until ``expires_at``, then starts again from zero."""

    STORAGE_SCHEME = ["chorus+sql"]

    def __init__(self, engine: AsyncEngine, clock: Callable[[], float] = time.time) -> None:
        super().__init__()
        self._engine = engine
        self._clock = clock

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return SQLAlchemyError

    async def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = self._clock()
        fresh = insert(_table).values(key=key, count=amount, expires_at=now + expiry)
        # One conditional UPSERT: concurrent failures from several processes serialise on
        # the row, and a window that ran out restarts rather than adding to the old count.
        ran_out = _table.c.expires_at <= now
        statement = fresh.on_conflict_do_update(
            index_elements=[_table.c.key],
            set_={
                "count": case((ran_out, amount), else_=_table.c.count + amount),
                "expires_at": case((ran_out, fresh.excluded.expires_at), else_=_table.c.expires_at),
            },
        ).returning(_table.c.count)
        async with self._engine.begin() as connection:
            return int((await connection.execute(statement)).scalar_one())

    async def decr(self, key: str, amount: int = 1) -> int:
        """Give back a reserved attempt (as limits' MemoryStorage does); never below 0."""
        statement = (
            update(_table)
            .where(_table.c.key == key, _table.c.expires_at > self._clock())
            .values(count=case((_table.c.count > amount, _table.c.count - amount), else_=0))
            .returning(_table.c.count)
        )
        async with self._engine.begin() as connection:
            return int((await connection.execute(statement)).scalar() or 0)

    async def get(self, key: str) -> int:
        async with self._engine.connect() as connection:
            count = await connection.scalar(
                select(_table.c.count).where(
                    _table.c.key == key, _table.c.expires_at > self._clock()
                )
            )
        return int(count or 0)

    async def get_expiry(self, key: str) -> float:
        async with self._engine.connect() as connection:
            expires = await connection.scalar(
                select(_table.c.expires_at).where(_table.c.key == key)
            )
        now = self._clock()
        return float(expires) if expires is not None and expires > now else now

    async def check(self) -> bool:
        async with self._engine.connect() as connection:
            await connection.execute(select(1))
        return True

    async def reset(self) -> int | None:
        async with self._engine.begin() as connection:
            return (await connection.execute(delete(_table))).rowcount

    async def clear(self, key: str) -> None:
        async with self._engine.begin() as connection:
            await connection.execute(delete(_table).where(_table.c.key == key))


async def purge(sessionmaker: async_sessionmaker[AsyncSession]) -> int:
    """Drop windows that ran out (the scheduler's job), so emails tried once do not pile
    up as rows."""
    async with sessionmaker() as session, session.begin():
        result = await session.execute(delete(_table).where(_table.c.expires_at <= time.time()))
        return int(getattr(result, "rowcount", 0) or 0)
