"""First start: an empty database gets its organisation and first administrator."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import Organisation, Person
from app.main import prepare_database
from app.settings import Settings
from tests import factories

ADMIN = "first.admin@example.org"
PASSWORD = "a long first password"


async def _count(db: async_sessionmaker[AsyncSession], model: type[Person | Organisation]) -> int:
    async with db() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_first_start_creates_the_administrator_once(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    configured = settings.model_copy(
        update={"admin_email": ADMIN, "admin_password": SecretStr(PASSWORD)}
    )
    state = app.state.chorus
    await prepare_database(configured, state)
    await prepare_database(configured, state)  # a restart adds nothing
    assert await _count(db, Organisation) == 1
    assert await _count(db, Person) == 1
    token = await client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": ADMIN, "password": PASSWORD},
    )
    assert token.status_code == 200, token.text
    me = await client.get(
        "/api/v1/me", headers={"Authorization": f"Bearer {token.json()['access_token']}"}
    )
    assert me.json()["roles"] == ["administrator"]


async def test_no_bootstrap_once_anyone_exists_or_without_credentials(
    app: FastAPI, db: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    state = app.state.chorus
    await prepare_database(settings, state)  # no CHORUS_ADMIN_* set
    assert await _count(db, Person) == 0
    await factories.person(db, await factories.organisation(db))
    configured = settings.model_copy(
        update={"admin_email": ADMIN, "admin_password": SecretStr(PASSWORD)}
    )
    await prepare_database(configured, state)
    assert await _count(db, Person) == 1
