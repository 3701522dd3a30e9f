"""A member whose membership ends loses every seat to come: handed on by the policy,
audited, announced, and no more papers as a seat holder."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import AuditEvent, Membership, OutboxEvent, Person
from app.db.types import utcnow
from app.domain.seats.departures import sweep_departures
from tests.api.seat_setup import Team, meetings, team
from tests.api.test_seats import rota, rotating_seat
from tests.api.test_seats_fixed import fixed_seat, papers_for

API = "/api/v1"


async def current(client: httpx.AsyncClient, t: Team, seat: str) -> list[dict[str, Any]]:
    response = await client.get(
        f"{API}/seats/{seat}/assignments?limit=100", headers=t.coordinator.headers
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def membership_of(client: httpx.AsyncClient, t: Team, person: Person) -> dict[str, Any]:
    rows = (
        await client.get(f"{API}/boards/{t.advisory.id}/memberships", headers=t.coordinator.headers)
    ).json()["items"]
    found: dict[str, Any] = next(m for m in rows if m["personId"] == str(person.id))
    return found


async def count(db: async_sessionmaker[AsyncSession], model: Any, *where: Any) -> int:
    async with db() as session:
        return int(await session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


async def test_leaving_hands_on_every_future_seat_with_an_explanation_and_an_event(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=3)
    seat = await rotating_seat(client, t)
    made = await meetings(db, t.governance, 6)
    planned = (await rota(client, t, seat, count=6))["planned"]
    leaver = t.members[0]
    theirs = {p["meetingId"] for p in planned if p["personId"] == str(leaver.id)}
    assert len(theirs) == 2
    row = await membership_of(client, t, leaver)
    etag = (
        await client.get(f"{API}/memberships/{row['id']}", headers=t.coordinator.headers)
    ).headers["etag"]
    response = await client.patch(
        f"{API}/memberships/{row['id']}",
        json={"status": "left"},
        headers={**t.coordinator.headers, "If-Match": etag},
    )
    assert response.status_code == 200, response.text

    now = await current(client, t, seat)
    assert len(now) == 6
    assert str(leaver.id) not in {a["personId"] for a in now}
    for a in now:
        if a["meetingId"] in theirs:
            assert a["source"] == "handover"
            assert a["explanation"]["why"].startswith("Previous holder left.")
    # The two who remain share the six meetings evenly.
    assert sorted(Counter(a["personId"] for a in now).values()) == [3, 3]
    assert await count(db, AuditEvent, AuditEvent.action == "seat.released") == 2
    async with db() as session:
        released = list(
            await session.scalars(
                select(OutboxEvent).where(OutboxEvent.event_type == "seat.released")
            )
        )
    # The leaver's two, and any later choice the rebalancing moved: each is announced.
    assert sum(e.payload["personId"] == str(leaver.id) for e in released) == 2
    assert all(e.payload["status"] in {"released", "replaced"} for e in released)
    for meeting in made:
        assert str(leaver.id) not in await papers_for(db, meeting)


async def test_a_term_end_that_passes_is_handed_on_by_the_sweep_once(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=2)
    seat = await rotating_seat(client, t)
    await meetings(db, t.governance, 4)
    await rota(client, t, seat, count=4)
    ended = t.members[1]
    async with db() as session:
        await session.execute(
            update(Membership)
            .where(Membership.person_id == ended.id)  # type: ignore[arg-type]
            .values(term_end=utcnow().date() - timedelta(days=1))
        )
        await session.commit()
    assert await sweep_departures(db) == 1
    assert await sweep_departures(db) == 0
    now = await current(client, t, seat)
    assert {a["personId"] for a in now} == {str(t.members[0].id)}
    assert len(now) == 4


async def test_a_fixed_holder_who_stands_down_is_replaced_from_the_pool(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=3)
    seat = await fixed_seat(client, t)
    await meetings(db, t.governance, 2)
    await rota(client, t, seat, count=2)
    row = await membership_of(client, t, t.members[0])
    response = await client.post(
        f"{API}/memberships/{row['id']}/stand-down",
        json={"reason": "Moving away"},
        headers=t.coordinator.headers,
    )
    assert response.status_code == 200, response.text
    now = await current(client, t, seat)
    assert len(now) == 2
    assert {a["personId"] for a in now} == {str(t.members[1].id), str(t.members[2].id)}
    assert all(a["explanation"]["why"].startswith("Previous holder left.") for a in now)
    assert "Moving away" not in str(now)
