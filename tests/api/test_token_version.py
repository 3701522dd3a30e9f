"""Access tokens stop working at once after a password change, a deactivation or a
refresh-token reuse: the person's token version goes up, and the actor lookup that runs
on every request matches it."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation, Person
from tests import factories
from tests.api.helpers import API, bearer, if_match, oauth_error, problem, refresh_grant, sign_in
from tests.factories import PASSWORD, Caller

NEW_PASSWORD = "a long and unusual passphrase"


async def _works(client: httpx.AsyncClient, access_token: str) -> bool:
    response = await client.get(f"{API}/me", headers=bearer(access_token))
    if response.status_code == 401:
        problem(response, 401, "unauthenticated")
        return False
    assert response.status_code == 200, response.text
    return True


async def _version(db: async_sessionmaker[AsyncSession], person: Person) -> int:
    async with db() as session:
        return (await session.get_one(Person, person.id)).token_version


async def test_a_password_change_ends_every_earlier_access_token(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org)
    phone = await sign_in(client, who.email, PASSWORD)
    laptop = await sign_in(client, who.email, PASSWORD)
    changed = await client.post(
        f"{API}/me/password",
        headers=bearer(laptop["access_token"]),
        json={"currentPassword": PASSWORD, "newPassword": NEW_PASSWORD},
    )
    assert changed.status_code == 204, changed.text
    assert await _version(db, who) == who.token_version + 1
    assert not await _works(client, phone["access_token"])
    assert not await _works(client, laptop["access_token"])
    oauth_error(await refresh_grant(client, phone["refresh_token"]), 400, "invalid_grant")
    fresh = await sign_in(client, who.email, NEW_PASSWORD)
    assert await _works(client, fresh["access_token"])


async def test_deactivation_ends_access_tokens_and_reactivation_does_not_revive_them(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    who = await factories.person(db, org)
    before = await sign_in(client, who.email, PASSWORD)
    url = f"{API}/people/{who.id}"
    etag = (await client.get(url, headers=coordinator.headers)).headers["ETag"]
    off = await client.patch(
        url, headers={**coordinator.headers, **if_match(etag)}, json={"active": False}
    )
    assert off.status_code == 200, off.text
    assert not await _works(client, before["access_token"])
    on = await client.patch(
        url, headers={**coordinator.headers, **if_match(off.headers["ETag"])}, json={"active": True}
    )
    assert on.status_code == 200, on.text
    assert await _version(db, who) == who.token_version + 2
    # Back in, yet the token from before stays dead, and so does its refresh token.
    assert not await _works(client, before["access_token"])
    oauth_error(await refresh_grant(client, before["refresh_token"]), 400, "invalid_grant")
    assert await _works(client, (await sign_in(client, who.email, PASSWORD))["access_token"])


async def test_refresh_token_reuse_ends_the_access_tokens_too(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org)
    first = await sign_in(client, who.email, PASSWORD)
    rotated = (await refresh_grant(client, first["refresh_token"])).json()
    assert await _works(client, rotated["access_token"])
    # The spent token comes back: one of its two holders is a thief.
    oauth_error(await refresh_grant(client, first["refresh_token"]), 400, "invalid_grant")
    assert await _version(db, who) == who.token_version + 1
    assert not await _works(client, first["access_token"])
    assert not await _works(client, rotated["access_token"])
    assert await _works(client, (await sign_in(client, who.email, PASSWORD))["access_token"])
