"""Password reset by email: the same answer for anyone, one link per person, an hour."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import Organisation, OutgoingMessage, PasswordLink, PasswordResetRequest
from app.db.types import utcnow
from tests import factories
from tests.api.helpers import API, PROBLEM_JSON, password_grant, problem, refresh_grant, sign_in
from tests.factories import PASSWORD
from tests.integrations.smtp_server import mailer, smtp_server

NEW_PASSWORD = "a long and unusual passphrase"


async def ask(client: httpx.AsyncClient, email: str) -> httpx.Response:
    return await client.post(f"{API}/auth/password-reset", json={"email": email})


async def complete(client: httpx.AsyncClient, token: str, password: str) -> httpx.Response:
    return await client.post(
        f"{API}/auth/password-reset/complete", json={"token": token, "password": password}
    )


async def test_the_answer_is_the_same_whether_or_not_the_address_has_an_account(
    db: async_sessionmaker[AsyncSession], client: httpx.AsyncClient, org: Organisation
) -> None:
    person = await factories.person(db, org, email="known@example.org")
    inactive = await factories.person(db, org, email="gone@example.org", active=False)
    known = await ask(client, person.email)
    unknown = await ask(client, "nobody@example.org")
    left = await ask(client, inactive.email)
    assert known.status_code == unknown.status_code == left.status_code == 202
    assert known.json() == unknown.json() == left.json()
    assert known.headers["content-type"] == unknown.headers["content-type"]
    async with db() as session:
        # The request did the same thing each time: queue the address, nothing else.
        queued = list(await session.scalars(select(PasswordResetRequest.email)))
        assert sorted(queued) == sorted([person.email, "nobody@example.org", inactive.email])
        assert await session.scalar(select(PasswordLink)) is None
    assert await mailer(db, None).expand() == 3
    async with db() as session:
        messages = list(await session.scalars(select(OutgoingMessage)))
        assert await session.scalar(select(PasswordResetRequest)) is None
    assert [m.recipient for m in messages] == ["known@example.org"]
    # A malformed address is the caller's mistake, and says nothing about accounts.
    bad = await ask(client, "not an address")
    assert bad.headers["content-type"].startswith(PROBLEM_JSON)
    assert problem(bad, 422)["errors"][0]["pointer"] == "/email"


async def test_a_reset_link_works_once_within_the_hour_and_ends_old_sign_ins(
    db: async_sessionmaker[AsyncSession], client: httpx.AsyncClient, org: Organisation
) -> None:
    person = await factories.person(db, org)
    signed_in = await sign_in(client, person.email, PASSWORD)
    before = {"Authorization": f"Bearer {signed_in['access_token']}"}
    assert (await client.get(f"{API}/me", headers=before)).status_code == 200
    with smtp_server() as (inbox, port):
        assert (await ask(client, person.email.upper())).status_code == 202
        assert await mailer(db, port).run_once() == 1
    [message] = inbox.to(person.email)
    assert message["Subject"] == "Choose a new password for Chorus"
    [token] = inbox.tokens(person.email)
    async with db() as session:
        link = await session.scalar(select(PasswordLink))
    assert link is not None
    assert link.purpose == "reset"
    assert timedelta(minutes=59) < link.expires_at - utcnow() <= timedelta(hours=1)

    assert (await complete(client, token, NEW_PASSWORD)).status_code == 200
    # The access token issued before stops working at once, and so does the refresh token.
    problem(await client.get(f"{API}/me", headers=before), 401, "unauthenticated")
    assert (await refresh_grant(client, signed_in["refresh_token"])).status_code == 400
    assert (await password_grant(client, person.email, PASSWORD)).status_code == 400
    after = await sign_in(client, person.email, NEW_PASSWORD)
    me = await client.get(f"{API}/me", headers={"Authorization": f"Bearer {after['access_token']}"})
    assert me.status_code == 200
    problem(await complete(client, token, "yet another long passphrase"), 422)


async def test_an_invitation_link_does_not_reset_and_a_reset_link_does_not_accept(
    db: async_sessionmaker[AsyncSession], client: httpx.AsyncClient, org: Organisation
) -> None:
    person = await factories.person(db, org)
    with smtp_server() as (inbox, port):
        await ask(client, person.email)
        await mailer(db, port).run_once()
    [token] = inbox.tokens(person.email)
    wrong = await client.post(
        f"{API}/auth/invitation/accept", json={"token": token, "password": NEW_PASSWORD}
    )
    assert problem(wrong, 422)["errors"][0]["pointer"] == "/token"
    assert (await complete(client, token, NEW_PASSWORD)).status_code == 200


async def test_an_address_in_two_organisations_gets_one_link_per_person(
    db: async_sessionmaker[AsyncSession],
    client: httpx.AsyncClient,
    org: Organisation,
    other_org: Organisation,
) -> None:
    here = await factories.person(db, org, email="shared@example.org")
    there = await factories.person(db, other_org, email="shared@example.org")
    with smtp_server() as (inbox, port):
        assert (await ask(client, "shared@example.org")).status_code == 202
        assert await mailer(db, port).run_once() == 2
    bodies = [m.get_content() for m in inbox.to("shared@example.org")]
    assert sorted("Home" in b for b in bodies) == [False, True]
    assert any("Elsewhere" in b for b in bodies)
    first, second = inbox.tokens("shared@example.org")
    assert (await complete(client, first, NEW_PASSWORD)).status_code == 200
    assert (await complete(client, second, "the other long passphrase")).status_code == 200
    async with db() as session:
        used = {
            link.person_id
            for link in await session.scalars(select(PasswordLink))
            if link.used_at is not None
        }
    assert used == {here.id, there.id}
