"""Coaching and shadowing: who sees a pairing, and a shadow's papers, during the period
and not after."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Person
from tests import factories
from tests.api.helpers import problem
from tests.api.papers_setup import API, circulate, meeting, paper, recipients, seat_holder, setup
from tests.factories import Caller


async def _pair(
    client: httpx.AsyncClient,
    who: Caller,
    kind: str,
    person: Person,
    partner: Person,
    days: int,
) -> httpx.Response:
    today = datetime.now(UTC).date()
    body: dict[str, Any] = {
        "kind": kind,
        "personId": str(person.id),
        "partnerPersonId": str(partner.id),
        "startsOn": today.isoformat(),
        "endsOn": (today + timedelta(days=days)).isoformat(),
    }
    return await client.post(f"{API}/pairings", json=body, headers=who.headers)


async def test_a_pairing_is_seen_by_its_two_people_and_coordinators(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    coordinator = await factories.caller(db, app, org, "coordinator")
    coach = await factories.person(db, org, name="Coach")
    newcomer = await factories.person(db, org, name="New member")
    bystander = await factories.caller(db, app, org, "member")
    problem(
        await _pair(client, factories.token_for(app, coach), "coaching", newcomer, coach, 90),
        403,
        "forbidden",
    )
    response = await _pair(client, coordinator, "coaching", newcomer, coach, 90)
    assert response.status_code == 201, response.text
    pairing = response.json()
    problem(await _pair(client, coordinator, "coaching", newcomer, coach, 10), 409, "conflict")

    path = f"{API}/pairings/{pairing['id']}"
    for who in (coach, newcomer):
        caller = factories.token_for(app, who)
        assert (await client.get(path, headers=caller.headers)).json()["kind"] == "coaching"
        listed = (await client.get(f"{API}/pairings", headers=caller.headers)).json()["items"]
        assert [p["id"] for p in listed] == [pairing["id"]]
    problem(await client.get(path, headers=bystander.headers), 404, "not-found")
    assert (await client.get(f"{API}/pairings", headers=bystander.headers)).json()["items"] == []
    assert (await client.delete(path, headers=coordinator.headers)).status_code == 204
    problem(await client.get(path, headers=coordinator.headers), 404, "not-found")


async def test_a_shadow_receives_the_papers_of_meetings_in_the_period_and_not_after(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=2)
    member_shadow = await factories.person(db, s.org, name="Shadow of a member")
    seat_shadow = await factories.person(db, s.org, name="Shadow of a seat holder")
    holder = await seat_holder(db, s.org, s.meeting)
    # Both periods cover the meeting 14 days ahead, and end before the one 30 days ahead.
    for shadow, host in ((member_shadow, s.members[0]), (seat_shadow, holder)):
        response = await _pair(client, s.coordinator, "shadowing", shadow, host, 20)
        assert response.status_code == 201, response.text
    later = await meeting(db, s.board, timedelta(days=30), "After the period")

    within = await paper(client, s.coordinator, s.meeting.id)
    after = await paper(client, s.coordinator, later.id)
    assert (await circulate(client, s.coordinator, s.meeting.id)).status_code == 201
    assert (await circulate(client, s.coordinator, later.id)).status_code == 201

    got = await recipients(client, s.coordinator, within["id"])
    assert got[str(member_shadow.id)]["source"] == "extra"
    assert got[str(seat_shadow.id)]["source"] == "extra"
    assert got[str(member_shadow.id)]["status"] == "new"  # tracked like anyone else's
    assert str(member_shadow.id) not in await recipients(client, s.coordinator, after["id"])

    reader = factories.token_for(app, member_shadow)
    read = await client.get(f"{API}/papers/{within['id']}", headers=reader.headers)
    assert read.status_code == 200, read.text
    problem(
        await client.get(f"{API}/papers/{after['id']}", headers=reader.headers), 404, "not-found"
    )
