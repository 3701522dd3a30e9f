"""An email address belongs to one person per organisation: adding someone never tells
whether another organisation has them, and the password says which one signs in."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.helpers import API, bearer, oauth_error, password_grant, problem, sign_in
from tests.factories import Caller

EMAIL = "shared.person@example.org"
VARYING = {"id", "createdAt", "updatedAt"}


@pytest.fixture
async def other_admin(
    db: async_sessionmaker[AsyncSession], app: FastAPI, other_org: Organisation
) -> Caller:
    return await factories.caller(db, app, other_org, "administrator")


def _new(password: str, email: str = EMAIL) -> dict[str, Any]:
    return {"email": email, "displayName": "Shared Person", "initialPassword": password}


async def test_an_email_used_elsewhere_is_answered_like_a_free_one(
    client: httpx.AsyncClient, admin: Caller, other_admin: Caller
) -> None:
    elsewhere = await client.post(
        f"{API}/people", json=_new("elsewhere passphrase 1"), headers=other_admin.headers
    )
    here = await client.post(
        f"{API}/people", json=_new("home passphrase 22"), headers=admin.headers
    )
    assert elsewhere.status_code == here.status_code == 201, here.text
    assert here.json().keys() == elsewhere.json().keys()
    assert {k: v for k, v in here.json().items() if k not in VARYING} == {
        k: v for k, v in elsewhere.json().items() if k not in VARYING
    }
    assert here.headers.keys() == elsewhere.headers.keys()
    listed = await client.get(f"{API}/people/{here.json()['id']}", headers=admin.headers)
    assert listed.json()["email"] == EMAIL

    # Inside one organisation the address is still used once, whatever its case.
    again = await client.post(
        f"{API}/people", json=_new("third passphrase 333", EMAIL.upper()), headers=admin.headers
    )
    problem(again, 409, "conflict")


async def test_the_password_picks_which_person_signs_in(
    client: httpx.AsyncClient, admin: Caller, other_admin: Caller
) -> None:
    ids = {}
    for caller, password in ((admin, "home passphrase 22"), (other_admin, "away passphrase 4")):
        created = await client.post(f"{API}/people", json=_new(password), headers=caller.headers)
        assert created.status_code == 201, created.text
        ids[password] = created.json()["id"]

    for password, person_id in ids.items():
        tokens = await sign_in(client, EMAIL.upper(), password)
        me = await client.get(f"{API}/me", headers=bearer(tokens["access_token"]))
        assert me.status_code == 200, me.text
        assert me.json()["person"]["id"] == person_id

    wrong = oauth_error(await password_grant(client, EMAIL, "neither one 55"), 400, "invalid_grant")
    unknown = oauth_error(
        await password_grant(client, "nobody@example.org", "neither one 55"), 400, "invalid_grant"
    )
    assert wrong["detail"] == unknown["detail"]
