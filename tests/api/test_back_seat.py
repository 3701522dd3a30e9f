"""Taking a back seat: rotation skips the member until they expect to return."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import OutboxEvent
from tests import factories
from tests.api.helpers import API, problem
from tests.api.seat_setup import local_day, meetings, team
from tests.api.test_seats import rota, rotating_seat
from tests.graphql.helpers import gql, ok


async def test_rotation_skips_a_member_on_a_back_seat_until_their_return(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=2)
    resting, other = t.members
    first, second = await meetings(db, t.governance, 2)
    me = factories.token_for(app, resting)
    back = local_day(second).isoformat()
    response = await client.put(
        f"{API}/people/{resting.id}/back-seat", json={"expectedReturnOn": back}, headers=me.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["expectedReturnOn"] == back
    seat = await rotating_seat(client, t)
    planned = (await rota(client, t, seat, count=2))["planned"]
    assert planned[0]["meetingId"] == str(first.id)
    assert planned[0]["personId"] == str(other.id)
    reasons = {c["personId"]: c["reason"] for c in planned[0]["explanation"]["considered"]}
    assert reasons[str(resting.id)] == "paused"
    # Back by the second meeting, and behind on turns: theirs.
    assert planned[1]["personId"] == str(resting.id)
    async with db() as session:
        events = await session.scalars(
            select(OutboxEvent).where(col(OutboxEvent.event_type) == "person.paused")
        )
        assert [e.payload for e in events] == [
            {"personId": str(resting.id), "expectedReturnOn": back}
        ]


async def test_only_the_member_or_staff_set_it_and_the_date_is_ahead(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=2)
    resting, other = t.members
    path = f"{API}/people/{resting.id}/back-seat"
    peer = factories.token_for(app, other)
    problem(await client.put(path, json={}, headers=peer.headers), 403)
    past = (datetime.now(UTC).date() - timedelta(days=1)).isoformat()
    body = problem(
        await client.put(path, json={"expectedReturnOn": past}, headers=t.coordinator.headers), 422
    )
    assert "/expectedReturnOn" in str(body)
    problem(await client.get(path, headers=peer.headers), 404)
    assert (await client.put(path, json={}, headers=t.coordinator.headers)).status_code == 200
    # Shown to the organisation as paused, with no reason kept.
    shown = await client.get(path, headers=peer.headers)
    assert shown.status_code == 200
    assert shown.json()["expectedReturnOn"] is None
    problem(await client.delete(path, headers=peer.headers), 403)
    mine = factories.token_for(app, resting)
    assert (await client.delete(path, headers=mine.headers)).status_code == 204
    problem(await client.get(path, headers=peer.headers), 404)


async def test_graphql_back_seat(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=1)
    (resting,) = t.members
    me = factories.token_for(app, resting)
    back = (datetime.now(UTC).date() + timedelta(days=30)).isoformat()
    taken = ok(
        await gql(
            client,
            me,
            "mutation($p: UUID!, $d: Date) { takeBackSeat(personId: $p, input: "
            "{expectedReturnOn: $d}) { personId expectedReturnOn } }",
            {"p": str(resting.id), "d": back},
        )
    )
    assert taken["takeBackSeat"] == {"personId": str(resting.id), "expectedReturnOn": back}
    shown = ok(
        await gql(
            client,
            t.coordinator,
            f'{{ backSeat(personId: "{resting.id}") {{ expectedReturnOn }} }}',
        )
    )
    assert shown["backSeat"]["expectedReturnOn"] == back
