"""Editing an escalation level needs its current version: two coordinators changing its
owner or response time at once must not silently undo each other."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.api.helpers import problem
from tests.api.recommendations_setup import API, team
from tests.graphql.helpers import codes, gql, ok


async def test_a_level_is_edited_only_with_its_current_version(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    made = await client.post(
        f"{API}/boards/{t.advisory.id}/escalation-levels",
        json={"name": "Staff", "ownerId": str(t.chair_person.id), "responseDays": 5},
        headers=t.coordinator.headers,
    )
    assert made.status_code == 201, made.text
    path = f"{API}/escalation-levels/{made.json()['id']}"
    first = made.headers["etag"]
    assert (await client.get(path, headers=t.coordinator.headers)).headers["etag"] == first
    change = {"responseDays": 3}
    problem(await client.patch(path, json=change, headers=t.coordinator.headers), 428)
    changed = await client.patch(
        path, json=change, headers={**t.coordinator.headers, "If-Match": first}
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["responseDays"] == 3
    assert changed.headers["etag"] != first
    # The second coordinator still holds the first version: refused, nothing changed.
    stale = await client.patch(
        path, json={"responseDays": 10}, headers={**t.coordinator.headers, "If-Match": first}
    )
    problem(stale, 412)
    assert (await client.get(path, headers=t.coordinator.headers)).json()["responseDays"] == 3

    update = (
        "mutation($id: UUID!, $v: Int!) { updateEscalationLevel(id: $id, version: $v, "
        'input: {name: "Wellbeing champion"}) { name version } }'
    )
    current = int(changed.headers["etag"].strip('"'))
    renamed = ok(await gql(client, t.coordinator, update, {"id": made.json()["id"], "v": current}))
    assert renamed["updateEscalationLevel"] == {
        "name": "Wellbeing champion",
        "version": current + 1,
    }
    again = await gql(client, t.coordinator, update, {"id": made.json()["id"], "v": current})
    assert codes(again) == ["PRECONDITION_FAILED"]
