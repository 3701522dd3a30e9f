"""Notification preferences and the notification log, as people and staff use them."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.domain.notifications import outbox
from tests import factories
from tests.api.helpers import API, problem
from tests.graphql.helpers import codes, gql, ok
from tests.integrations.test_mail_delivery import VALUES

POST = {"channel": "post", "postalAddress": "HMP Example, 1 Gate Road, Exampletown EX1 1AA"}


async def test_a_person_chooses_post_and_only_they_and_staff_see_the_address(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    member = await factories.person(db, org)
    me = factories.token_for(app, member)
    coordinator = await factories.caller(db, app, org, "coordinator")
    peer = await factories.caller(db, app, org)
    path = f"{API}/people/{member.id}/notification-preferences"

    first = await client.get(f"{API}/me/notification-preferences", headers=me.headers)
    assert first.status_code == 200, first.text
    assert first.json()["channel"] == "email"
    assert "etag" not in first.headers

    made = await client.put(f"{API}/me/notification-preferences", json=POST, headers=me.headers)
    assert made.status_code == 200, made.text
    assert made.json()["postalAddress"] == POST["postalAddress"]
    etag = made.headers["etag"]

    seen = await client.get(path, headers=coordinator.headers)
    assert seen.json()["postalAddress"] == POST["postalAddress"]
    assert seen.headers["etag"] == etag
    problem(await client.get(path, headers=peer.headers), 403)
    problem(await client.get(f"{API}/people/{member.id}/notifications", headers=peer.headers), 403)
    partner = factories.token_for(
        app, await factories.api_client(db, org, scopes=["people:read"]), ["people:read"]
    )
    problem(await client.get(path, headers=partner.headers), 403)

    other_org = await factories.organisation(db, "Other")
    outsider = await factories.caller(db, app, other_org, "coordinator")
    problem(await client.get(path, headers=outsider.headers), 404)

    # Changing needs the ETag; back to email drops the address.
    back = {"channel": "email"}
    problem(await client.put(path, json=back, headers=coordinator.headers), 428)
    stale = {**coordinator.headers, "If-Match": '"999"'}
    problem(await client.put(path, json=back, headers=stale), 412)
    changed = await client.put(path, json=back, headers={**coordinator.headers, "If-Match": etag})
    assert changed.status_code == 200, changed.text
    assert changed.json()["postalAddress"] is None


async def test_the_rules_name_the_field_they_refuse(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    me = factories.token_for(app, await factories.person(db, org, phone=None))
    path = f"{API}/me/notification-preferences"
    cases = [
        ({"channel": "post"}, "/postalAddress"),
        ({"channel": "text"}, "/channel"),
        ({"channel": "email", "quietFrom": "22:00:00"}, "/quietUntil"),
        ({"channel": "email", "quietFrom": "22:00", "quietUntil": "22:00"}, "/quietUntil"),
        ({"channel": "email", "digestHour": 24}, "/digestHour"),
        ({"channel": "pigeon"}, "/channel"),
    ]
    for body, pointer in cases:
        refused = problem(await client.put(path, json=body, headers=me.headers), 422)
        assert pointer in [e["pointer"] for e in refused["errors"]], (body, refused)


async def test_the_log_shows_status_and_template_never_the_body(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    member = await factories.person(db, org, email="sam@example.org")
    coordinator = await factories.caller(db, app, org, "coordinator")
    async with db() as session:
        outbox.enqueue(session, member, "invitation", VALUES)
        outbox.enqueue(session, member, "term_ending", VALUES)
        await session.commit()
    listed = await client.get(
        f"{API}/people/{member.id}/notifications?limit=1", headers=coordinator.headers
    )
    assert listed.status_code == 200, listed.text
    page = listed.json()
    assert [(n["status"], n["channel"]) for n in page["items"]] == [("queued", "email")]
    assert page["nextCursor"]
    item = page["items"][0]
    assert set(item) == {
        "id",
        "personId",
        "channel",
        "template",
        "subject",
        "status",
        "attempts",
        "createdAt",
        "heldUntil",
        "lastAttemptAt",
        "sentAt",
    }
    assert VALUES["link"] not in listed.text
    assert "sam@example.org" not in listed.text
    rest = await client.get(
        f"{API}/people/{member.id}/notifications?cursor={page['nextCursor']}",
        headers=coordinator.headers,
    )
    both = [n["template"] for n in page["items"] + rest.json()["items"]]
    assert sorted(both) == ["invitation", "term_ending"]
    mine = await client.get(
        f"{API}/me/notifications", headers=factories.token_for(app, member).headers
    )
    assert sorted(n["template"] for n in mine.json()["items"]) == ["invitation", "term_ending"]


async def test_graphql_preferences_and_log(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    member = await factories.person(db, org, phone="07700 900123")
    me = factories.token_for(app, member)
    peer = await factories.caller(db, app, org)
    mutation = """mutation($id: UUID!, $input: NotificationPreferencesInput!, $v: Int) {
      setNotificationPreferences(personId: $id, input: $input, version: $v) {
        channel quietFrom quietUntil version } }"""
    quiet = {"channel": "TEXT", "quietFrom": "21:00:00", "quietUntil": "07:30:00"}
    set_ = ok(await gql(client, me, mutation, {"id": str(member.id), "input": quiet}))
    made = set_["setNotificationPreferences"]
    assert made == {
        "channel": "text",
        "quietFrom": "21:00:00",
        "quietUntil": "07:30:00",
        "version": 1,
    }
    again = await gql(client, me, mutation, {"id": str(member.id), "input": quiet})
    assert codes(again) == ["PRECONDITION_REQUIRED"]
    query = """query($id: UUID!) { notificationPreferences(personId: $id) { channel }
      notifications(personId: $id) { edges { node { template status } } } }"""
    data = ok(await gql(client, me, query, {"id": str(member.id)}))
    assert data["notificationPreferences"] == {"channel": "text"}
    assert data["notifications"]["edges"] == []
    assert "FORBIDDEN" in codes(await gql(client, peer, query, {"id": str(member.id)}))
