"""A new sign-in email is in force only once confirmed from that address; until then the
old one stays in force for sign-in and messages."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import AuditEvent, Organisation, OutgoingMessage, PasswordLink, Person
from tests import factories
from tests.api.helpers import API, if_match, password_grant, problem, sign_in
from tests.factories import PASSWORD, Caller
from tests.graphql.helpers import gql, ok

NEW = "sam.new@example.net"
_TOKEN = re.compile(r"#token=([A-Za-z0-9_-]+)")


async def _patch(
    client: httpx.AsyncClient, caller: Caller, person_id: object, body: dict[str, Any]
) -> httpx.Response:
    url = f"{API}/people/{person_id}"
    etag = (await client.get(url, headers=caller.headers)).headers["ETag"]
    return await client.patch(url, headers={**caller.headers, **if_match(etag)}, json=body)


async def _confirmations(db: async_sessionmaker[AsyncSession]) -> list[OutgoingMessage]:
    async with db() as session:
        return list(
            await session.scalars(
                select(OutgoingMessage)
                .where(OutgoingMessage.template == "email_change")
                .order_by(col(OutgoingMessage.id))
            )
        )


def _token(message: OutgoingMessage) -> str:
    assert message.body is not None
    match = _TOKEN.search(message.body)
    assert match is not None
    return match.group(1)


async def _confirm(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.post(f"{API}/auth/email-change/confirm", json={"token": token})


async def test_a_coordinator_changes_an_email_and_it_waits_for_the_new_address(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    who = await factories.person(db, org, name="Sam")
    old = who.email
    asked = await _patch(client, coordinator, who.id, {"email": "Sam.New@Example.NET"})
    assert asked.status_code == 200, asked.text
    assert (asked.json()["email"], asked.json()["pendingEmail"]) == (old, NEW)

    [message] = await _confirmations(db)
    assert message.recipient == NEW
    assert message.person_id == who.id
    token = _token(message)
    async with db() as session:
        link = await session.scalar(select(PasswordLink))
    assert link is not None
    assert (link.purpose, link.token_hash) == (
        "email_change",
        hashlib.sha256(token.encode()).hexdigest(),
    )

    # Until confirmed: the old address signs in, the new one does not, and messages go
    # to the old one.
    await sign_in(client, old, PASSWORD)
    problem(await password_grant(client, NEW, PASSWORD), 400)
    invited = await client.post(f"{API}/people/{who.id}/invitation", headers=coordinator.headers)
    assert invited.status_code == 202, invited.text
    async with db() as session:
        invitation = await session.scalar(
            select(OutgoingMessage).where(OutgoingMessage.template == "invitation")
        )
    assert invitation is not None
    assert invitation.recipient == old

    confirmed = await _confirm(client, token)
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.headers["cache-control"] == "no-store"
    await sign_in(client, NEW, PASSWORD)
    problem(await password_grant(client, old, PASSWORD), 400)
    shown = (await client.get(f"{API}/people/{who.id}", headers=coordinator.headers)).json()
    assert (shown["email"], shown["pendingEmail"]) == (NEW, None)
    async with db() as session:
        audited = list(
            await session.scalars(
                select(AuditEvent).where(AuditEvent.action == "person.email_confirmed")
            )
        )
    assert [a.entity_id for a in audited] == [who.id]
    # Field names only, never the addresses.
    assert NEW not in str(audited[0].changed_fields)

    again = problem(await _confirm(client, token), 422)
    assert [e["pointer"] for e in again["errors"]] == ["/token"]


async def test_a_person_changes_their_own_email_and_a_new_request_revokes_the_old_link(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org)
    me = factories.token_for(app, who)
    assert (await _patch(client, me, who.id, {"email": "first@example.net"})).status_code == 200
    assert (await _patch(client, me, who.id, {"email": NEW})).status_code == 200
    first, second = await _confirmations(db)
    assert (first.recipient, second.recipient) == ("first@example.net", NEW)
    problem(await _confirm(client, _token(first)), 422)
    assert (await _confirm(client, _token(second))).status_code == 200
    async with db() as session:
        assert (await session.get_one(Person, who.id)).email == NEW


async def test_asking_for_the_email_in_force_withdraws_the_change(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    who = await factories.person(db, org)
    me = factories.token_for(app, who)
    await _patch(client, me, who.id, {"email": NEW})
    back = await _patch(client, me, who.id, {"email": who.email})
    assert back.json()["pendingEmail"] is None
    [message] = await _confirmations(db)
    problem(await _confirm(client, _token(message)), 422)
    await sign_in(client, who.email, PASSWORD)


async def test_an_address_taken_before_or_meanwhile_is_a_conflict(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    who = await factories.person(db, org)
    other = await factories.person(db, org)
    problem(await _patch(client, coordinator, who.id, {"email": other.email}), 409, "conflict")
    assert await _confirmations(db) == []

    await _patch(client, coordinator, who.id, {"email": NEW})
    await factories.person(db, org, email=NEW)
    [message] = await _confirmations(db)
    problem(await _confirm(client, _token(message)), 409, "conflict")
    async with db() as session:
        row = await session.get_one(Person, who.id)
    assert (row.email, row.pending_email) == (who.email, NEW)


async def test_pending_email_is_shown_only_to_those_who_may_see_email(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    who = await factories.person(db, org)
    await _patch(client, coordinator, who.id, {"email": NEW})
    seen = (await client.get(f"{API}/people/{who.id}", headers=member.headers)).json()
    assert "pendingEmail" not in seen
    assert "email" not in seen
    query = """query($id: UUID!) { person(id: $id) {
        id ... on PersonPrivate { email pendingEmail } } }"""
    staff = ok(await gql(client, coordinator, query, {"id": str(who.id)}))["person"]
    assert (staff["email"], staff["pendingEmail"]) == (who.email, NEW)
    other = ok(await gql(client, member, query, {"id": str(who.id)}))["person"]
    assert other == {"id": str(who.id)}


async def test_graphql_update_person_asks_for_the_change_too(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    who = await factories.person(db, org)
    mutation = """mutation($id: UUID!, $v: Int!, $email: String!) {
      updatePerson(id: $id, version: $v, input: {email: $email}) {
        ... on PersonPrivate { email pendingEmail } } }"""
    variables = {"id": str(who.id), "v": who.version, "email": NEW}
    updated = ok(await gql(client, coordinator, mutation, variables))["updatePerson"]
    assert (updated["email"], updated["pendingEmail"]) == (who.email, NEW)
    [message] = await _confirmations(db)
    assert message.recipient == NEW
