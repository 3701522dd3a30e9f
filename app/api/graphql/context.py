"""What every resolver gets: the actor, the loaders and the request's sessions."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import TypeAlias

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.graphql.loaders import Loaders
from app.api.state import AppState
from app.domain.actors import Actor

# Read sessions one request may hold at once: top-level fields and loaders run
# concurrently, and an aliased query should not drain the connection pool.
MAX_READ_SESSIONS = 4


class Context:
    """Per request. Reads use short sessions of their own until the request first writes;
    from then on every read goes through the one write session, under a lock, so a
    mutation's result shows its own uncommitted changes and the session is never shared
    by two coroutines at once.
    """

    def __init__(self, state: AppState, actor: Actor) -> None:
        self.state = state
        self.actor = actor
        self.loaders = Loaders(actor, self.reading)
        self._write: AsyncSession | None = None
        self._lock = asyncio.Lock()
        self._gate = asyncio.Semaphore(MAX_READ_SESSIONS)
        self._memo: dict[object, bool] = {}

    @property
    def wrote(self) -> bool:
        return self._write is not None

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[AsyncSession]:
        if self._write is not None:
            async with self._lock:
                yield self._write
            return
        async with self._gate, self.state.sessionmaker() as session:
            yield session

    @asynccontextmanager
    async def writing(self) -> AsyncIterator[AsyncSession]:
        async with self._lock:
            if self._write is None:
                self._write = self.state.sessionmaker()
            try:
                yield self._write
            finally:
                # Whatever the loaders cached may predate this write.
                self.loaders = Loaders(self.actor, self.reading)

    async def finish(self, *, commit: bool) -> None:
        """End the request's transaction: the transport calls this before it responds."""
        if self._write is None:
            return
        try:
            if commit:
                await self._write.commit()
            else:
                await self._write.rollback()
        finally:
            await self._write.close()

    def memo(self, key: object, compute: Callable[[], bool]) -> bool:
        """Remember a per-request fact about the query, such as what it selects."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]


Info: TypeAlias = strawberry.Info[Context, None]
