"""Audit events: every write is recorded, naming the fields it changed but never their
values, and only administrators read the trail."""

from __future__ import annotations

import httpx
import orjson
import pytest
from fastapi import FastAPI
from pydantic.alias_generators import to_camel
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.helpers import API, collect, problem, sign_in
from tests.factories import PASSWORD, Caller

ACCESS_NEEDS = "Needs a quiet room after a panic attack"
PHONE = "07700 900456"
REASON = "Hospital appointment (oncology)"
INTEREST = "Partner works at Bidder Ltd"
SECRETS = [ACCESS_NEEDS, PHONE, REASON, INTEREST, "sam.private@example.org", "Sam Private"]


class Trail:
    """Reads the audit trail as an administrator and checks what each write added."""

    def __init__(self, client: httpx.AsyncClient, admin: Caller) -> None:
        self.client, self.admin, self.seen = client, admin, 0
        self.raw: list[str] = []

    async def expect(
        self, response: httpx.Response, action: str, entity_id: str, fields: set[str]
    ) -> None:
        assert response.status_code < 300, response.text
        events = await collect(self.client, "/audit-events", self.admin.headers)
        new = events[self.seen :]
        self.seen = len(events)
        assert len(new) == 1, new
        event = new[0]
        assert event["action"] == action
        assert event["entityId"] == entity_id
        assert event["actorType"] == "person"
        assert event["actorId"] == str(self.admin.id)
        # Named as the API names them (snake_case in storage is tolerated).
        assert {to_camel(f) for f in event["changedFields"]} == fields, event
        self.raw.append(orjson.dumps(event).decode())


async def test_every_write_is_audited_without_values(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    trail = Trail(client, admin)
    h = admin.headers

    made = await client.post(
        f"{API}/people",
        json={
            "email": "sam.private@example.org",
            "displayName": "Sam Private",
            "phone": PHONE,
            "accessNeeds": ACCESS_NEEDS,
            "livedExperienceCategories": ["prison"],
        },
        headers=h,
    )
    person = made.json()["id"]
    await trail.expect(
        made,
        "person.created",
        person,
        {"email", "displayName", "phone", "accessNeeds", "livedExperienceCategories"},
    )
    patched = await client.patch(
        f"{API}/people/{person}",
        json={"accessNeeds": ACCESS_NEEDS + " and step-free access", "pronouns": "he/him"},
        headers={**h, "If-Match": made.headers["etag"]},
    )
    await trail.expect(patched, "person.updated", person, {"accessNeeds", "pronouns"})

    records = {
        "training-records": (
            "training_record",
            {"trainingType": "induction", "completedOn": "2026-01-02"},
        ),
        "interests": ("interest", {"description": INTEREST, "declaredOn": "2026-01-02"}),
        "unavailability": (
            "unavailability",
            {"startsOn": "2026-02-01", "endsOn": "2026-02-02", "reason": REASON},
        ),
    }
    for collection, (entity, body) in records.items():
        added = await client.post(f"{API}/people/{person}/{collection}", json=body, headers=h)
        record = added.json()["id"]
        await trail.expect(added, f"{entity}.created", record, set(body))
        removed = await client.delete(f"{API}/people/{person}/{collection}/{record}", headers=h)
        # A declaration of interest is withdrawn and kept; the others are deleted.
        kept = {"withdrawnAt"} if entity == "interest" else set()
        await trail.expect(removed, f"{entity}.deleted", record, kept)

    board = await client.post(
        f"{API}/boards", json={"name": "Forum", "kind": "advisory"}, headers=h
    )
    board_id = board.json()["id"]
    await trail.expect(board, "board.created", board_id, {"name", "kind"})
    renamed = await client.patch(
        f"{API}/boards/{board_id}",
        json={"name": "Older Prisoners' Forum", "description": None},
        headers={**h, "If-Match": board.headers["etag"]},
    )
    await trail.expect(renamed, "board.updated", board_id, {"name"})  # description unchanged

    joined = await client.post(
        f"{API}/boards/{board_id}/memberships",
        json={"personId": person, "termStart": "2026-01-01", "role": "secretary"},
        headers=h,
    )
    membership = joined.json()["id"]
    await trail.expect(joined, "membership.created", membership, {"personId", "termStart", "role"})
    paused = await client.patch(
        f"{API}/memberships/{membership}",
        json={"status": "paused"},
        headers={**h, "If-Match": joined.headers["etag"]},
    )
    await trail.expect(paused, "membership.updated", membership, {"status"})

    partner = await client.post(
        f"{API}/api-clients", json={"name": "Partner", "scopes": ["boards:read"]}, headers=h
    )
    partner_id = partner.json()["id"]
    await trail.expect(partner, "api_client.created", partner_id, {"name", "scopes"})
    narrowed = await client.patch(
        f"{API}/api-clients/{partner_id}", json={"scopes": [], "name": "Partner"}, headers=h
    )
    await trail.expect(narrowed, "api_client.updated", partner_id, {"scopes"})
    rotated = await client.post(f"{API}/api-clients/{partner_id}/secret", headers=h)
    await trail.expect(rotated, "api_client.secret_rotated", partner_id, {"secret"})
    deleted = await client.delete(f"{API}/api-clients/{partner_id}", headers=h)
    await trail.expect(deleted, "api_client.deleted", partner_id, set())

    email = (await client.get(f"{API}/me", headers=h)).json()["person"]["email"]
    password = await client.post(
        f"{API}/me/password",
        json={"currentPassword": PASSWORD, "newPassword": "an entirely new passphrase"},
        headers=h,
    )
    assert password.status_code == 204, password.text
    # The change ends the token it was made with: the trail reads on with a new sign-in.
    fresh = await sign_in(client, email, "an entirely new passphrase")
    trail.admin = Caller(admin.id, admin.organisation_id, fresh["access_token"])
    h = trail.admin.headers
    await trail.expect(password, "person.password_changed", str(admin.id), set())

    whole = (await client.get(f"{API}/audit-events?limit=100", headers=h)).text
    for secret in [
        *SECRETS,
        PASSWORD,
        "an entirely new passphrase",
        rotated.json()["clientSecret"],
    ]:
        assert secret not in whole
        assert all(secret not in raw for raw in trail.raw)


async def test_a_write_that_changes_nothing_records_nothing(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    board = await factories.board(db, org, name="Same")
    response = await client.patch(
        f"{API}/boards/{board.id}",
        json={"name": "Same"},
        headers={**admin.headers, "If-Match": '"1"'},
    )
    assert response.status_code == 200
    assert await collect(client, "/audit-events", admin.headers) == []


async def test_events_can_be_listed_for_one_object(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    boards = [
        (
            await client.post(
                f"{API}/boards", json={"name": f"B{i}", "kind": "advisory"}, headers=admin.headers
            )
        ).json()["id"]
        for i in range(3)
    ]
    response = await client.get(
        f"{API}/audit-events", params={"entityId": boards[1]}, headers=admin.headers
    )
    assert [e["entityId"] for e in response.json()["items"]] == [boards[1]]


@pytest.mark.parametrize("role", ["coordinator", "finance", "member"])
async def test_only_administrators_read_the_trail(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    role: str,
) -> None:
    asker = await factories.caller(db, app, org, role)
    problem(await client.get(f"{API}/audit-events", headers=asker.headers), 403, "forbidden")


async def test_api_clients_do_not_read_the_trail(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    scopes = ["people:read", "people:write", "boards:read", "boards:write"]
    partner = factories.token_for(app, await factories.api_client(db, org, scopes))
    problem(await client.get(f"{API}/audit-events", headers=partner.headers), 403, "forbidden")


async def test_writes_by_an_api_client_name_the_client(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    partner = await factories.api_client(db, org, ["boards:write"])
    made = await client.post(
        f"{API}/boards",
        json={"name": "Programme board", "kind": "governance"},
        headers=factories.token_for(app, partner).headers,
    )
    assert made.status_code == 201
    admin = await factories.caller(db, app, org, "administrator")
    events = await collect(client, "/audit-events", admin.headers)
    assert [(e["actorType"], e["actorId"]) for e in events] == [("client", str(partner.id))]


async def test_the_trail_cannot_be_edited_or_deleted(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    await client.post(
        f"{API}/boards", json={"name": "B", "kind": "advisory"}, headers=admin.headers
    )
    events = await collect(client, "/audit-events", admin.headers)
    event_path = f"{API}/audit-events/{events[0]['id']}"
    for method in ("PATCH", "PUT", "DELETE"):
        response = await client.request(method, event_path, headers=admin.headers)
        assert response.status_code in {404, 405}
    problem(await client.delete(f"{API}/audit-events", headers=admin.headers), 405)
    assert await collect(client, "/audit-events", admin.headers) == events
