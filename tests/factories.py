"""Plain typed async factories. They write straight to the database and commit."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.api.state import AppState
from app.db.models import ApiClient, Board, Membership, Organisation, Person
from app.domain.auth.clients import _digest
from app.domain.passwords import hash_password

PASSWORD = "correct horse battery staple"
_HASH = hash_password(PASSWORD)  # argon2 is slow on purpose: hash once for every test


@dataclass
class Caller:
    """A person or client with a ready access token."""

    id: uuid.UUID
    organisation_id: uuid.UUID
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


async def organisation(db: async_sessionmaker[AsyncSession], name: str = "Org") -> Organisation:
    async with db() as session:
        org = Organisation(name=name)
        session.add(org)
        await session.commit()
        return org


async def person(
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    *roles: str,
    name: str | None = None,
    email: str | None = None,
    **fields: Any,
) -> Person:
    async with db() as session:
        record = Person(
            organisation_id=org.id,
            email=email or f"{uuid.uuid4().hex[:10]}@example.org",
            display_name=name or "Person " + uuid.uuid4().hex[:4],
            roles=list(roles or ("member",)),
            **{"password_hash": _HASH, **fields},
        )
        session.add(record)
        await session.commit()
        return record


def token_for(app: FastAPI, who: Person | ApiClient, scopes: list[str] | None = None) -> Caller:
    state: AppState = app.state.chorus
    kind = "person" if isinstance(who, Person) else "client"
    token = state.tokens.issue_access_token(
        subject=who.id,
        organisation_id=who.organisation_id,
        kind=kind,
        scopes=scopes if scopes is not None else getattr(who, "scopes", []),
    )
    return Caller(who.id, who.organisation_id, token)


async def caller(
    db: async_sessionmaker[AsyncSession], app: FastAPI, org: Organisation, *roles: str
) -> Caller:
    return token_for(app, await person(db, org, *roles))


async def api_client(
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    scopes: list[str],
    secret: str = "s3cret",
) -> ApiClient:
    async with db() as session:
        client = ApiClient(
            organisation_id=org.id,
            name="Partner",
            client_id="chc_" + uuid.uuid4().hex[:12],
            secret_hash=_digest(secret),
            scopes=scopes,
        )
        session.add(client)
        await session.commit()
        return client


async def board(
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    kind: str = "advisory",
    name: str | None = None,
    advises: Board | None = None,
) -> Board:
    async with db() as session:
        record = Board(
            organisation_id=org.id,
            name=name or f"Board {uuid.uuid4().hex[:4]}",
            kind=kind,
            advises_board_id=advises.id if advises else None,
        )
        session.add(record)
        await session.commit()
        return record


async def membership(
    db: async_sessionmaker[AsyncSession],
    on: Board,
    who: Person,
    role: str = "member",
    status: str = "active",
) -> Membership:
    async with db() as session:
        record = Membership(
            organisation_id=on.organisation_id,
            board_id=on.id,
            person_id=who.id,
            role=role,
            status=status,
            term_start=date(2026, 1, 1),
        )
        session.add(record)
        await session.commit()
        return record
