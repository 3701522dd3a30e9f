"""Responses holding one-time secrets are never stored for replay."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import func, select

from app.db.models import ApiClient, IdempotencyRecord
from tests import factories


async def test_a_secret_is_not_kept_and_a_retry_creates_nothing(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    admin = await factories.caller(db, app, org, "administrator")
    headers = {**admin.headers, "Idempotency-Key": "make-partner-1"}
    body = {"name": "Trust governance tool", "scopes": ["boards:read"]}
    first = await client.post("/api/v1/api-clients", json=body, headers=headers)
    assert first.status_code == 201
    secret = first.json()["clientSecret"]
    retry = await client.post("/api/v1/api-clients", json=body, headers=headers)
    assert retry.status_code == 409
    assert secret not in retry.text
    async with db() as session:
        stored = list(await session.scalars(select(IdempotencyRecord)))
        clients = await session.scalar(select(func.count()).select_from(ApiClient))
    assert clients == 1
    assert [r.response_body for r in stored] == [b""]
