"""A pooled PostgreSQL connection whose server end is gone is replaced at checkout, free.

``pool_pre_ping`` would find it too, but by a round trip of three statements (BEGIN, an
empty query, ROLLBACK) on every checkout, which is most of a small read's cost. A
backend that is terminated or restarted closes its socket; the event loop sees that
while the connection sits in the pool and asyncpg marks it closed, so asking asyncpg is
enough. A connection lost mid-request is still invalidated by SQLAlchemy's disconnect
handling, and the pool never hands it out again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, exc
from sqlalchemy.ext.asyncio import AsyncEngine


def replace_closed_on_checkout(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "checkout")
    def _closed_is_replaced(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        if dbapi_connection._connection.is_closed():
            # The pool discards this one and checks out another (up to three times).
            raise exc.DisconnectionError("the server closed this connection")
