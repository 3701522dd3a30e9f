"""Which errors mean "the database is busy or away" (503, retry) rather than a bug (500).

A request that waited its `CHORUS_DB_POOL_TIMEOUT_SECONDS` for a connection, a connection
refused, reset or killed (`pg_terminate_backend`, a restarting server) and SQLite's
"database is locked" or "unable to open database file" changed nothing a retry cannot
redo: the request's transaction rolled back. Anything else stays a server error.
"""

from __future__ import annotations

from asyncpg import exceptions as pg
from sqlalchemy import exc as sa

# Seconds a client is told to wait: a full pool drains in moments, a restart takes longer.
BUSY_RETRY_AFTER = 1
OUTAGE_RETRY_AFTER = 5

_PG_OUTAGE = (
    pg.CannotConnectNowError,
    pg.ConnectionDoesNotExistError,
    pg.AdminShutdownError,
    pg.CrashShutdownError,
    pg.ConnectionFailureError,
    pg.TooManyConnectionsError,
)


def retry_after(error: BaseException) -> int | None:
    """Seconds to advise before a retry, or None when the error is not an outage."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        found = _classify(current)
        if found is not None:
            return found
        pending += [current.__cause__, current.__context__]
        if isinstance(current, sa.DBAPIError) and isinstance(current.orig, BaseException):
            pending.append(current.orig)
    return None


def _classify(error: BaseException) -> int | None:
    if isinstance(error, sa.TimeoutError):  # the pool's: every connection is in use
        return BUSY_RETRY_AFTER
    if isinstance(error, sa.DBAPIError) and error.connection_invalidated:
        return OUTAGE_RETRY_AFTER
    if isinstance(error, sa.OperationalError):
        message = str(error.orig)
        if "database is locked" in message:
            return BUSY_RETRY_AFTER
        if "unable to open database file" in message:  # SQLite's file or disk is gone
            return OUTAGE_RETRY_AFTER
    if isinstance(error, (*_PG_OUTAGE, ConnectionError)):
        return OUTAGE_RETRY_AFTER
    return None
