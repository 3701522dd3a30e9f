"""Reactivating a person issues them a new calendar feed secret; the old URL stays dead."""

from __future__ import annotations

import re

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import Organisation, OutgoingMessage
from tests import factories
from tests.api.helpers import API, if_match, problem
from tests.factories import Caller
from tests.graphql.helpers import gql, ok

_FEED = re.compile(r"(https?://\S+/api/v1/calendar/(\S+)\.ics)")


async def _set_active(
    client: httpx.AsyncClient, caller: Caller, person_id: object, active: bool
) -> None:
    url = f"{API}/people/{person_id}"
    etag = (await client.get(url, headers=caller.headers)).headers["ETag"]
    response = await client.patch(
        url, headers={**caller.headers, **if_match(etag)}, json={"active": active}
    )
    assert response.status_code == 200, response.text


async def _feed_messages(db: async_sessionmaker[AsyncSession]) -> list[OutgoingMessage]:
    async with db() as session:
        return list(
            await session.scalars(
                select(OutgoingMessage).where(OutgoingMessage.template == "calendar_feed_reissued")
            )
        )


async def test_reactivation_sends_a_new_feed_and_the_old_one_stays_404(
    app: FastAPI,
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    who = await factories.person(db, org)
    caller = factories.token_for(app, who)
    created = await client.post(f"{API}/me/calendar-feed", headers=caller.headers)
    assert created.status_code == 201, created.text
    old = created.headers["Location"]
    assert (await client.get(old)).status_code == 200

    await _set_active(client, coordinator, who.id, False)
    problem(await client.get(old), 404)
    assert await _feed_messages(db) == []

    await _set_active(client, coordinator, who.id, True)
    problem(await client.get(old), 404)
    [message] = await _feed_messages(db)
    # Sent to the person alone; the coordinator's answer never held the secret.
    assert message.recipient == who.email
    assert message.person_id == who.id
    assert message.body is not None
    match = _FEED.search(message.body)
    assert match is not None
    new_path = f"{API}/calendar/{match.group(2)}.ics"
    assert new_path != old
    feed = await client.get(new_path)
    assert feed.status_code == 200
    assert feed.headers["content-type"].startswith("text/calendar")


async def test_nobody_is_sent_a_feed_they_never_had(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    who = await factories.person(db, org)
    await _set_active(client, coordinator, who.id, False)
    await _set_active(client, coordinator, who.id, True)
    assert await _feed_messages(db) == []


async def test_reactivation_over_graphql_also_sends_a_new_feed(
    app: FastAPI,
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    who = await factories.person(db, org)
    caller = factories.token_for(app, who)
    old = (await client.post(f"{API}/me/calendar-feed", headers=caller.headers)).headers["Location"]
    await _set_active(client, coordinator, who.id, False)
    mutation = """mutation($id: UUID!, $v: Int!) {
      updatePerson(id: $id, version: $v, input: {active: true}) { id active }
    }"""
    etag = (await client.get(f"{API}/people/{who.id}", headers=coordinator.headers)).headers["ETag"]
    version = int(etag.strip('"'))
    data = ok(await gql(client, coordinator, mutation, {"id": str(who.id), "v": version}))
    assert data["updatePerson"]["active"] is True
    problem(await client.get(old), 404)
    [message] = await _feed_messages(db)
    assert message.body is not None
    match = _FEED.search(message.body)
    assert match is not None
    assert (await client.get(f"{API}/calendar/{match.group(2)}.ics")).status_code == 200
