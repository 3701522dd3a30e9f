"""Partner systems: the client credentials grant, and tokens that follow their client."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.helpers import API, basic, bearer, client_credentials, oauth_error, problem
from tests.factories import Caller

SECRET = "p@ss:w0rd%/secret"
BOARD = {"name": "Programme board", "kind": "governance"}


async def test_client_credentials_in_the_form(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    partner = await factories.api_client(db, org, ["boards:read", "boards:write"], SECRET)
    response = await client_credentials(client, partner.client_id, SECRET)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"] == "bearer"
    assert set(body["scope"].split()) == {"boards:read", "boards:write"}
    assert "refresh_token" not in body  # partner systems simply ask again
    headers = bearer(body["access_token"])
    assert (await client.get(f"{API}/boards", headers=headers)).status_code == 200
    assert (await client.post(f"{API}/boards", json=BOARD, headers=headers)).status_code == 201


async def test_client_credentials_by_http_basic(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    partner = await factories.api_client(db, org, ["boards:read"], SECRET)
    response = await client.post(
        f"{API}/auth/token",
        data={"grant_type": "client_credentials"},
        headers=basic(partner.client_id, SECRET),
    )
    assert response.status_code == 200, response.text
    me = await client.get(f"{API}/me", headers=bearer(response.json()["access_token"]))
    assert me.json()["client"]["clientId"] == partner.client_id


async def test_a_narrower_scope_can_be_asked_for_and_is_all_the_token_gets(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    partner = await factories.api_client(db, org, ["boards:read", "boards:write"], SECRET)
    response = await client_credentials(client, partner.client_id, SECRET, scope="boards:read")
    assert response.status_code == 200, response.text
    assert response.json()["scope"] == "boards:read"
    headers = bearer(response.json()["access_token"])
    assert (await client.get(f"{API}/boards", headers=headers)).status_code == 200
    problem(await client.post(f"{API}/boards", json=BOARD, headers=headers), 403, "forbidden")


async def test_a_scope_beyond_the_clients_grant_is_refused(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    partner = await factories.api_client(db, org, ["boards:read"], SECRET)
    for scope in ("boards:read boards:write", "people:read", "admin"):
        response = await client_credentials(client, partner.client_id, SECRET, scope=scope)
        body = oauth_error(response, 400, "invalid_scope")
        assert "access_token" not in body


async def test_a_wrong_secret_or_unknown_client_is_invalid_client(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    partner = await factories.api_client(db, org, ["boards:read"], SECRET)
    attempts = [
        await client_credentials(client, partner.client_id, SECRET + "x"),
        await client_credentials(client, "chc_unknown", SECRET),
        await client.post(
            f"{API}/auth/token",
            data={"grant_type": "client_credentials"},
            headers=basic(partner.client_id, "wrong"),
        ),
    ]
    details = set()
    for response in attempts:
        body = oauth_error(response, 401, "invalid_client")
        # The challenge names the scheme clients authenticate with here (RFC 6749 5.2).
        assert response.headers["www-authenticate"].startswith("Basic")
        details.add(body["detail"])
    assert len(details) == 1  # a wrong secret looks like an unknown client


async def test_a_deactivated_client_can_neither_get_nor_use_tokens(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    partner = await factories.api_client(db, org, ["boards:read"], SECRET)
    token = (await client_credentials(client, partner.client_id, SECRET)).json()["access_token"]
    response = await client.patch(
        f"{API}/api-clients/{partner.id}", json={"active": False}, headers=admin.headers
    )
    assert response.status_code == 200, response.text
    problem(await client.get(f"{API}/boards", headers=bearer(token)), 401, "unauthenticated")
    oauth_error(await client_credentials(client, partner.client_id, SECRET), 401, "invalid_client")


async def test_a_deleted_clients_tokens_stop_working(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    partner = await factories.api_client(db, org, ["boards:read"], SECRET)
    token = (await client_credentials(client, partner.client_id, SECRET)).json()["access_token"]
    assert (await client.get(f"{API}/boards", headers=bearer(token))).status_code == 200

    deleted = await client.delete(f"{API}/api-clients/{partner.id}", headers=admin.headers)
    assert deleted.status_code == 204, deleted.text

    response = await client.get(f"{API}/boards", headers=bearer(token))
    problem(response, 401, "unauthenticated")
    assert response.headers["www-authenticate"].startswith("Bearer")
    oauth_error(await client_credentials(client, partner.client_id, SECRET), 401, "invalid_client")


async def test_scopes_taken_from_a_client_are_lost_by_its_tokens_at_once(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    partner = await factories.api_client(db, org, ["boards:read", "boards:write"], SECRET)
    token = (await client_credentials(client, partner.client_id, SECRET)).json()["access_token"]
    headers = bearer(token)
    assert (await client.post(f"{API}/boards", json=BOARD, headers=headers)).status_code == 201

    response = await client.patch(
        f"{API}/api-clients/{partner.id}", json={"scopes": ["boards:read"]}, headers=admin.headers
    )
    assert response.status_code == 200, response.text

    problem(await client.post(f"{API}/boards", json=BOARD, headers=headers), 403, "forbidden")
    assert (await client.get(f"{API}/boards", headers=headers)).status_code == 200
    me = await client.get(f"{API}/me", headers=headers)
    assert me.json()["scopes"] == ["boards:read"]


async def test_scopes_given_back_are_not_regained_by_a_narrower_token(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    """A token asked for boards:read keeps only that, whatever its client holds."""
    partner = await factories.api_client(db, org, ["boards:read", "boards:write"], SECRET)
    response = await client_credentials(client, partner.client_id, SECRET, scope="boards:read")
    me = await client.get(f"{API}/me", headers=bearer(response.json()["access_token"]))
    assert me.json()["scopes"] == ["boards:read"]


async def test_a_client_cannot_use_the_password_grant(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    partner = await factories.api_client(db, org, ["boards:read"], SECRET)
    response = await client.post(
        f"{API}/auth/token",
        data={"grant_type": "password", "username": partner.client_id, "password": SECRET},
    )
    oauth_error(response, 400, "invalid_grant")
