"""The Idempotency-Key store: claims held under a lease, completions, and the purge.

A claim is a row with no ``completed_at`` and a lease that its request renews while it
runs. A retry may take over a claim whose lease has run out (its process died, or lost
its database before it could release the key). The completion is written in the
handler's own transaction and only while the claim is still the same row, so an effect
and its stored response commit together or not at all, and a request whose claim was
taken over cannot commit a second effect.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, or_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import IdempotencyRecord
from app.db.types import utcnow


@dataclass(frozen=True)
class Response:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


def _expired(ttl: timedelta, now: datetime) -> ColumnElement[bool]:
    return or_(
        col(IdempotencyRecord.created_at) < now - ttl,
        col(IdempotencyRecord.completed_at).is_(None)
        & (col(IdempotencyRecord.lease_expires_at) < now),
    )


async def claim(
    sessionmaker: async_sessionmaker[AsyncSession],
    caller: str,
    key: str,
    request_hash: str,
    *,
    ttl: timedelta,
    lease: timedelta,
) -> tuple[uuid.UUID | None, IdempotencyRecord | None]:
    """The new claim's ID, or the record that holds the key already."""
    now = utcnow()
    async with sessionmaker() as session:
        # Past its TTL, or an abandoned claim: the key may be used afresh. The condition is
        # re-checked on a row a finishing request has just completed, so that one stays.
        await session.execute(
            delete(IdempotencyRecord).where(
                col(IdempotencyRecord.caller) == caller,
                col(IdempotencyRecord.key) == key,
                _expired(ttl, now),
            )
        )
        record = IdempotencyRecord(
            caller=caller, key=key, request_hash=request_hash, lease_expires_at=now + lease
        )
        session.add(record)
        try:
            await session.commit()
            return record.id, None
        except IntegrityError:
            await session.rollback()
        existing = await session.scalar(
            select(IdempotencyRecord).where(
                IdempotencyRecord.caller == caller, IdempotencyRecord.key == key
            )
        )
        return None, existing


async def renew(
    sessionmaker: async_sessionmaker[AsyncSession], record_id: uuid.UUID, lease: timedelta
) -> bool:
    """Extend a running claim; False once it is completed or was taken over."""
    async with sessionmaker() as session:
        result = await session.execute(
            update(IdempotencyRecord)
            .where(
                col(IdempotencyRecord.id) == record_id,
                col(IdempotencyRecord.completed_at).is_(None),
            )
            .values(lease_expires_at=utcnow() + lease)
        )
        await session.commit()
        return bool(result.rowcount)  # type: ignore[attr-defined]


async def complete(
    session: AsyncSession,
    record_id: uuid.UUID,
    response: Response,
    request_hash: str | None = None,
) -> bool:
    """Store the response in the caller's transaction; False if the claim is lost."""
    result = await session.execute(
        update(IdempotencyRecord)
        .where(
            col(IdempotencyRecord.id) == record_id,
            col(IdempotencyRecord.completed_at).is_(None),
        )
        .values(
            completed_at=utcnow(),
            status_code=response.status,
            response_headers={"headers": response.headers},
            response_body=response.body,
            **({"request_hash": request_hash} if request_hash is not None else {}),
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def release(sessionmaker: async_sessionmaker[AsyncSession], record_id: uuid.UUID) -> None:
    """Free an unfinished claim; a completed one (its commit went through) is kept."""
    async with sessionmaker() as session:
        await session.execute(
            delete(IdempotencyRecord).where(
                col(IdempotencyRecord.id) == record_id,
                col(IdempotencyRecord.completed_at).is_(None),
            )
        )
        await session.commit()


async def purge(sessionmaker: async_sessionmaker[AsyncSession], ttl: timedelta) -> int:
    """Delete what no retry may use any more: stored responses hold personal data."""
    async with sessionmaker() as session:
        result = await session.execute(delete(IdempotencyRecord).where(_expired(ttl, utcnow())))
        await session.commit()
        return int(result.rowcount)  # type: ignore[attr-defined]
