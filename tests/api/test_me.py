"""``/me``: who the caller is, and changing one's own password."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.helpers import (
    API,
    bearer,
    oauth_error,
    password_grant,
    problem,
    refresh_grant,
    sign_in,
)
from tests.factories import PASSWORD

NEW_PASSWORD = "a brand new passphrase"


async def test_me_for_a_person_names_roles_organisation_and_memberships(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org, "coordinator", "finance", access_needs="Step-free")
    forum = await factories.board(db, org)
    council = await factories.board(db, org)
    chair = await factories.membership(db, forum, who, role="chair")
    member = await factories.membership(db, council, who, status="paused")
    other = await factories.person(db, org)
    await factories.membership(db, forum, other)

    response = await client.get(f"{API}/me", headers=factories.token_for(app, who).headers)
    assert response.status_code == 200, response.text
    me = response.json()
    assert me["kind"] == "person"
    assert (me["organisation"]["id"], me["organisation"]["name"]) == (str(org.id), "Home")
    assert me["roles"] == ["coordinator", "finance"]
    assert me["scopes"] == []
    assert me["client"] is None
    # Your own private fields are yours to see.
    assert me["person"]["id"] == str(who.id)
    assert me["person"]["email"] == who.email
    assert me["person"]["accessNeeds"] == "Step-free"
    assert "passwordHash" not in me["person"]
    memberships = {m["id"]: m for m in me["memberships"]}
    assert set(memberships) == {str(chair.id), str(member.id)}
    assert memberships[str(chair.id)]["boardId"] == str(forum.id)
    assert memberships[str(chair.id)]["role"] == "chair"
    assert memberships[str(member.id)]["status"] == "paused"


async def test_me_for_an_api_client_names_its_scopes(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    partner = await factories.api_client(db, org, ["people:read", "boards:read"])
    response = await client.get(f"{API}/me", headers=factories.token_for(app, partner).headers)
    assert response.status_code == 200, response.text
    me = response.json()
    assert me["kind"] == "client"
    assert me["organisation"]["id"] == str(org.id)
    assert me["scopes"] == ["boards:read", "people:read"]
    assert me["roles"] == []
    assert me["person"] is None
    assert me["memberships"] == []
    assert me["client"]["id"] == str(partner.id)
    assert me["client"]["clientId"] == partner.client_id
    assert "secretHash" not in me["client"]


async def test_changing_password_replaces_the_old_one_and_ends_other_sign_ins(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org)
    elsewhere = await sign_in(client, who.email, PASSWORD)
    here = await sign_in(client, who.email, PASSWORD)

    response = await client.post(
        f"{API}/me/password",
        json={"currentPassword": PASSWORD, "newPassword": NEW_PASSWORD},
        headers=bearer(here["access_token"]),
    )
    assert response.status_code == 204, response.text

    oauth_error(await password_grant(client, who.email, PASSWORD), 400, "invalid_grant")
    assert (await password_grant(client, who.email, NEW_PASSWORD)).status_code == 200
    for tokens in (elsewhere, here):
        oauth_error(await refresh_grant(client, tokens["refresh_token"]), 400, "invalid_grant")


async def test_changing_password_needs_the_current_one(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org)
    headers = factories.token_for(app, who).headers
    response = await client.post(
        f"{API}/me/password",
        json={"currentPassword": "not my password", "newPassword": NEW_PASSWORD},
        headers=headers,
    )
    body = problem(response, 422)
    assert [e["pointer"] for e in body["errors"]] == ["/currentPassword"]
    assert (await password_grant(client, who.email, PASSWORD)).status_code == 200
    assert NEW_PASSWORD not in response.text
    assert PASSWORD not in response.text


async def test_a_new_password_must_be_long_enough(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org)
    response = await client.post(
        f"{API}/me/password",
        json={"currentPassword": PASSWORD, "newPassword": "short"},
        headers=factories.token_for(app, who).headers,
    )
    body = problem(response, 422)
    assert [e["pointer"] for e in body["errors"]] == ["/newPassword"]
    assert (await password_grant(client, who.email, PASSWORD)).status_code == 200


async def test_an_api_client_has_no_password_to_change(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    partner = await factories.api_client(db, org, ["people:read"])
    response = await client.post(
        f"{API}/me/password",
        json={"currentPassword": PASSWORD, "newPassword": NEW_PASSWORD},
        headers=factories.token_for(app, partner).headers,
    )
    problem(response, 403, "forbidden")
