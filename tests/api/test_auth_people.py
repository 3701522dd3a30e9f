"""Signing in as a person: the password grant, rotating refresh tokens, revocation."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import Organisation, RefreshToken
from tests import factories
from tests.api.helpers import (
    API,
    bearer,
    if_match,
    oauth_error,
    password_grant,
    problem,
    refresh_grant,
    sign_in,
)
from tests.factories import PASSWORD, Caller


async def test_password_grant_gives_a_working_access_token_and_a_refresh_token(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org, email="sam@example.org")  # stored lower-cased
    # The username is the email, in any case.
    tokens = await sign_in(client, "sam@example.ORG", PASSWORD)
    assert tokens["token_type"] == "bearer"
    assert tokens["expires_in"] > 0
    assert tokens["refresh_token"]
    me = await client.get(f"{API}/me", headers=bearer(tokens["access_token"]))
    assert me.status_code == 200, me.text
    assert me.json()["person"]["id"] == str(who.id)


async def test_wrong_password_and_unknown_email_get_the_same_answer(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org)
    wrong = oauth_error(
        await password_grant(client, who.email, PASSWORD + "!"), 400, "invalid_grant"
    )
    unknown = oauth_error(
        await password_grant(client, "nobody@example.org", PASSWORD), 400, "invalid_grant"
    )
    # Nothing tells an attacker which emails have accounts.
    assert wrong["detail"] == unknown["detail"]
    assert "access_token" not in wrong


async def test_a_grant_missing_its_parameters_is_invalid_request(
    client: httpx.AsyncClient,
) -> None:
    for data in ({"grant_type": "password"}, {"username": "a@example.org", "password": "x"}):
        response = await client.post(f"{API}/auth/token", data=data)
        oauth_error(response, 400, "invalid_request")


async def test_an_unknown_grant_type_is_unsupported(client: httpx.AsyncClient) -> None:
    response = await client.post(
        f"{API}/auth/token", data={"grant_type": "authorization_code", "code": "x"}
    )
    oauth_error(response, 400, "unsupported_grant_type")


async def test_token_responses_are_not_cached(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org)
    response = await password_grant(client, who.email, PASSWORD)
    assert response.headers["cache-control"] == "no-store"


async def test_refresh_token_rotates_and_reuse_revokes_the_whole_sign_in(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org)
    first = await sign_in(client, who.email, PASSWORD)

    rotated = await refresh_grant(client, first["refresh_token"])
    assert rotated.status_code == 200, rotated.text
    second = rotated.json()
    assert second["refresh_token"] != first["refresh_token"]
    me = await client.get(f"{API}/me", headers=bearer(second["access_token"]))
    assert me.json()["person"]["id"] == str(who.id)

    # The new refresh token works in its turn.
    third = (await refresh_grant(client, second["refresh_token"])).json()
    assert third["refresh_token"] not in {first["refresh_token"], second["refresh_token"]}

    # A spent token comes back: somebody copied it. The whole family dies...
    oauth_error(await refresh_grant(client, first["refresh_token"]), 400, "invalid_grant")
    # ...including the newest token, which was never used.
    oauth_error(await refresh_grant(client, third["refresh_token"]), 400, "invalid_grant")


async def test_reuse_revokes_only_that_sign_in(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org)
    phone = await sign_in(client, who.email, PASSWORD)
    laptop = await sign_in(client, who.email, PASSWORD)
    await refresh_grant(client, phone["refresh_token"])
    oauth_error(await refresh_grant(client, phone["refresh_token"]), 400, "invalid_grant")
    assert (await refresh_grant(client, laptop["refresh_token"])).status_code == 200


async def test_revoke_ends_the_sign_in(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org)
    first = await sign_in(client, who.email, PASSWORD)
    second = (await refresh_grant(client, first["refresh_token"])).json()

    response = await client.post(f"{API}/auth/revoke", data={"token": second["refresh_token"]})
    assert response.status_code == 200
    oauth_error(await refresh_grant(client, second["refresh_token"]), 400, "invalid_grant")


async def test_revoking_an_unknown_token_is_not_an_error(client: httpx.AsyncClient) -> None:
    response = await client.post(f"{API}/auth/revoke", data={"token": "never-issued"})
    assert response.status_code == 200


async def test_a_garbage_refresh_token_is_invalid_grant(client: httpx.AsyncClient) -> None:
    oauth_error(await refresh_grant(client, "not-a-token"), 400, "invalid_grant")


async def _deactivate(client: httpx.AsyncClient, admin: Caller, person_id: str) -> None:
    current = await client.get(f"{API}/people/{person_id}", headers=admin.headers)
    response = await client.patch(
        f"{API}/people/{person_id}",
        json={"active": False},
        headers={**admin.headers, **if_match(current.headers["etag"])},
    )
    assert response.status_code == 200, response.text
    assert response.json()["active"] is False


async def test_a_deactivated_person_is_signed_out_everywhere(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    who = await factories.person(db, org)
    tokens = await sign_in(client, who.email, PASSWORD)
    headers = bearer(tokens["access_token"])
    assert (await client.get(f"{API}/me", headers=headers)).status_code == 200

    await _deactivate(client, admin, str(who.id))

    response = await client.get(f"{API}/me", headers=headers)
    problem(response, 401, "unauthenticated")
    assert response.headers["www-authenticate"].startswith("Bearer")
    oauth_error(await refresh_grant(client, tokens["refresh_token"]), 400, "invalid_grant")
    oauth_error(await password_grant(client, who.email, PASSWORD), 400, "invalid_grant")


async def test_a_refused_refresh_spends_nothing(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    """Refreshing for a deactivated person marks the token used before it finds the person
    inactive; the refusal must roll that write back."""
    who = await factories.person(db, org)
    tokens = await sign_in(client, who.email, PASSWORD)
    await _deactivate(client, admin, str(who.id))
    oauth_error(await refresh_grant(client, tokens["refresh_token"]), 400, "invalid_grant")
    async with db() as session:
        rows = (
            await session.scalars(select(RefreshToken).where(RefreshToken.person_id == who.id))
        ).all()
    assert len(rows) == 1
    assert rows[0].used_at is None


async def test_access_tokens_are_required_to_be_bearer_tokens_we_issued(
    client: httpx.AsyncClient,
) -> None:
    for headers in (
        {},
        {"Authorization": "Basic Zm9vOmJhcg=="},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer not.a.jwt"},
    ):
        response = await client.get(f"{API}/me", headers=headers)
        problem(response, 401, "unauthenticated")
        assert response.headers["www-authenticate"].startswith("Bearer")
