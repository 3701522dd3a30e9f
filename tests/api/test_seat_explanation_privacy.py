"""A rota's explanation is shown to the whole board, but that a member was unavailable or
had declared an interest comes from their private records: anyone who may not read those
sees "not available", on REST and GraphQL alike."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.seat_setup import local_day, meetings, team
from tests.api.test_seats import API, rota, rotating_seat
from tests.factories import Caller
from tests.graphql.helpers import gql, nodes, ok

ASSIGNMENTS = """query($id: UUID!) { seat(id: $id) { assignments { edges { node {
  personId explanation { considered { personId reason detail } } } } } } }"""
MASKED = {"reason": "not_available", "detail": "Not available for this meeting."}


async def _rest(client: httpx.AsyncClient, who: Caller, seat: str) -> dict[str, dict[str, Any]]:
    response = await client.get(f"{API}/seats/{seat}/assignments", headers=who.headers)
    assert response.status_code == 200, response.text
    (assignment,) = response.json()["items"]
    return {c["personId"]: c for c in assignment["explanation"]["considered"]}


async def _graphql(client: httpx.AsyncClient, who: Caller, seat: str) -> dict[str, dict[str, Any]]:
    data = ok(await gql(client, who, ASSIGNMENTS, {"id": seat}))
    (assignment,) = nodes(data["seat"]["assignments"])
    return {c["personId"]: c for c in assignment["explanation"]["considered"]}


async def test_private_reasons_are_not_available_to_the_rest_of_the_board(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=4)
    away, interested, colleague, _ = t.members
    staff = t.coordinator.headers
    (meeting,) = await meetings(db, t.governance, 1, topics={0: ["Housing"]})
    day = local_day(meeting).isoformat()
    answers = [
        await client.post(
            f"{API}/people/{away.id}/unavailability",
            json={"startsOn": day, "endsOn": day, "reason": "hospital"},
            headers=staff,
        ),
        await client.post(
            f"{API}/people/{interested.id}/interests",
            json={
                "description": "Works for a housing charity",
                "topicTags": ["housing"],
                "declaredOn": "2026-01-01",
            },
            headers=staff,
        ),
    ]
    assert [a.status_code for a in answers] == [201, 201]
    seat = await rotating_seat(client, t)
    (planned,) = (await rota(client, t, seat, count=1))["planned"]
    assert planned["personId"] not in (str(away.id), str(interested.id))

    private = {
        str(away.id): {
            "reason": "unavailable",
            "detail": "Marked as unavailable on the meeting date.",
        },
        str(interested.id): {
            "reason": "interest_declared",
            "detail": "Declared an interest that matches a topic on this meeting's agenda.",
        },
    }
    member = factories.token_for(app, colleague)
    themselves = factories.token_for(app, away)
    for read in (_rest, _graphql):
        # The coordinator, who may read everyone's private records, sees the category.
        seen = await read(client, t.coordinator, seat)
        for person, shown in private.items():
            assert {k: seen[person][k] for k in shown} == shown, read.__name__
        # Another member of the board sees only that they were not available.
        seen = await read(client, member, seat)
        for person in private:
            assert {k: seen[person][k] for k in MASKED} == MASKED, read.__name__
        # Reasons that come from no private record stay as they were.
        others = [p for p in seen if p not in private]
        assert others
        assert all(seen[p]["reason"] != "not_available" for p in others)
        # A member sees their own reason, not the other's.
        seen = await read(client, themselves, seat)
        assert seen[str(away.id)]["reason"] == "unavailable", read.__name__
        assert seen[str(interested.id)]["reason"] == "not_available", read.__name__
