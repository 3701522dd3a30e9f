"""Rotating refresh tokens. Each use spends one and issues the next in the same family."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import timedelta

from sqlalchemy import CursorResult, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Person, RefreshToken
from app.db.types import utcnow
from app.domain.errors import OAuthError, TokenReuseDetected


def _digest(token: str) -> str:
    # Refresh tokens are 256 random bits: a plain digest is enough to make a stolen
    # table useless, and lookups stay exact.
    return hashlib.sha256(token.encode()).hexdigest()


async def issue(
    session: AsyncSession, person: Person, ttl_days: int, family_id: uuid.UUID | None = None
) -> str:
    token = secrets.token_urlsafe(32)
    session.add(
        RefreshToken(
            organisation_id=person.organisation_id,
            person_id=person.id,
            family_id=family_id or uuid.uuid4(),
            token_hash=_digest(token),
            expires_at=utcnow() + timedelta(days=ttl_days),
        )
    )
    await session.flush()
    return token


async def rotate(session: AsyncSession, presented: str, ttl_days: int) -> tuple[Person, str]:
    """Spend ``presented`` and return its owner with the next token of the family."""
    now = utcnow()
    digest = _digest(presented)
    # One conditional UPDATE: of two racing uses of the same token, exactly one wins.
    spent: CursorResult[tuple[()]] = await session.execute(  # type: ignore[assignment]
        update(RefreshToken)
        .where(
            col(RefreshToken.token_hash) == digest,
            col(RefreshToken.used_at).is_(None),
            col(RefreshToken.revoked_at).is_(None),
            col(RefreshToken.expires_at) > now,
        )
        .values(used_at=now)
    )
    row = await session.scalar(select(RefreshToken).where(RefreshToken.token_hash == digest))
    if row is None:
        raise OAuthError("invalid_grant", "The refresh token is not valid.")
    if spent.rowcount != 1:
        if row.used_at is not None and row.revoked_at is None:
            await revoke_family(session, row.family_id)
            # A spent token used again means one of the two holders is a thief, and we
            # cannot tell which: every access token of the person ends too.
            await session.execute(
                update(Person)
                .where(col(Person.id) == row.person_id)
                .values(token_version=Person.token_version + 1)
                .execution_options(synchronize_session=False)
            )
            raise TokenReuseDetected()
        raise OAuthError("invalid_grant", "The refresh token has expired or was revoked.")
    person = await session.scalar(
        select(Person).where(Person.id == row.person_id, col(Person.active).is_(True))
    )
    if person is None:
        raise OAuthError("invalid_grant", "The refresh token is not valid.")
    return person, await issue(session, person, ttl_days, row.family_id)


async def revoke_family(session: AsyncSession, family_id: uuid.UUID) -> None:
    await session.execute(
        update(RefreshToken)
        .where(col(RefreshToken.family_id) == family_id, col(RefreshToken.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )


async def revoke(session: AsyncSession, presented: str) -> None:
    """Revoke the sign-in a token belongs to. Unknown tokens are ignored (RFC 7009)."""
    row = await session.scalar(
        select(RefreshToken).where(RefreshToken.token_hash == _digest(presented))
    )
    if row is not None:
        await revoke_family(session, row.family_id)


async def revoke_all_for_person(session: AsyncSession, person_id: uuid.UUID) -> None:
    await session.execute(
        update(RefreshToken)
        .where(col(RefreshToken.person_id) == person_id, col(RefreshToken.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )
