"""Seat changes tell whoever now holds the seat, and whoever a coordinator took it from;
never the coordinator, and a member who declines is told nothing they did not know."""

from __future__ import annotations

from collections import Counter

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.notices_setup import people, queued
from tests.api.seat_setup import meetings, team
from tests.api.test_seats import API, rota, rotating_seat


async def test_a_rota_tells_each_holder_of_each_meeting(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=3)
    seat = await rotating_seat(client, t)
    await meetings(db, t.governance, 3)
    planned = (await rota(client, t, seat, count=3))["planned"]
    told = await queued(db)
    assert {m.template for m in told} == {"seat_assigned"}
    assert people(told) == Counter(
        {m.id: 1 for m in t.members if str(m.id) in {p["personId"] for p in planned}}
    )
    first = next(m for m in told if str(m.person_id) == planned[0]["personId"])
    assert first.subject.startswith('You have the seat "Rotating seat" at Meeting 0 on ')
    assert first.body is not None
    assert "Programme Board" in first.body
    # A rerun assigns nobody new and tells nobody again.
    await rota(client, t, seat, count=3)
    assert len(await queued(db)) == len(told)


async def test_a_decline_tells_the_next_holder_only(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=3)
    seat = await rotating_seat(client, t)
    await meetings(db, t.governance, 1)
    (first,) = (await rota(client, t, seat, count=1))["planned"]
    before = {m.id for m in await queued(db)}
    holder = next(m for m in t.members if str(m.id) == first["personId"])
    response = await client.post(
        f"{API}/assignments/{first['assignmentId']}/decline",
        json={"reason": "a clash with a probation appointment"},
        headers=factories.token_for(app, holder).headers,
    )
    assert response.status_code == 200, response.text
    after = [m for m in await queued(db) if m.id not in before]
    replacement = response.json()["replacement"]["personId"]
    assert [(str(m.person_id), m.template) for m in after] == [(replacement, "seat_passed_to_you")]
    assert after[0].body is not None
    assert "probation" not in after[0].body


async def test_a_swap_and_a_substitution_tell_those_whose_seat_changed(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=3)
    seat = await rotating_seat(client, t)
    await meetings(db, t.governance, 2)
    a, b = (await rota(client, t, seat, count=2))["planned"]
    before = {m.id for m in await queued(db)}
    swapped = await client.post(
        f"{API}/assignments/{a['assignmentId']}/swap",
        json={"otherAssignmentId": b["assignmentId"], "reason": "travel"},
        headers=t.coordinator.headers,
    )
    assert swapped.status_code == 200, swapped.text
    after = [m for m in await queued(db) if m.id not in before]
    assert sorted((str(m.person_id), m.template) for m in after) == sorted(
        [(a["personId"], "seat_swapped_to_you"), (b["personId"], "seat_swapped_to_you")]
    )
    assert all(m.body and "The reason given: travel" in m.body for m in after)

    before |= {m.id for m in after}
    third = next(m for m in t.members if str(m.id) not in (a["personId"], b["personId"]))
    current = swapped.json()[0]
    substituted = await client.post(
        f"{API}/assignments/{current['id']}/swap",
        json={"substitutePersonId": str(third.id), "reason": "cover"},
        headers=t.coordinator.headers,
    )
    assert substituted.status_code == 200, substituted.text
    after = [m for m in await queued(db) if m.id not in before]
    assert sorted((str(m.person_id), m.template) for m in after) == sorted(
        [(str(third.id), "seat_swapped_to_you"), (current["personId"], "seat_taken_from_you")]
    )
