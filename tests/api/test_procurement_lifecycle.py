"""A procurement's status table, structure fixed once evaluation starts, and lists that
cost the same whatever their size."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.api.helpers import problem
from tests.api.procurement_setup import API, evaluate, get, panel, post
from tests.support import StatementCounter


async def test_the_status_table_and_structure_fixed_from_evaluation(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    status = f"{API}/procurements/{p.procurement['id']}/status"
    headers = p.coordinator.headers
    skipped = await client.post(status, json={"status": "moderating"}, headers=headers)
    assert problem(skipped, 409, "invalid-transition")["allowed"] == ["open"]
    assert p.procurement["allowedStatuses"] == ["open"]
    refused = await client.post(status, json={"status": "open"}, headers=p.chair.headers)
    problem(refused, 403)
    await evaluate(client, p)
    again = await post(
        client,
        p.coordinator,
        f"/procurements/{p.procurement['id']}/status",
        {"status": "evaluating"},
    )
    assert again["status"] == "evaluating"
    late = await client.post(
        f"{API}/lots/{p.lot['id']}/bidders", json={"name": "Late Ltd"}, headers=headers
    )
    problem(late, 409)
    # Lots still scoring hold the procurement in evaluation.
    early = await client.post(status, json={"status": "moderating"}, headers=headers)
    problem(early, 409, "conflict")


async def test_lists_cost_the_same_whatever_their_size(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    p = await panel(db, app, client)
    pid = p.procurement["id"]

    async def count(path: str) -> int:
        statements.reset()
        response = await get(client, p.coordinator, path)
        assert response.status_code == 200, response.text
        return statements.count

    lots, members = (
        await count(f"/procurements/{pid}/lots"),
        await count(f"/lots/{p.lot['id']}/panel-members"),
    )
    for i in range(4):
        lot = await post(client, p.coordinator, f"/procurements/{pid}/lots", {"title": f"L{i}"})
        await post(
            client,
            p.coordinator,
            f"/lots/{lot['id']}/panel-members",
            {"personId": str(p.expert.id), "role": "expert_by_experience"},
        )
    await post(
        client,
        p.coordinator,
        f"/lots/{p.lot['id']}/panel-members",
        {"personId": str(p.bystander.id), "role": "professional"},
    )
    assert await count(f"/procurements/{pid}/lots") == lots
    assert await count(f"/lots/{p.lot['id']}/panel-members") == members
