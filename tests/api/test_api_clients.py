"""``/api-clients``: administrators register partner systems; a secret is shown once."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.helpers import API, bearer, client_credentials, collect, oauth_error, problem
from tests.factories import Caller


async def _register(
    client: httpx.AsyncClient, admin: Caller, scopes: list[str] | None = None
) -> dict[str, Any]:
    response = await client.post(
        f"{API}/api-clients",
        json={"name": "NHS secretariat", "scopes": scopes or ["boards:read", "boards:write"]},
        headers=admin.headers,
    )
    assert response.status_code == 201, response.text
    assert response.headers["cache-control"] == "no-store"
    body: dict[str, Any] = response.json()
    return body


async def test_the_secret_is_shown_once_and_works(client: httpx.AsyncClient, admin: Caller) -> None:
    made = await _register(client, admin)
    secret = made["clientSecret"]
    assert secret
    assert made["clientId"]
    assert made["active"] is True

    shown = await client.get(f"{API}/api-clients/{made['id']}", headers=admin.headers)
    assert shown.status_code == 200
    listed = await collect(client, "/api-clients", admin.headers)
    for text in (shown.text, str(listed)):
        assert secret not in text
        assert "clientSecret" not in text
        assert "secretHash" not in text
    assert shown.json()["scopes"] == ["boards:read", "boards:write"]

    token = await client_credentials(client, made["clientId"], secret)
    assert token.status_code == 200, token.text
    me = await client.get(f"{API}/me", headers=bearer(token.json()["access_token"]))
    assert me.json()["client"]["id"] == made["id"]
    used = await client.get(f"{API}/api-clients/{made['id']}", headers=admin.headers)
    assert used.json()["lastUsedAt"] is not None


async def test_rotating_the_secret_retires_the_old_one(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    made = await _register(client, admin)
    rotated = await client.post(f"{API}/api-clients/{made['id']}/secret", headers=admin.headers)
    assert rotated.status_code == 200, rotated.text
    assert rotated.headers["cache-control"] == "no-store"
    new_secret = rotated.json()["clientSecret"]
    assert new_secret != made["clientSecret"]
    assert rotated.json()["clientId"] == made["clientId"]

    oauth_error(
        await client_credentials(client, made["clientId"], made["clientSecret"]),
        401,
        "invalid_client",
    )
    assert (await client_credentials(client, made["clientId"], new_secret)).status_code == 200


@pytest.mark.parametrize("role", ["coordinator", "finance", "member"])
async def test_only_administrators_manage_api_clients(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
    role: str,
) -> None:
    made = await _register(client, admin)
    asker = await factories.caller(db, app, org, role)
    path = f"{API}/api-clients/{made['id']}"
    attempts = [
        await client.get(f"{API}/api-clients", headers=asker.headers),
        await client.post(
            f"{API}/api-clients", json={"name": "Mine", "scopes": []}, headers=asker.headers
        ),
        await client.get(path, headers=asker.headers),
        await client.patch(path, json={"scopes": ["people:write"]}, headers=asker.headers),
        await client.post(f"{path}/secret", headers=asker.headers),
        await client.delete(path, headers=asker.headers),
    ]
    for response in attempts:
        problem(response, 403, "forbidden")
    # The old secret still works: nothing was rotated, changed or deleted.
    token = await client_credentials(client, made["clientId"], made["clientSecret"])
    assert token.json()["scope"] == "boards:read boards:write"


async def test_an_api_client_cannot_manage_api_clients(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    every_scope = ["people:read", "people:write", "boards:read", "boards:write"]
    partner = factories.token_for(app, await factories.api_client(db, org, every_scope))
    response = await client.post(
        f"{API}/api-clients", json={"name": "Child", "scopes": every_scope}, headers=partner.headers
    )
    problem(response, 403, "forbidden")


async def test_unknown_scopes_are_refused(client: httpx.AsyncClient, admin: Caller) -> None:
    response = await client.post(
        f"{API}/api-clients", json={"name": "P", "scopes": ["audit:read"]}, headers=admin.headers
    )
    problem(response, 422, "validation")


@pytest.mark.parametrize("field", ["name", "scopes", "active"])
async def test_null_cannot_be_written_over_a_required_field(
    client: httpx.AsyncClient, admin: Caller, field: str
) -> None:
    made = await _register(client, admin)
    response = await client.patch(
        f"{API}/api-clients/{made['id']}", json={field: None}, headers=admin.headers
    )
    body = problem(response, 422, "validation")
    assert [e["pointer"] for e in body["errors"]] == [f"/{field}"]
    assert (
        await client_credentials(client, made["clientId"], made["clientSecret"])
    ).status_code == 200
