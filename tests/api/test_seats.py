"""Seats and rotas over REST: eligibility, explanations, reruns, declines, swaps, fairness."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import OutboxEvent, SeatAssignment
from tests import factories
from tests.api.seat_setup import Team, local_day, meetings, team

API = "/api/v1"


async def rotating_seat(client: httpx.AsyncClient, t: Team, **extra: Any) -> str:
    response = await client.post(
        f"{API}/boards/{t.advisory.id}/seats",
        json={"name": "Rotating seat", "kind": "rotating", **extra},
        headers=t.coordinator.headers,
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def rota(client: httpx.AsyncClient, t: Team, seat: str, **body: Any) -> dict[str, Any]:
    response = await client.post(
        f"{API}/seats/{seat}/rota", json=body, headers=t.coordinator.headers
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


async def test_fixed_seat_needs_a_member_and_its_holder_never_rotates(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=3)
    outsider = await factories.person(db, t.org)
    refused = await client.post(
        f"{API}/boards/{t.advisory.id}/seats",
        json={"name": "Fixed", "kind": "fixed", "holderPersonId": str(outsider.id)},
        headers=t.coordinator.headers,
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["pointer"] == "/holderPersonId"
    fixed = await client.post(
        f"{API}/boards/{t.advisory.id}/seats",
        json={"name": "Fixed", "kind": "fixed", "holderPersonId": str(t.members[0].id)},
        headers=t.coordinator.headers,
    )
    assert fixed.status_code == 201
    seat = await rotating_seat(client, t)
    await meetings(db, t.governance, 6)
    result = await rota(client, t, seat, count=6)
    chosen = {p["personId"] for p in result["planned"]}
    assert str(t.members[0].id) not in chosen
    assert chosen == {str(m.id) for m in t.members[1:]}


async def test_seats_need_an_advisory_board_that_advises_someone(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    response = await client.post(
        f"{API}/boards/{t.governance.id}/seats",
        json={"name": "Seat", "kind": "rotating"},
        headers=t.coordinator.headers,
    )
    assert response.status_code == 422


async def test_rota_is_fair_explained_and_a_rerun_adds_nothing(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=4)
    seat = await rotating_seat(client, t)
    await meetings(db, t.governance, 8)
    preview = await rota(client, t, seat, count=8, dryRun=True)
    async with db() as session:
        assert await session.scalar(select(func.count()).select_from(SeatAssignment)) == 0
    result = await rota(client, t, seat, count=8)
    assert [p["personId"] for p in result["planned"]] == [p["personId"] for p in preview["planned"]]
    turns: dict[str, int] = {}
    for planned in result["planned"]:
        turns[planned["personId"]] = turns.get(planned["personId"], 0) + 1
        assert planned["explanation"]["why"]
        assert len(planned["explanation"]["considered"]) == 3
    assert sorted(turns.values()) == [2, 2, 2, 2]
    again = await rota(client, t, seat, count=8)
    assert again["planned"] == []
    assert again["alreadyAssigned"] == 8
    async with db() as session:
        assert await session.scalar(select(func.count()).select_from(SeatAssignment)) == 8
        events = await session.scalar(
            select(func.count())
            .select_from(OutboxEvent)
            .where(OutboxEvent.event_type == "seat.assigned")
        )
        assert events == 8


async def test_ineligible_members_are_skipped_with_their_reason(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=4)
    interested, away, untrained, paused = t.members
    staff = t.coordinator.headers
    (meeting,) = await meetings(db, t.governance, 1, topics={0: ["Housing"]})
    day = local_day(meeting)
    await client.post(
        f"{API}/people/{interested.id}/interests",
        json={
            "description": "Works for a housing charity",
            "topicTags": ["housing"],
            "declaredOn": "2026-01-01",
        },
        headers=staff,
    )
    await client.post(
        f"{API}/people/{away.id}/unavailability",
        json={"startsOn": day.isoformat(), "endsOn": day.isoformat(), "reason": "hospital"},
        headers=staff,
    )
    for trained in (interested, away, paused):
        await client.post(
            f"{API}/people/{trained.id}/training-records",
            json={"trainingType": "governance", "completedOn": "2025-01-01"},
            headers=staff,
        )
    membership = (
        await client.get(f"{API}/boards/{t.advisory.id}/memberships", headers=staff)
    ).json()["items"]
    paused_row = next(m for m in membership if m["personId"] == str(paused.id))
    etag = (await client.get(f"{API}/memberships/{paused_row['id']}", headers=staff)).headers[
        "etag"
    ]
    await client.patch(
        f"{API}/memberships/{paused_row['id']}",
        json={"status": "paused"},
        headers={**staff, "If-Match": etag},
    )
    seat = await rotating_seat(client, t, requiredTraining=["governance"])
    result = await rota(client, t, seat, count=1)
    (planned,) = result["planned"]
    assert planned["personId"] is None
    reasons = {c["personId"]: c["reason"] for c in planned["explanation"]["considered"]}
    assert reasons == {
        str(interested.id): "interest_declared",
        str(away.id): "unavailable",
        str(untrained.id): "missing_training",
        str(paused.id): "paused",
    }
    text = str(planned["explanation"])
    assert "hospital" not in text
    assert "housing" not in text.lower()


async def test_a_decline_needs_no_body(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=3)
    seat = await rotating_seat(client, t)
    await meetings(db, t.governance, 1)
    first = (await rota(client, t, seat, count=1))["planned"][0]
    holder = next(m for m in t.members if str(m.id) == first["personId"])
    response = await client.post(
        f"{API}/assignments/{first['assignmentId']}/decline",
        headers=factories.token_for(app, holder).headers,
    )
    assert response.status_code == 200, response.text
    assert response.json()["declined"]["status"] == "declined"


async def test_a_decline_passes_the_seat_on_and_keeps_the_decliners_priority(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=3)
    seat = await rotating_seat(client, t)
    await meetings(db, t.governance, 2)
    first = (await rota(client, t, seat, count=1))["planned"][0]
    decliner = first["personId"]
    holder = next(m for m in t.members if str(m.id) == decliner)
    response = await client.post(
        f"{API}/assignments/{first['assignmentId']}/decline",
        json={"reason": "a clash with a probation appointment"},
        headers=factories.token_for(app, holder).headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["declined"]["status"] == "declined"
    assert body["replacement"]["personId"] not in (None, decliner)
    assert body["replacement"]["meetingId"] == first["meetingId"]
    nxt = (await rota(client, t, seat, count=2))["planned"]
    assert [p["personId"] for p in nxt] == [decliner]
    # No body at all: the reason is optional, so the request reaches the rule it breaks.
    again = await client.post(
        f"{API}/assignments/{first['assignmentId']}/decline", headers=t.coordinator.headers
    )
    assert again.status_code == 409, again.text
    fairness = (
        await client.get(f"{API}/seats/{seat}/fairness", headers=t.coordinator.headers)
    ).json()
    row = next(r for r in fairness if r["personId"] == decliner)
    assert (row["turns"], row["declines"]) == (1, 1)
    async with db() as session:
        payloads = [
            e.payload
            for e in await session.scalars(
                select(OutboxEvent).where(OutboxEvent.event_type == "seat.declined")
            )
        ]
    assert len(payloads) == 1
    assert "probation" not in str(payloads)


async def test_only_the_holder_or_a_coordinator_may_decline(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=2)
    seat = await rotating_seat(client, t)
    await meetings(db, t.governance, 1)
    planned = (await rota(client, t, seat, count=1))["planned"][0]
    other = next(m for m in t.members if str(m.id) != planned["personId"])
    response = await client.post(
        f"{API}/assignments/{planned['assignmentId']}/decline",
        json={},
        headers=factories.token_for(app, other).headers,
    )
    assert response.status_code == 403


async def test_swap_and_substitute_need_a_reason_and_an_eligible_person(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=3)
    seat = await rotating_seat(client, t)
    (m1, m2) = await meetings(db, t.governance, 2)
    a, b = (await rota(client, t, seat, count=2))["planned"]
    no_reason = await client.post(
        f"{API}/assignments/{a['assignmentId']}/swap",
        json={"otherAssignmentId": b["assignmentId"]},
        headers=t.coordinator.headers,
    )
    assert no_reason.status_code == 422
    swapped = await client.post(
        f"{API}/assignments/{a['assignmentId']}/swap",
        json={"otherAssignmentId": b["assignmentId"], "reason": "travel"},
        headers=t.coordinator.headers,
    )
    assert swapped.status_code == 200, swapped.text
    holders = {x["meetingId"]: x["personId"] for x in swapped.json()}
    assert holders == {a["meetingId"]: b["personId"], b["meetingId"]: a["personId"]}
    third = next(m for m in t.members if str(m.id) not in (a["personId"], b["personId"]))
    await client.post(
        f"{API}/people/{third.id}/unavailability",
        json={"startsOn": local_day(m1).isoformat(), "endsOn": local_day(m1).isoformat()},
        headers=t.coordinator.headers,
    )
    current = (
        await client.get(f"{API}/seats/{seat}/assignments", headers=t.coordinator.headers)
    ).json()["items"]
    at_m1 = next(x for x in current if x["meetingId"] == str(m1.id))
    refused = await client.post(
        f"{API}/assignments/{at_m1['id']}/swap",
        json={"substitutePersonId": str(third.id), "reason": "cover"},
        headers=t.coordinator.headers,
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["pointer"] == "/substitutePersonId"
    at_m2 = next(x for x in current if x["meetingId"] == str(m2.id))
    substituted = await client.post(
        f"{API}/assignments/{at_m2['id']}/swap",
        json={"substitutePersonId": str(third.id), "reason": "cover"},
        headers=t.coordinator.headers,
    )
    assert substituted.status_code == 200, substituted.text
    assert substituted.json()[0]["personId"] == str(third.id)


async def test_a_newcomer_starts_level_with_the_fewest_turns(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=2)
    seat = await rotating_seat(client, t)
    await meetings(db, t.governance, 10)
    await rota(client, t, seat, count=4)  # two turns each
    newcomer = await factories.person(db, t.org)
    await factories.membership(db, t.advisory, newcomer)
    result = await rota(client, t, seat, count=10)
    newcomer_turns = sum(p["personId"] == str(newcomer.id) for p in result["planned"])
    assert newcomer_turns == 2  # six meetings shared by three, not four in a row
    fairness = (
        await client.get(f"{API}/seats/{seat}/fairness", headers=t.coordinator.headers)
    ).json()
    assert next(r for r in fairness if r["personId"] == str(newcomer.id))["baselineTurns"] == 2


async def test_rota_until_a_date(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=2)
    seat = await rotating_seat(client, t)
    created = await meetings(db, t.governance, 5)
    until: date = local_day(created[2]) + timedelta(days=1)
    result = await rota(client, t, seat, until=until.isoformat())
    assert [p["meetingId"] for p in result["planned"]] == [str(m.id) for m in created[:3]]
    both = await client.post(
        f"{API}/seats/{seat}/rota",
        json={"count": 2, "until": until.isoformat()},
        headers=t.coordinator.headers,
    )
    assert both.status_code == 422


async def test_members_cannot_generate_rotas(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=2)
    seat = await rotating_seat(client, t)
    member = factories.token_for(app, t.members[0])
    response = await client.post(
        f"{API}/seats/{seat}/rota", json={"count": 1}, headers=member.headers
    )
    assert response.status_code == 403
    assert (
        await client.get(f"{API}/seats/{seat}/fairness", headers=member.headers)
    ).status_code == 200
