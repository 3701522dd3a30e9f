"""Every problem ``type`` a response carries is documented at ``GET /problems/{slug}``."""

from __future__ import annotations

import httpx

from tests.api.helpers import API, problem
from tests.factories import Caller

MISSING = "01900000-0000-7000-8000-000000000000"


async def test_problem_types_met_in_practice_resolve(
    client: httpx.AsyncClient, admin: Caller, member: Caller
) -> None:
    board = {"name": "Forum", "kind": "advisory"}
    responses = [
        await client.get(f"{API}/me"),
        await client.get(f"{API}/boards/{MISSING}", headers=admin.headers),
        await client.delete(f"{API}/boards", headers=admin.headers),
        await client.post(f"{API}/boards", json={}, headers=admin.headers),
        await client.post(f"{API}/boards", json=board, headers=member.headers),
        await client.post(
            f"{API}/boards",
            json={**board, "kind": "governance", "advisesBoardId": MISSING},
            headers=admin.headers,
        ),
        await client.post(
            f"{API}/auth/token",
            data={"grant_type": "password", "username": "x@example.org", "password": "nope"},
        ),
    ]
    created = await client.post(f"{API}/boards", json=board, headers=admin.headers)
    path = f"{API}/boards/{created.json()['id']}"
    responses.append(await client.patch(path, json={"name": "A"}, headers=admin.headers))
    responses.append(
        await client.patch(path, json={"name": "B"}, headers={**admin.headers, "If-Match": '"9"'})
    )
    types: dict[str, int] = {}
    for response in responses:
        body = problem(response, response.status_code)
        types[body["type"]] = body["status"]
    assert len(types) == len(responses)  # each a different kind of problem

    for uri, status in types.items():
        described = await client.get(uri)
        assert described.status_code == 200, uri
        assert described.json()["type"] == uri
        assert described.json()["status"] == status
        assert described.json()["title"]
        assert described.json()["description"]


async def test_an_unknown_problem_type_is_not_found(client: httpx.AsyncClient) -> None:
    problem(await client.get("/problems/no-such-problem"), 404, "not-found")
