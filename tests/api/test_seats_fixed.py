"""Fixed seats as the schemes run them: the holder on the rota, with papers, declines
(substitute, empty, or the pool if the board says so), substitutions and fairness."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Meeting
from app.domain.papers.entitlement import entitled
from app.domain.papers.schemas import RecipientSource
from tests import factories
from tests.api.seat_setup import Team, meetings, team
from tests.api.test_seats import rota

API = "/api/v1"


async def fixed_seat(client: httpx.AsyncClient, t: Team) -> str:
    response = await client.post(
        f"{API}/boards/{t.advisory.id}/seats",
        json={"name": "Co-chair seat", "kind": "fixed", "holderPersonId": str(t.members[0].id)},
        headers=t.coordinator.headers,
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def decline(
    client: httpx.AsyncClient, headers: dict[str, str], assignment: str, **body: Any
) -> dict[str, Any]:
    response = await client.post(
        f"{API}/assignments/{assignment}/decline", json=body, headers=headers
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


async def papers_for(db: async_sessionmaker[AsyncSession], meeting: Meeting) -> dict[str, str]:
    async with db() as session:
        found = await entitled(session, meeting, [])
    return {str(p): s.value for p, s in found.items()}


async def test_the_holder_is_on_the_rota_and_receives_the_papers_as_a_seat_holder(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=3)
    seat = await fixed_seat(client, t)
    made = await meetings(db, t.governance, 3)
    result = await rota(client, t, seat, count=3)
    holder = str(t.members[0].id)
    assert [p["personId"] for p in result["planned"]] == [holder] * 3
    assert all(p["assignmentId"] for p in result["planned"])
    assert result["planned"][0]["explanation"]["why"] == "The seat's fixed holder."
    assert (await papers_for(db, made[0])).get(holder) == RecipientSource.SEAT.value
    assert (await rota(client, t, seat, count=3))["alreadyAssigned"] == 3
    fairness = (
        await client.get(f"{API}/seats/{seat}/fairness", headers=t.coordinator.headers)
    ).json()
    # The holder's sittings, not the rest of the board with zero turns.
    assert [(r["personId"], r["turns"]) for r in fairness] == [(holder, 3)]


async def test_a_declined_fixed_seat_goes_to_the_substitute_or_stays_empty_or_to_the_pool(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=3)
    seat = await fixed_seat(client, t)
    made = await meetings(db, t.governance, 3)
    planned = (await rota(client, t, seat, count=3))["planned"]
    holder = factories.token_for(app, t.members[0]).headers
    substitute = str(t.members[2].id)

    named = await decline(client, holder, planned[0]["assignmentId"], substitutePersonId=substitute)
    assert named["replacement"]["personId"] == substitute
    assert named["replacement"]["source"] == "substitution"
    # Not as the seat's holder any more; as a member of the advisory board they still
    # receive the governance board's papers (its advisedBoardPapers default).
    assert (await papers_for(db, made[0])).get(str(t.members[0].id)) != RecipientSource.SEAT.value

    empty = await decline(client, holder, planned[1]["assignmentId"])
    assert empty["replacement"] is None

    settings = await client.put(
        f"{API}/boards/{t.advisory.id}/seat-settings",
        json={"declinedFixedToPool": True},
        headers=t.coordinator.headers,
    )
    assert settings.status_code == 200, settings.text
    assert settings.json() == {
        "boardId": str(t.advisory.id),
        "allowTwoSeats": False,
        "declinedFixedToPool": True,
    }
    pooled = await decline(client, holder, planned[2]["assignmentId"])
    replacement = pooled["replacement"]
    assert replacement["personId"] in {str(m.id) for m in t.members[1:]}
    assert replacement["explanation"]["why"].startswith("The holder cannot sit at this meeting.")

    fairness = (
        await client.get(f"{API}/seats/{seat}/fairness", headers=t.coordinator.headers)
    ).json()
    rows = {r["personId"]: r for r in fairness}
    assert fairness[0]["personId"] == str(t.members[0].id)
    assert rows[str(t.members[0].id)]["declines"] == 3
    assert rows[str(t.members[0].id)]["turns"] == 0


async def test_a_substitute_must_be_eligible_and_a_coordinator_substitutes_with_a_reason(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=3)
    seat = await fixed_seat(client, t)
    outsider = await factories.person(db, t.org)
    await meetings(db, t.governance, 1)
    (planned,) = (await rota(client, t, seat, count=1))["planned"]
    refused = await client.post(
        f"{API}/assignments/{planned['assignmentId']}/decline",
        json={"substitutePersonId": str(outsider.id)},
        headers=t.coordinator.headers,
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["pointer"] == "/substitutePersonId"
    swapped = await client.post(
        f"{API}/assignments/{planned['assignmentId']}/swap",
        json={"substitutePersonId": str(t.members[1].id), "reason": "Holder in hospital"},
        headers=t.coordinator.headers,
    )
    assert swapped.status_code == 200, swapped.text
    (new,) = swapped.json()
    assert new["personId"] == str(t.members[1].id)
    assert new["source"] == "substitution"
    assert "hospital" not in str(new["explanation"])
