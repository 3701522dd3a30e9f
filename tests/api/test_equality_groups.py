"""Reports for a seat's pool, an election's nominees and a procurement panel, and the
fixed cost of a report whatever the group's size."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.equality_setup import SEX, answer, group, row
from tests.api.helpers import API, problem
from tests.support import StatementCounter

# Five women and five men: the two zeros (nobody declined, nobody left out) take the
# first five with them; the men's five shows.
SPLIT = {"female": None, "male": 5, "prefer_not_to_say": None, "-": None}


async def _post(client: httpx.AsyncClient, headers: dict[str, str], path: str, body: Any) -> Any:
    response = await client.post(f"{API}{path}", json=body, headers=headers)
    assert response.status_code in {200, 201}, f"{path}: {response.text}"
    return response.json()


async def test_seat_pool_election_and_panel_reports(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    governance = await factories.board(db, org, kind="governance")
    g = await group(db, app, org, 11, advises=governance)
    for index, who in enumerate(g.members):
        await answer(client, who, answers=[(SEX, "female" if index < 5 else "male")])
    ten = [str(m.id) for m in g.members[:10]]
    # The eleventh member (a man) is on the board but in none of these groups.
    headers = g.coordinator.headers
    seat = await _post(
        client,
        headers,
        f"/boards/{g.board.id}/seats",
        {"name": "Pool seat", "kind": "rotating", "poolPersonIds": ten},
    )
    report = (await client.get(f"{API}/seats/{seat['id']}/equality-report", headers=headers)).json()
    assert (report["subject"], report["people"]) == ("seat", 10)
    assert row(report, "sex") == SPLIT

    election = await _post(
        client,
        headers,
        f"/boards/{g.board.id}/elections",
        {"title": "Chair", "role": "chair", "method": "fptp"},
    )
    await _post(client, headers, f"/elections/{election['id']}/open-nominations", None)
    for person_id in ten:
        await _post(
            client, headers, f"/elections/{election['id']}/nominations", {"personId": person_id}
        )
    path = f"{API}/elections/{election['id']}/equality-report"
    report = (await client.get(path, headers=headers)).json()
    assert (report["subject"], report["people"]) == ("election", 10)
    assert row(report, "sex") == SPLIT

    procurement = await _post(
        client, headers, "/procurements", {"title": "Advocacy", "reference": "EQ-1"}
    )
    lot = await _post(client, headers, f"/procurements/{procurement['id']}/lots", {"title": "Lot"})
    for person_id in ten:
        await _post(
            client,
            headers,
            f"/lots/{lot['id']}/panel-members",
            {"personId": person_id, "role": "expert_by_experience"},
        )
    report = (await client.get(f"{API}/lots/{lot['id']}/equality-report", headers=headers)).json()
    assert (report["subject"], report["people"]) == ("panel", 10)
    assert row(report, "sex") == SPLIT
    problem(
        await client.get(f"{API}/lots/{lot['id']}/equality-report", headers=g.members[0].headers),
        403,
    )


async def test_a_report_costs_the_same_for_any_group(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    engine: AsyncEngine,
    org: Organisation,
) -> None:
    small = await group(db, app, org, 2)
    large = await group(db, app, org, 20)
    for who in small.members + large.members:
        await answer(client, who, answers=[(SEX, "male")])
    with StatementCounter(engine) as few:
        await client.get(
            f"{API}/boards/{small.board.id}/equality-report", headers=small.coordinator.headers
        )
    with StatementCounter(engine) as many:
        report = await client.get(
            f"{API}/boards/{large.board.id}/equality-report", headers=large.coordinator.headers
        )
    assert report.json()["people"] == 20
    assert many.count == few.count
