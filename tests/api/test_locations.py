"""Every 201 says where the new object is, in the answer and in the published document.

The walk reuses ``test_route_walk``'s world, so a new POST route answering 201 is checked
without being listed here."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.helpers import API
from tests.api.test_route_walk import _sample_body, _world, api_endpoints, fill

# 201 routes the walk cannot make answer 201 with a sample JSON body: uploads need a
# file, circulation needs a ready paper, an acknowledgement a recipient, a payment run an
# approved claim, a progress update a submitted recommendation. Each is checked with a
# real object in its own test file.
_NOT_WALKED = {
    f"{API}/meetings/{{meeting_id}}/papers",
    f"{API}/papers/{{paper_id}}/versions",
    f"{API}/expense-claims/{{claim_id}}/receipts",
    f"{API}/meetings/{{meeting_id}}/circulations",
    f"{API}/papers/{{paper_id}}/acknowledgements",
    f"{API}/payment-runs",
    f"{API}/recommendations/{{recommendation_id}}/updates",
    # Private to the member and their supervisor (not the administrator who walks):
    # tests/api/test_supervision.py checks its Location.
    f"{API}/people/{{person_id}}/supervision-records",
}


async def test_every_201_documents_location(app: FastAPI) -> None:
    document = app.openapi()
    missing = [
        operation["operationId"]
        for operations in document["paths"].values()
        for operation in operations.values()
        if "201" in operation["responses"]
        and "Location" not in operation["responses"]["201"].get("headers", {})
    ]
    assert not missing


async def test_every_201_sends_the_location_of_what_it_made(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
) -> None:
    world = await _world(client, app, db, org)
    owner = await factories.caller(db, app, org, "administrator")
    # The world's person is already a member of its board: a new membership needs another.
    person_id = (await factories.person(db, org)).id
    # The walk erases the world's person (POST .../erasure), so pairings need one of their own.
    partner_id = (await factories.person(db, org)).id
    # The walk makes person_id a member first, and members need no invitation.
    guest_id = (await factories.person(db, org)).id
    created = [
        e
        for e in api_endpoints(app)
        if e.method == "POST" and e.route.status_code == 201 and e.path not in _NOT_WALKED
    ]
    assert len(created) >= 15
    failures: list[str] = []
    for endpoint in created:
        body = _sample_body(endpoint, person_id)
        if endpoint.path.endswith("/themes"):
            body = {"name": "Another theme"}
        # Bodies naming the world's objects, where the sample cannot know them.
        elif endpoint.path == f"{API}/opportunities":
            body = {"boardId": str(world.ids["board_id"]), "title": "Another vacancy"}
        elif endpoint.path.endswith("/applications"):
            body = {"personId": str(person_id)}
        elif endpoint.path.endswith("/guests"):
            body = {"personId": str(guest_id), "reason": "Attends on request"}
        elif endpoint.path == f"{API}/pairings":
            body = {**(body or {}), "partnerPersonId": str(partner_id)}
        answer = await client.post(fill(endpoint, world.ids), json=body, headers=owner.headers)
        if answer.status_code != 201:
            failures.append(f"{endpoint}: {answer.status_code} {answer.text}")
            continue
        location = answer.headers.get("location")
        if location is None or not location.startswith(f"{API}/"):
            failures.append(f"{endpoint}: Location {location!r}")
            continue
        made = answer.json()
        read = await client.get(location, headers=owner.headers)
        if read.status_code == 405:
            # An object changed and removed at its own address but read in its list.
            continue
        if read.status_code != 200:
            failures.append(f"{endpoint}: GET {location} is {read.status_code}")
        elif "id" in made and read.headers["content-type"].startswith("application/json"):
            found = read.json()
            listed = (
                found if isinstance(found, list) else [found] if "id" in found else found["items"]
            )
            ids = {i.get("id") for i in listed}
            if made["id"] not in ids:
                failures.append(f"{endpoint}: {location} does not show {made['id']}")
    assert not failures, "\n".join(failures)
