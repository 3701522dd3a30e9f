"""The tokens behind single-use links (set-password links, email confirmations): 256
random bits, sent once, kept only as a SHA-256 digest with a purpose and an expiry."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

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


async def spend(session: AsyncSession, token: str, purpose: str, now: datetime) -> Person | None:
    """Marks a live link of ``purpose`` used, in one conditional UPDATE so two requests
    cannot both spend it, and gives its person if they are still active; else None."""
    spent = (
        await session.execute(
            update(PasswordLink)
            .where(
                col(PasswordLink.token_hash) == digest(token),
                col(PasswordLink.purpose) == purpose,
                col(PasswordLink.used_at).is_(None),
                col(PasswordLink.revoked_at).is_(None),
                col(PasswordLink.expires_at) > now,
            )
            .values(used_at=now)
            .returning(col(PasswordLink.person_id))
            .execution_options(synchronize_session=False)
        )
    ).scalar_one_or_none()
    if spent is None:
        return None
    person: Person | None = await session.scalar(
        select(Person).where(Person.id == spent, col(Person.active).is_(True))
    )
    return person
