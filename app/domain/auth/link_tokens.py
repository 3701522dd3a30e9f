"""The tokens behind single-use links (set-password links, email confirmations): 256
random bits, sent once, kept only as a SHA-256 digest with a purpose and an expiry."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db.models import PasswordLink, Person
from app.db.types import utcnow


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def revoke_open(
    session: AsyncSession, person_id: uuid.UUID, purposes: tuple[str, ...], now: datetime
) -> None:
    await session.execute(
        update(PasswordLink)
        .where(
            col(PasswordLink.person_id) == person_id,
            col(PasswordLink.purpose).in_(purposes),
            col(PasswordLink.used_at).is_(None),
            col(PasswordLink.revoked_at).is_(None),
        )
        .values(revoked_at=now)
        .execution_options(synchronize_session=False)
    )


async def issue(
    session: AsyncSession,
    person: Person,
    purpose: str,
    ttl: timedelta,
    created_by: uuid.UUID | None = None,
) -> tuple[str, datetime]:
    """A new link's token and expiry; the person's earlier links of this kind stop working."""
    now = utcnow()
    await revoke_open(session, person.id, (purpose,), now)
    token = secrets.token_urlsafe(32)
    expires_at = now + ttl
    session.add(
        PasswordLink(
            organisation_id=person.organisation_id,
            person_id=person.id,
            purpose=purpose,
            token_hash=digest(token),
            expires_at=expires_at,
            created_by=created_by,
        )
    )
    await session.flush()
    return token, expires_at
