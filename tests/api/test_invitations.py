"""Invitations: a coordinator invites, the person gets a single-use link by real email."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import httpx
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import AuditEvent, Organisation, OutgoingMessage, PasswordLink, Person
from app.db.types import utcnow
from tests import factories
from tests.api.helpers import API, password_grant, problem, sign_in
from tests.factories import Caller
from tests.graphql.helpers import gql, ok
from tests.integrations.smtp_server import mailer, smtp_server

NEW_PASSWORD = "a long and unusual passphrase"


async def invite(client: httpx.AsyncClient, caller: Caller, person_id: object) -> httpx.Response:
    return await client.post(f"{API}/people/{person_id}/invitation", headers=caller.headers)


async def accept(client: httpx.AsyncClient, token: str, password: str) -> httpx.Response:
    return await client.post(
        f"{API}/auth/invitation/accept", json={"token": token, "password": password}
    )


async def test_an_invited_person_sets_a_password_once_and_signs_in(
    db: async_sessionmaker[AsyncSession],
    client: httpx.AsyncClient,
    org: Organisation,
    coordinator: Caller,
) -> None:
    person = await factories.person(db, org, name="Sam Taylor", password_hash=None)
    with smtp_server() as (inbox, port):
        response = await invite(client, coordinator, person.id)
        assert response.status_code == 202, response.text
        body = response.json()
        assert body["personId"] == str(person.id)
        expires = body["expiresAt"]
        assert await mailer(db, port).run_once() == 1
    [message] = inbox.to(person.email)
    assert message["Subject"] == "You are invited to Home on Chorus"
    assert "Hello Sam Taylor" in message.get_content()
    [token] = inbox.tokens(person.email)
    assert len(token) >= 43  # 256 bits, URL-safe base64

    async with db() as session:
        link = await session.scalar(select(PasswordLink))
        sent = await session.scalar(select(OutgoingMessage))
    assert link is not None
    assert sent is not None
    # Only the digest is kept, and the sent message no longer holds the link.
    assert link.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert sent.status == "sent"
    assert sent.body is None
    assert sent.sent_at is not None
    assert link.expires_at - utcnow() > timedelta(days=6, hours=23)
    assert expires.startswith(link.expires_at.strftime("%Y-%m-%dT%H:%M"))

    accepted = await accept(client, token, NEW_PASSWORD)
    assert accepted.status_code == 200, accepted.text
    assert accepted.headers["cache-control"] == "no-store"
    await sign_in(client, person.email, NEW_PASSWORD)

    again = problem(await accept(client, token, "another long passphrase"), 422)
    assert [e["pointer"] for e in again["errors"]] == ["/token"]
    await sign_in(client, person.email, NEW_PASSWORD)
    async with db() as session:
        actions = set(await session.scalars(select(AuditEvent.action)))
    assert {"person.invited", "person.invitation_accepted"} <= actions


async def test_resending_revokes_the_earlier_link(
    db: async_sessionmaker[AsyncSession],
    client: httpx.AsyncClient,
    org: Organisation,
    coordinator: Caller,
) -> None:
    person = await factories.person(db, org, password_hash=None)
    with smtp_server() as (inbox, port):
        assert (await invite(client, coordinator, person.id)).status_code == 202
        assert (await invite(client, coordinator, person.id)).status_code == 202
        assert await mailer(db, port).run_once() == 2
    sent = inbox.tokens(person.email)
    assert len(set(sent)) == 2
    # The mail loop sends concurrently, so the inbox's order is not the links' order.
    async with db() as session:
        links = (await session.scalars(select(PasswordLink))).all()
    created = {link.token_hash: link.id for link in links}  # UUIDv7: ordered by creation
    first, second = sorted(sent, key=lambda t: created[hashlib.sha256(t.encode()).hexdigest()])
    refused = problem(await accept(client, first, NEW_PASSWORD), 422)
    assert refused["errors"][0]["pointer"] == "/token"
    assert (await accept(client, second, NEW_PASSWORD)).status_code == 200


async def test_an_expired_link_is_refused(
    db: async_sessionmaker[AsyncSession],
    client: httpx.AsyncClient,
    org: Organisation,
    coordinator: Caller,
) -> None:
    person = await factories.person(db, org, password_hash=None)
    with smtp_server() as (inbox, port):
        assert (await invite(client, coordinator, person.id)).status_code == 202
        await mailer(db, port).run_once()
    [token] = inbox.tokens(person.email)
    async with db() as session:
        await session.execute(
            update(PasswordLink).values(expires_at=utcnow() - timedelta(seconds=1))
        )
        await session.commit()
    problem(await accept(client, token, NEW_PASSWORD), 422)
    assert (await password_grant(client, person.email, NEW_PASSWORD)).status_code == 400


async def test_the_invitation_period_is_a_setting(
    db: async_sessionmaker[AsyncSession],
    client: httpx.AsyncClient,
    app: object,
    org: Organisation,
    coordinator: Caller,
) -> None:
    app.state.chorus.settings.invitation_days = 2  # type: ignore[attr-defined]
    person = await factories.person(db, org)
    assert (await invite(client, coordinator, person.id)).status_code == 202
    async with db() as session:
        link = await session.scalar(select(PasswordLink))
    assert link is not None
    assert timedelta(days=1, hours=23) < link.expires_at - utcnow() <= timedelta(days=2)


async def test_a_weak_password_is_refused_and_the_link_still_works(
    db: async_sessionmaker[AsyncSession],
    client: httpx.AsyncClient,
    org: Organisation,
    coordinator: Caller,
) -> None:
    person = await factories.person(db, org, password_hash=None)
    with smtp_server() as (inbox, port):
        await invite(client, coordinator, person.id)
        await mailer(db, port).run_once()
    [token] = inbox.tokens(person.email)
    short = problem(await accept(client, token, "short1!"), 422)
    assert short["errors"] == [
        {"pointer": "/password", "detail": "A password must be at least 12 characters long."}
    ]
    common = problem(await accept(client, token, "Password12345!"), 422)
    assert common["errors"][0]["pointer"] == "/password"
    assert "commonly used" in common["errors"][0]["detail"]
    assert (await accept(client, token, NEW_PASSWORD)).status_code == 200


async def test_who_may_invite_whom(
    db: async_sessionmaker[AsyncSession],
    client: httpx.AsyncClient,
    org: Organisation,
    other_org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    person = await factories.person(db, org)
    elsewhere = await factories.person(db, other_org)
    inactive = await factories.person(db, org, active=False)
    problem(await invite(client, member, person.id), 403)
    problem(await invite(client, coordinator, elsewhere.id), 404)
    refused = problem(await invite(client, coordinator, inactive.id), 409, "conflict")
    assert "inactive" in refused["detail"]
    async with db() as session:
        assert await session.scalar(select(PasswordLink)) is None
        assert await session.scalar(select(OutgoingMessage)) is None


async def test_graphql_invites_through_the_same_rule(
    db: async_sessionmaker[AsyncSession],
    client: httpx.AsyncClient,
    org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    person = await factories.person(db, org, password_hash=None)
    query = "mutation($id: UUID!) { invitePerson(id: $id) { personId expiresAt messageId } }"
    denied = await gql(client, member, query, {"id": str(person.id)})
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    with smtp_server() as (inbox, port):
        data = ok(await gql(client, coordinator, query, {"id": str(person.id)}))
        assert data["invitePerson"]["personId"] == str(person.id)
        await mailer(db, port).run_once()
    [token] = inbox.tokens(person.email)
    assert (await accept(client, token, NEW_PASSWORD)).status_code == 200
    async with db() as session:
        links = list(
            await session.scalars(
                select(PasswordLink).where(col(PasswordLink.used_at).is_not(None))
            )
        )
    assert len(links) == 1


async def test_accepting_ends_earlier_tokens_on_both_transports_and_needs_an_active_person(
    db: async_sessionmaker[AsyncSession],
    client: httpx.AsyncClient,
    app: object,
    org: Organisation,
    coordinator: Caller,
) -> None:
    person = await factories.person(db, org)
    old = factories.token_for(app, person)  # type: ignore[arg-type]
    gone = await factories.person(db, org)
    with smtp_server() as (inbox, port):
        await invite(client, coordinator, person.id)
        await invite(client, coordinator, gone.id)
        await mailer(db, port).run_once()
    [token] = inbox.tokens(person.email)
    [gone_token] = inbox.tokens(gone.email)
    assert (await client.get(f"{API}/me", headers=old.headers)).status_code == 200
    assert (await accept(client, token, NEW_PASSWORD)).status_code == 200
    problem(await client.get(f"{API}/me", headers=old.headers), 401, "unauthenticated")
    refused = await client.post("/graphql", json={"query": "{ me { id } }"}, headers=old.headers)
    assert refused.status_code == 401
    # Deactivated after the invitation went out: the link no longer works.
    async with db() as session:
        await session.execute(update(Person).where(col(Person.id) == gone.id).values(active=False))
        await session.commit()
    problem(await accept(client, gone_token, NEW_PASSWORD), 422)
