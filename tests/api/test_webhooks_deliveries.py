"""From a change over REST to a signed delivery, its attempt log, and resending by hand."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.api.rest.webhooks import url_guard
from app.db.models import Meeting, Organisation, OutboxEvent
from app.domain.actors import Actor, OrgRole
from app.domain.meetings import service as meetings
from app.domain.meetings.schemas import MeetingCreate
from tests import factories
from tests.api.helpers import API, if_match, problem
from tests.api.webhooks_setup import Clock, deliverer, emit, guard, receiver
from tests.factories import Caller
from tests.support import StatementCounter


@pytest.fixture(autouse=True)
def _local_receivers(app: FastAPI) -> None:
    app.dependency_overrides[url_guard] = lambda: guard(allow_http=True, allow_private=True)


async def register(client: httpx.AsyncClient, admin: Caller, url: str) -> dict[str, Any]:
    response = await client.post(
        f"{API}/webhook-endpoints",
        json={"url": url, "eventTypes": ["meeting.scheduled"]},
        headers=admin.headers,
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def schedule_meeting(
    client: httpx.AsyncClient, caller: Caller, board_id: uuid.UUID
) -> dict[str, Any]:
    starts = datetime.now(UTC) + timedelta(days=7)
    response = await client.post(
        f"{API}/boards/{board_id}/meetings",
        json={
            "title": "Monthly meeting",
            "startsAt": starts.isoformat(),
            "endsAt": (starts + timedelta(hours=2)).isoformat(),
        },
        headers=caller.headers,
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_a_scheduled_meeting_reaches_the_receiver_and_the_attempt_is_logged(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
    coordinator: Caller,
) -> None:
    board = await factories.board(db, org)
    async with receiver() as server:
        hook = await register(client, admin, server.url)
        meeting = await schedule_meeting(client, coordinator, board.id)
        worker = deliverer(db, Clock())
        assert await worker.run_once() == 1
        await worker.aclose()
    (message,) = server.received
    body = message.verify(hook["secret"])
    assert body["type"] == "meeting.scheduled"
    assert body["data"]["meetingId"] == meeting["id"]
    assert "title" not in body["data"]  # IDs and state, nothing a person wrote
    assert body["occurredAt"] == body["timestamp"]
    assert body["occurredAt"].endswith("Z")
    assert body["sequence"] == 1

    listed = await client.get(
        f"{API}/webhook-endpoints/{hook['id']}/deliveries", headers=admin.headers
    )
    (delivery,) = listed.json()["items"]
    assert delivery["id"] == message.webhook_id
    assert (delivery["status"], delivery["attemptCount"], delivery["eventType"]) == (
        "delivered",
        1,
        "meeting.scheduled",
    )
    (attempt,) = delivery["attempts"]
    assert (attempt["number"], attempt["statusCode"], attempt["error"]) == (1, 204, None)
    assert isinstance(attempt["latencyMs"], int)
    assert attempt["startedAt"].endswith("Z")


async def test_a_change_and_its_event_are_saved_together_or_not_at_all(
    db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    board = await factories.board(db, org)
    person = await factories.person(db, org, "coordinator")
    actor = Actor("person", person.id, org.id, frozenset({OrgRole.COORDINATOR}))
    starts = datetime.now(UTC) + timedelta(days=3)
    data = MeetingCreate.model_validate(
        {"title": "M", "startsAt": starts, "endsAt": starts + timedelta(hours=1)}
    )

    async def counts() -> tuple[int | None, int | None]:
        async with db() as session:
            return (
                await session.scalar(select(func.count()).select_from(Meeting)),
                await session.scalar(select(func.count()).select_from(OutboxEvent)),
            )

    async with db() as session:
        await meetings.create_meeting(session, actor, board.id, data)
        await session.rollback()  # what TransactionalRoute does when a request fails
    assert await counts() == (0, 0)
    async with db() as session:
        await meetings.create_meeting(session, actor, board.id, data)
        await session.commit()
    assert await counts() == (1, 1)


async def test_a_delivery_can_be_resent_by_hand_with_the_same_webhook_id(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    clock = Clock()
    async with receiver() as server:
        hook = await register(client, admin, server.url)
        await emit(db, org)
        worker = deliverer(db, clock)
        await worker.run_once()
        base = f"{API}/webhook-endpoints/{hook['id']}/deliveries"
        (delivery,) = (await client.get(base, headers=admin.headers)).json()["items"]
        resent = await client.post(f"{base}/{delivery['id']}/resend", headers=admin.headers)
        assert resent.status_code == 202, resent.text
        # The count is of attempts made, so a resend does not forget the first one.
        assert (resent.json()["status"], resent.json()["attemptCount"]) == ("pending", 1)
        clock.advance(timedelta(seconds=5))  # the resend is due at the server's now
        assert await worker.run_once() == 1
        await worker.aclose()
    assert [m.webhook_id for m in server.received] == [delivery["id"]] * 2
    after = (await client.get(f"{base}/{delivery['id']}", headers=admin.headers)).json()
    assert after["status"] == "delivered"
    assert [a["number"] for a in after["attempts"]] == [1, 2]
    assert after["attemptCount"] == 2
    first, again = server.received
    assert first.verify(hook["secret"]) == again.verify(hook["secret"])


async def test_resending_needs_an_active_endpoint_and_an_idle_delivery(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    hook = await register(client, admin, "http://127.0.0.1:9/hooks")
    await emit(db, org)
    worker = deliverer(db, Clock())
    await worker.dispatch()
    await worker.claim(10)  # a worker holds it right now
    await worker.aclose()
    base = f"{API}/webhook-endpoints/{hook['id']}"
    (delivery,) = (await client.get(f"{base}/deliveries", headers=admin.headers)).json()["items"]
    resend = f"{base}/deliveries/{delivery['id']}/resend"
    problem(await client.post(resend, headers=admin.headers), 409, "invalid-transition")
    paused = await client.patch(
        base, json={"active": False}, headers={**admin.headers, **if_match('"1"')}
    )
    assert paused.status_code == 200
    problem(await client.post(resend, headers=admin.headers), 409, "conflict")
    problem(
        await client.post(f"{base}/deliveries/{uuid.uuid4()}/resend", headers=admin.headers), 404
    )


async def test_deliveries_filter_by_status_and_stay_within_their_endpoint(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    async with receiver(status=500) as failing, receiver() as fine:
        bad = await register(client, admin, failing.url)
        good = await register(client, admin, fine.url)
        await emit(db, org, count=2)
        worker = deliverer(db, Clock())
        await worker.run_once()
        await worker.aclose()
    path = f"{API}/webhook-endpoints/{bad['id']}/deliveries"
    pending = (await client.get(path, params={"status": "pending"}, headers=admin.headers)).json()
    delivered = await client.get(path, params={"status": "delivered"}, headers=admin.headers)
    assert len(pending["items"]) == 2
    assert delivered.json()["items"] == []
    assert pending["items"][0]["attempts"][0]["error"].startswith("HTTP 500")
    problem(await client.get(path, params={"status": "lost"}, headers=admin.headers), 422)
    foreign = pending["items"][0]["id"]
    other = f"{API}/webhook-endpoints/{good['id']}/deliveries/{foreign}"
    problem(await client.get(other, headers=admin.headers), 404, "not-found")


async def test_listing_deliveries_takes_the_same_statements_however_many(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
    statements: StatementCounter,
) -> None:
    hook = await register(client, admin, "http://127.0.0.1:9/hooks")
    worker = deliverer(db, Clock(), concurrency=50)
    path = f"{API}/webhook-endpoints/{hook['id']}/deliveries"
    counts = []
    for new, total in ((3, 3), (27, 30)):
        await emit(db, org, count=new)
        await worker.run_once()  # refused connections: an attempt logged on each
        statements.reset()
        listed = await client.get(path, params={"limit": 100}, headers=admin.headers)
        assert len(listed.json()["items"]) == total
        assert all(len(d["attempts"]) == 1 for d in listed.json()["items"])
        counts.append(statements.count)
    await worker.aclose()
    assert counts[0] == counts[1]


async def test_each_organisation_numbers_its_events_in_order(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    other_org: Organisation,
    admin: Caller,
) -> None:
    async with receiver() as server:
        hook = await register(client, admin, server.url)
        await emit(db, org, count=3)
        await emit(db, other_org, count=2)  # nobody listens there, but it is numbered
        worker = deliverer(db, Clock())
        await worker.run_once()
        await emit(db, org)
        await worker.run_once()
        await worker.aclose()
    sequences = sorted(m.verify(hook["secret"])["sequence"] for m in server.received)
    assert sequences == [1, 2, 3, 4]
    async with db() as session:
        theirs = await session.scalars(
            select(OutboxEvent.sequence).where(OutboxEvent.organisation_id == other_org.id)
        )
        assert sorted(s for s in theirs if s is not None) == [1, 2]
