"""The OAuth2 grants of ``POST /auth/token``: password, client credentials, refresh token."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Person
from app.db.types import utcnow
from app.domain import audit
from app.domain.auth import clients, refresh
from app.domain.auth.throttle import Throttle
from app.domain.auth.tokens import TokenService
from app.domain.errors import OAuthError
from app.domain.passwords import verify_password


@dataclass(frozen=True)
class TokenGrant:
    access_token: str
    expires_in: int
    scope: str
    refresh_token: str | None = None


async def _person_grant(
    session: AsyncSession, tokens: TokenService, person: Person, refresh_token: str
) -> TokenGrant:
    access = tokens.issue_access_token(
        subject=person.id,
        organisation_id=person.organisation_id,
        kind="person",
        version=person.token_version,
    )
    return TokenGrant(access, tokens.access_token_ttl, "", refresh_token)


async def password_grant(
    session: AsyncSession,
    tokens: TokenService,
    refresh_ttl_days: int,
    username: str,
    password: str,
    throttle: Throttle,
    address: str,
) -> TokenGrant:
    email = username.strip().lower()
    # Before the lookup, so a throttled answer is the same whether or not anyone has the
    # email, and costs no password verification.
    await throttle.before_sign_in(email, address)
    # Emails are unique per organisation, so one address may name several people: the
    # password picks among them (the oldest, if it fits more than one).
    people = (
        await session.scalars(
            select(Person)
            .where(Person.email == email, col(Person.active).is_(True))
            .order_by(col(Person.id))
        )
    ).all()
    # Every candidate is checked, and a missing one still costs a verification, so an
    # unknown email, a wrong password and a right one take the same time.
    fits = [p for p in people if verify_password(password, p.password_hash)]
    if not people:
        verify_password(password, None)
    if not fits:
        await throttle.sign_in_failed(email, address)
        raise OAuthError("invalid_grant", "The email address or password is not correct.")
    person = fits[0]
    if await throttle.sign_in_succeeded(email, address):
        # Someone was refused for this account since it last got in: worth a look.
        audit.record(
            session,
            None,
            "person.signed_in_after_throttling",
            "person",
            person.id,
            person.organisation_id,
        )
    return await _person_grant(
        session, tokens, person, await refresh.issue(session, person, refresh_ttl_days)
    )


async def refresh_grant(
    session: AsyncSession, tokens: TokenService, refresh_ttl_days: int, presented: str
) -> TokenGrant:
    person, next_token = await refresh.rotate(session, presented, refresh_ttl_days)
    return await _person_grant(session, tokens, person, next_token)


async def client_credentials_grant(
    session: AsyncSession,
    tokens: TokenService,
    client_id: str,
    client_secret: str,
    requested_scope: str | None,
) -> TokenGrant:
    client = await clients.authenticate(session, client_id, client_secret)
    granted = set(client.scopes)
    scopes = set(requested_scope.split()) if requested_scope else granted
    if not scopes <= granted:
        raise OAuthError("invalid_scope", "The client was not granted every scope it asked for.")
    client.last_used_at = utcnow()
    access = tokens.issue_access_token(
        subject=client.id, organisation_id=client.organisation_id, kind="client", scopes=scopes
    )
    return TokenGrant(access, tokens.access_token_ttl, " ".join(sorted(scopes)))
