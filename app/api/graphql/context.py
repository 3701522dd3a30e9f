"""What every resolver gets: the actor, the loaders and the request's one session."""

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
from app.domain.datarights import reads


class Context:
    """Per request: one session, so one pooled connection and one transaction, whatever
    the query selects. It is the session the actor was read with, so a one-field query
    costs one checkout. Top-level fields and loaders run concurrently, and one
    ``AsyncSession`` must never serve two coroutines at once: each use holds a lock for
    its few statements (no block inside ``reading``/``writing`` waits on another). A
    mutation's later reads see its own uncommitted changes.
    """

    def __init__(self, state: AppState, actor: Actor, session: AsyncSession | None = None) -> None:
        self.state = state
        self.actor = actor
        self.loaders = Loaders(actor, self.reading)
        self._session = session
        self._wrote = False
        self._lock = asyncio.Lock()
        self._memo: dict[object, bool] = {}
        self.private_reads: reads.Pending | None = None
        # Where clients reach us (app/api/urls.py), for URLs a mutation sends by email.
        self.base_url = ""

    @property
    def wrote(self) -> bool:
        return self._wrote

    def _current(self) -> AsyncSession:
        if self._session is None:
            self._session = self.state.sessionmaker()
        return self._session

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[AsyncSession]:
        async with self._lock:
            yield self._current()

    @asynccontextmanager
    async def writing(self) -> AsyncIterator[AsyncSession]:
        async with self._lock:
            self._wrote = True
            try:
                yield self._current()
            finally:
                # Whatever the loaders cached may predate this write.
                self.loaders = Loaders(self.actor, self.reading)

    async def finish(self, *, commit: bool) -> None:
        """End the request's transaction: the transport calls this before it responds."""
        if self._session is None:
            return
        try:
            pending = self.private_reads
            # Private fields a read answered with are audited even when another field
            # failed; a mutation that failed answers data: null, so nothing was shown.
            audited = pending is not None and bool(pending.reads) and (commit or not self._wrote)
            if audited:
                await reads.write(self._session, pending)
            if (self._wrote and commit) or audited:
                await self._session.commit()
            else:
                await self._session.rollback()
        finally:
            await self._session.close()

    def memo(self, key: object, compute: Callable[[], bool]) -> bool:
        """Remember a per-request fact about the query, such as what it selects."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]


Info: TypeAlias = strawberry.Info[Context, None]
