"""Rules that keep staff accounts and sign-ins safe, and the role filter."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.helpers import API, if_match, problem, sign_in
from tests.factories import PASSWORD, Caller


async def _etag(client: httpx.AsyncClient, caller: Caller, person_id: object) -> str:
    return (await client.get(f"{API}/people/{person_id}", headers=caller.headers)).headers["etag"]


async def test_a_coordinator_cannot_deactivate_or_demote_an_administrator(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    boss = await factories.person(db, org, "administrator")
    for change in ({"active": False}, {"roles": ["member"]}):
        response = await client.patch(
            f"{API}/people/{boss.id}",
            json=change,
            headers={**coordinator.headers, **if_match(await _etag(client, coordinator, boss.id))},
        )
        problem(response, 403, "forbidden")
    member = await factories.person(db, org)
    allowed = await client.patch(
        f"{API}/people/{member.id}",
        json={"active": False},
        headers={**coordinator.headers, **if_match(await _etag(client, coordinator, member.id))},
    )
    assert allowed.status_code == 200, allowed.text


async def test_deactivating_a_person_ends_their_sign_ins_for_good(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    person = await factories.person(db, org)
    tokens = await sign_in(client, person.email, PASSWORD)
    for active in (False, True):
        response = await client.patch(
            f"{API}/people/{person.id}",
            json={"active": active},
            headers={**admin.headers, **if_match(await _etag(client, admin, person.id))},
        )
        assert response.status_code == 200, response.text
    refreshed = await client.post(
        f"{API}/auth/token",
        data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
    )
    assert refreshed.status_code == 400


async def test_the_role_filter_fills_every_page(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    finance = {(await factories.person(db, org, "finance")).id for _ in range(3)}
    for _ in range(4):
        await factories.person(db, org)
    seen: list[str] = []
    cursor: str | None = None
    while True:
        params = {"role": "finance", "limit": "2", **({"cursor": cursor} if cursor else {})}
        page = (await client.get(f"{API}/people", params=params, headers=admin.headers)).json()
        seen += [p["id"] for p in page["items"]]
        cursor = page["nextCursor"]
        if cursor is None:
            break
        assert len(page["items"]) == 2
    assert sorted(seen) == sorted(str(f) for f in finance)
