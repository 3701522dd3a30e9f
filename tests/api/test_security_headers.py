"""Hardening headers a browser relies on, and the interactive pages off in production."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine

from app.main import create_app
from app.settings import Settings
from tests.api.helpers import API
from tests.factories import Caller


@asynccontextmanager
async def serving(settings: Settings, engine: AsyncEngine) -> AsyncIterator[httpx.AsyncClient]:
    app: FastAPI = create_app(settings, engine=engine)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://chorus.test") as client:
        yield client


async def test_every_response_forbids_sniffing_and_framing(client: httpx.AsyncClient) -> None:
    for response in [
        await client.get("/health"),
        await client.get(f"{API}/boards"),  # 401 problem
        await client.get("/no-such-page"),
    ]:
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"


async def test_authenticated_answers_are_not_cached_unless_the_route_says_otherwise(
    client: httpx.AsyncClient, member: Caller
) -> None:
    me = await client.get(f"{API}/me", headers=member.headers)
    assert me.status_code == 200
    assert me.headers["cache-control"] == "no-store"
    graphql = await client.post(
        "/graphql", json={"query": "{ me { kind } }"}, headers=member.headers
    )
    assert graphql.headers["cache-control"] == "no-store"
    assert "cache-control" not in (await client.get("/health")).headers


@pytest.mark.parametrize("path", ["/docs", "/graphql"])
async def test_interactive_pages_carry_a_policy_and_cannot_be_framed(
    client: httpx.AsyncClient, member: Caller, path: str
) -> None:
    response = await client.get(path, headers=member.headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    assert "default-src 'none'" in policy
    assert response.headers["x-frame-options"] == "DENY"


async def test_production_serves_neither_docs_nor_graphiql_unless_asked(
    settings: Settings, engine: AsyncEngine, member: Caller
) -> None:
    production = settings.model_copy(update={"environment": "production"})
    async with serving(production, engine) as client:
        assert (await client.get("/docs")).status_code == 404
        assert (await client.get("/graphql", headers=member.headers)).status_code == 405
        assert (await client.get("/openapi.json")).status_code == 200
    chosen = production.model_copy(update={"docs": True, "graphiql": True})
    async with serving(chosen, engine) as client:
        assert (await client.get("/docs")).status_code == 200
        graphiql = await client.get("/graphql", headers=member.headers)
        assert graphiql.headers["content-type"].startswith("text/html")
