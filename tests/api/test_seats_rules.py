"""One seat a person a meeting unless the board allows two; declines rebalance the rota."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.seat_setup import local_day, meetings, team
from tests.api.test_seats import rota, rotating_seat
from tests.api.test_seats_departures import current

API = "/api/v1"


async def test_nobody_holds_two_seats_at_a_meeting_unless_the_board_allows_it(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=2)
    a, b = (str(m.id) for m in t.members)
    first = await rotating_seat(client, t)
    second = await rotating_seat(client, t)
    await meetings(db, t.governance, 2)
    one = [p["personId"] for p in (await rota(client, t, first, count=2))["planned"]]
    two = [p["personId"] for p in (await rota(client, t, second, count=2))["planned"]]
    assert one == [a, b]
    assert two == [b, a]  # the other member each time: the first is already seated
    planned = await current(client, t, first)
    swap = {"otherAssignmentId": planned[1]["id"], "reason": "Exchange dates"}
    refused = await client.post(
        f"{API}/assignments/{planned[0]['id']}/swap", json=swap, headers=t.coordinator.headers
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["pointer"] == "/otherAssignmentId"

    allowed = await client.put(
        f"{API}/boards/{t.advisory.id}/seat-settings",
        json={"allowTwoSeats": True},
        headers=t.coordinator.headers,
    )
    assert allowed.status_code == 200, allowed.text
    swapped = await client.post(
        f"{API}/assignments/{planned[0]['id']}/swap", json=swap, headers=t.coordinator.headers
    )
    assert swapped.status_code == 200, swapped.text
    third = await rotating_seat(client, t)
    # Allowed: the fewest turns in this seat decide, whoever sits elsewhere.
    assert [p["personId"] for p in (await rota(client, t, third, count=2))["planned"]] == [a, b]


async def test_settings_are_for_coordinators_and_members_may_read_them(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=1)
    member = factories.token_for(app, t.members[0]).headers
    url = f"{API}/boards/{t.advisory.id}/seat-settings"
    read = await client.get(url, headers=member)
    assert read.status_code == 200
    assert read.json()["allowTwoSeats"] is False
    refused = await client.put(url, json={"allowTwoSeats": True}, headers=member)
    assert refused.status_code == 403


async def test_after_a_decline_turns_over_the_horizon_still_differ_by_at_most_one(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=3)
    seat = await rotating_seat(client, t)
    made = await meetings(db, t.governance, 6)
    planned = (await rota(client, t, seat, count=6))["planned"]
    holder = next(m for m in t.members if str(m.id) == planned[0]["personId"])
    response = await client.post(
        f"{API}/assignments/{planned[0]['assignmentId']}/decline",
        json={},
        headers=factories.token_for(app, holder).headers,
    )
    assert response.status_code == 200, response.text
    now = await current(client, t, seat)
    assert len(now) == 6
    turns = Counter(a["personId"] for a in now)
    assert max(turns.values()) - min(turns.values()) <= 1
    assert set(turns) == {str(m.id) for m in t.members}
    day = {str(m.id): local_day(m) for m in made}
    for a in now:
        cited = re.findall(r"last turn on (\d{4}-\d{2}-\d{2})", str(a["explanation"]))
        assert all(date.fromisoformat(c) < day[a["meetingId"]] for c in cited), a


async def test_a_substitute_already_seated_at_the_meeting_is_refused_unless_allowed(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=2)
    first = await rotating_seat(client, t)
    second = await rotating_seat(client, t)
    await meetings(db, t.governance, 1)
    (mine,) = (await rota(client, t, first, count=1))["planned"]
    (theirs,) = (await rota(client, t, second, count=1))["planned"]
    body = {"substitutePersonId": mine["personId"], "reason": "Cover"}
    url = f"{API}/assignments/{theirs['assignmentId']}/swap"
    refused = await client.post(url, json=body, headers=t.coordinator.headers)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["pointer"] == "/substitutePersonId"
    await client.put(
        f"{API}/boards/{t.advisory.id}/seat-settings",
        json={"allowTwoSeats": True},
        headers=t.coordinator.headers,
    )
    allowed = await client.post(url, json=body, headers=t.coordinator.headers)
    assert allowed.status_code == 200, allowed.text
