"""Who may give roles and passwords, and what a person may change about themself."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.helpers import API, collect, if_match, problem, sign_in
from tests.factories import Caller

INITIAL_PASSWORD = "first-day passphrase 42"


def _new_person(**fields: object) -> dict[str, object]:
    return {"email": "new.member@example.org", "displayName": "New Member", **fields}


async def _emails(client: httpx.AsyncClient, admin: Caller) -> set[str]:
    return {p["email"] for p in await collect(client, "/people", admin.headers)}


async def test_a_coordinator_adds_members(client: httpx.AsyncClient, coordinator: Caller) -> None:
    response = await client.post(f"{API}/people", json=_new_person(), headers=coordinator.headers)
    assert response.status_code == 201, response.text
    assert response.json()["roles"] == ["member"]
    assert response.headers["location"] == f"{API}/people/{response.json()['id']}"


@pytest.mark.parametrize(
    "extra",
    [
        {"roles": ["coordinator"]},
        {"roles": ["member", "administrator"]},
        {"roles": ["finance"]},
        {"initialPassword": INITIAL_PASSWORD},
    ],
)
async def test_only_administrators_grant_roles_or_set_passwords(
    client: httpx.AsyncClient, coordinator: Caller, admin: Caller, extra: dict[str, object]
) -> None:
    response = await client.post(
        f"{API}/people", json=_new_person(**extra), headers=coordinator.headers
    )
    problem(response, 403, "forbidden")
    assert INITIAL_PASSWORD not in response.text
    assert "new.member@example.org" not in await _emails(client, admin)


async def test_members_and_finance_cannot_add_people(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    for role in ("member", "finance"):
        asker = await factories.caller(db, app, org, role)
        response = await client.post(f"{API}/people", json=_new_person(), headers=asker.headers)
        problem(response, 403, "forbidden")


async def test_an_administrator_grants_roles_and_an_initial_password_that_works(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    response = await client.post(
        f"{API}/people",
        json=_new_person(roles=["finance", "coordinator"], initialPassword=INITIAL_PASSWORD),
        headers=admin.headers,
    )
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["roles"] == ["coordinator", "finance"]
    # Write-only: never shown back, under any name.
    assert INITIAL_PASSWORD not in response.text
    assert not {"initialPassword", "password", "passwordHash"} & created.keys()
    shown = await client.get(f"{API}/people/{created['id']}", headers=admin.headers)
    assert INITIAL_PASSWORD not in shown.text
    assert not {"initialPassword", "password", "passwordHash"} & shown.json().keys()

    tokens = await sign_in(client, "New.Member@example.org", INITIAL_PASSWORD)
    me = await client.get(
        f"{API}/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}
    )
    assert me.json()["person"]["id"] == created["id"]
    assert me.json()["roles"] == ["coordinator", "finance"]

    audit = await client.get(f"{API}/audit-events", headers=admin.headers)
    assert audit.status_code == 200, audit.text
    assert INITIAL_PASSWORD not in audit.text
    assert "initial" not in audit.text.lower()
    assert "password" not in audit.text.lower()


async def test_a_short_initial_password_is_refused_without_echoing_it(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    response = await client.post(
        f"{API}/people", json=_new_person(initialPassword="tiny-pw"), headers=admin.headers
    )
    body = problem(response, 422)
    assert [e["pointer"] for e in body["errors"]] == ["/initialPassword"]
    assert "tiny-pw" not in response.text


async def test_an_email_address_is_used_once(
    client: httpx.AsyncClient, coordinator: Caller
) -> None:
    first = await client.post(f"{API}/people", json=_new_person(), headers=coordinator.headers)
    assert first.status_code == 201
    again = await client.post(
        f"{API}/people",
        json=_new_person(email="NEW.member@example.org"),
        headers=coordinator.headers,
    )
    problem(again, 409, "conflict")


async def _patch(
    client: httpx.AsyncClient, caller: Caller, person_id: object, body: dict[str, object]
) -> httpx.Response:
    current = await client.get(f"{API}/people/{person_id}", headers=caller.headers)
    assert current.status_code == 200, current.text
    return await client.patch(
        f"{API}/people/{person_id}",
        json=body,
        headers={**caller.headers, **if_match(current.headers["etag"])},
    )


async def test_a_coordinator_cannot_change_roles(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    admin: Caller,
) -> None:
    someone = await factories.person(db, org)
    promote = await _patch(client, coordinator, someone.id, {"roles": ["member", "coordinator"]})
    problem(promote, 403, "forbidden")
    # Nor take a role away from someone who holds one.
    demote = await _patch(client, coordinator, admin.id, {"roles": ["member"]})
    problem(demote, 403, "forbidden")
    shown = await client.get(f"{API}/people/{admin.id}", headers=admin.headers)
    assert shown.json()["roles"] == ["administrator"]

    granted = await _patch(client, admin, someone.id, {"roles": ["member", "coordinator"]})
    assert granted.status_code == 200, granted.text
    assert granted.json()["roles"] == ["coordinator", "member"]


async def test_a_person_edits_their_own_details_but_not_their_roles(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org)
    me = factories.token_for(app, who)
    own = await _patch(
        client, me, who.id, {"displayName": "Sam", "accessNeeds": "Large print", "phone": "0"}
    )
    assert own.status_code == 200, own.text
    assert own.json()["displayName"] == "Sam"
    assert own.json()["accessNeeds"] == "Large print"
    problem(await _patch(client, me, who.id, {"roles": ["administrator"]}), 403, "forbidden")
    problem(await _patch(client, me, who.id, {"active": False}), 403, "forbidden")
    # Their own email they may ask to change; it waits for confirmation from the new
    # address (tests/api/test_people_email_change.py).
    asked = await _patch(client, me, who.id, {"email": "me@example.org"})
    assert asked.status_code == 200, asked.text
    assert (asked.json()["email"], asked.json()["pendingEmail"]) == (who.email, "me@example.org")


async def test_a_member_cannot_edit_someone_else(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    member: Caller,
) -> None:
    someone = await factories.person(db, org)
    response = await _patch(client, member, someone.id, {"displayName": "Renamed"})
    problem(response, 403, "forbidden")


async def test_an_api_client_may_add_members_but_never_grant_roles(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    partner = factories.token_for(
        app, await factories.api_client(db, org, ["people:read", "people:write"])
    )
    added = await client.post(f"{API}/people", json=_new_person(), headers=partner.headers)
    assert added.status_code == 201, added.text
    refused = await client.post(
        f"{API}/people",
        json=_new_person(email="boss@example.org", roles=["administrator"]),
        headers=partner.headers,
    )
    problem(refused, 403, "forbidden")
    reader = factories.token_for(app, await factories.api_client(db, org, ["people:read"]))
    problem(
        await client.post(
            f"{API}/people", json=_new_person(email="x@example.org"), headers=reader.headers
        ),
        403,
        "forbidden",
    )
