"""Registering webhook endpoints over REST: who may, which URLs, secrets shown once, rotation."""

from __future__ import annotations

import base64
import logging
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.api.rest.webhooks import url_guard
from app.db.models import AuditEvent, Organisation, WebhookEndpoint
from tests import factories
from tests.api.helpers import API, if_match, problem
from tests.api.webhooks_setup import guard
from tests.factories import Caller

HOOK = "https://hooks.partner.example/chorus"


@pytest.fixture(autouse=True)
def _no_real_dns(app: FastAPI) -> None:
    app.dependency_overrides[url_guard] = lambda: guard()


async def register(
    client: httpx.AsyncClient, caller: Caller, url: str = HOOK, **extra: Any
) -> httpx.Response:
    body = {"url": url, "eventTypes": ["meeting.scheduled", "seat.assigned"], **extra}
    return await client.post(f"{API}/webhook-endpoints", json=body, headers=caller.headers)


async def test_an_administrator_registers_an_endpoint_and_sees_the_secret_once(
    client: httpx.AsyncClient, admin: Caller, db: async_sessionmaker[AsyncSession]
) -> None:
    response = await register(client, admin, description="Programme office")
    assert response.status_code == 201, response.text
    body = response.json()
    assert response.headers["location"] == f"/api/v1/webhook-endpoints/{body['id']}"
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["etag"] == '"1"'
    assert body["secret"].startswith("whsec_")
    assert len(base64.b64decode(body["secret"].removeprefix("whsec_"))) >= 24
    assert body["eventTypes"] == ["meeting.scheduled", "seat.assigned"]
    assert (body["active"], body["description"]) == (True, "Programme office")

    fetched = await client.get(f"{API}/webhook-endpoints/{body['id']}", headers=admin.headers)
    listed = await client.get(f"{API}/webhook-endpoints", headers=admin.headers)
    assert "secret" not in fetched.json()
    assert [e["id"] for e in listed.json()["items"]] == [body["id"]]
    assert body["secret"] not in fetched.text + listed.text
    async with db() as session:
        audit_row = await session.scalar(select(AuditEvent))
    assert audit_row is not None
    assert audit_row.action == "webhook_endpoint.created"
    assert body["secret"] not in str(audit_row.changed_fields)


@pytest.mark.parametrize("role", ["coordinator", "finance", "member"])
async def test_only_administrators_manage_endpoints(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
    role: str,
) -> None:
    created = (await register(client, admin)).json()
    other = await factories.caller(db, app, org, role)
    problem(await register(client, other), 403, "forbidden")
    problem(await client.get(f"{API}/webhook-endpoints", headers=other.headers), 403)
    path = f"{API}/webhook-endpoints/{created['id']}/deliveries"
    problem(await client.get(path, headers=other.headers), 403)


async def test_partner_systems_need_the_webhooks_manage_scope(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    allowed = factories.token_for(app, await factories.api_client(db, org, ["webhooks:manage"]))
    refused = factories.token_for(app, await factories.api_client(db, org, ["meetings:read"]))
    assert (await register(client, allowed)).status_code == 201
    problem(await register(client, refused), 403, "forbidden")


async def test_another_organisations_endpoint_is_not_found(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    admin: Caller,
    other_org: Organisation,
) -> None:
    created = (await register(client, admin)).json()
    stranger = await factories.caller(db, app, other_org, "administrator")
    base = f"{API}/webhook-endpoints/{created['id']}"
    problem(await client.get(base, headers=stranger.headers), 404, "not-found")
    problem(await client.get(f"{base}/deliveries", headers=stranger.headers), 404)
    problem(await client.post(f"{base}/rotate-secret", headers=stranger.headers), 404)
    problem(await client.delete(base, headers=stranger.headers), 404)
    listed = await client.get(f"{API}/webhook-endpoints", headers=stranger.headers)
    assert listed.json()["items"] == []


async def test_urls_that_are_not_https_to_a_public_address_are_refused(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    # Each kind of refusal once; tests/api/test_webhooks_addresses.py covers the ranges.
    for url in (
        "http://hooks.partner.example/chorus",
        "https://localhost:8443/hook",
        "https://169.254.169.254/latest/meta-data",
        "https://split.partner.example/hook",
        "https://unknown.partner.example/hook",
    ):
        body = problem(await register(client, admin, url), 422, "rule-violation")
        assert body["errors"][0]["pointer"] == "/url", url
    listed = await client.get(f"{API}/webhook-endpoints", headers=admin.headers)
    assert listed.json()["items"] == []


async def test_settings_allow_http_and_private_addresses_for_development(
    client: httpx.AsyncClient, app: FastAPI, admin: Caller
) -> None:
    app.dependency_overrides[url_guard] = lambda: guard(allow_http=True)
    assert (await register(client, admin, "http://hooks.partner.example/x")).status_code == 201
    problem(await register(client, admin, "http://127.0.0.1:9000/x"), 422)
    app.dependency_overrides[url_guard] = lambda: guard(allow_http=True, allow_private=True)
    assert (await register(client, admin, "http://127.0.0.1:9000/x")).status_code == 201


@pytest.mark.parametrize(
    "events", [[], ["meeting.rescheduled"], ["MEETING.SCHEDULED"], "meeting.scheduled"]
)
async def test_event_types_must_be_known(
    client: httpx.AsyncClient, admin: Caller, events: Any
) -> None:
    response = await client.post(
        f"{API}/webhook-endpoints", json={"url": HOOK, "eventTypes": events}, headers=admin.headers
    )
    problem(response, 422, "validation")


async def test_changes_need_the_current_etag_and_urls_are_checked_again(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    created = (await register(client, admin)).json()
    path = f"{API}/webhook-endpoints/{created['id']}"
    change = {"eventTypes": ["paper.circulated", "paper.circulated"]}
    problem(await client.patch(path, json=change, headers=admin.headers), 428)
    stale = await client.patch(path, json=change, headers={**admin.headers, **if_match('"9"')})
    problem(stale, 412)
    refused = await client.patch(
        path, json={"url": "https://10.0.0.1/x"}, headers={**admin.headers, **if_match('"1"')}
    )
    assert problem(refused, 422)["errors"][0]["pointer"] == "/url"
    changed = await client.patch(path, json=change, headers={**admin.headers, **if_match('"1"')})
    assert changed.status_code == 200, changed.text
    assert changed.json()["eventTypes"] == ["paper.circulated"]
    assert changed.headers["etag"] == '"2"'
    paused = await client.patch(
        path, json={"active": False}, headers={**admin.headers, **if_match('"2"')}
    )
    assert (paused.json()["active"], paused.json()["disabledReason"]) == (False, "manual")
    resumed = await client.patch(
        path, json={"active": True}, headers={**admin.headers, **if_match('"3"')}
    )
    assert (resumed.json()["active"], resumed.json()["disabledReason"]) == (True, None)
    for body in ({"active": None}, {"secret": "whsec_mine"}, {"url": None}):
        problem(
            await client.patch(path, json=body, headers={**admin.headers, **if_match('"4"')}), 422
        )


async def test_rotating_the_secret_keeps_the_old_one_signing_for_a_grace_period(
    client: httpx.AsyncClient, admin: Caller, db: async_sessionmaker[AsyncSession]
) -> None:
    created = (await register(client, admin)).json()
    path = f"{API}/webhook-endpoints/{created['id']}/rotate-secret"
    rotated = await client.post(path, headers=admin.headers)
    assert rotated.status_code == 200, rotated.text
    assert rotated.headers["cache-control"] == "no-store"
    body = rotated.json()
    assert body["secret"].startswith("whsec_")
    assert body["secret"] != created["secret"]
    expires = datetime.fromisoformat(body["previousSecretExpiresAt"])
    assert abs(expires - (datetime.now(UTC) + timedelta(hours=24))) < timedelta(minutes=1)
    again = await client.post(path, json={"gracePeriodHours": 0}, headers=admin.headers)
    assert again.json()["previousSecretExpiresAt"] is None
    problem(await client.post(path, json={"gracePeriodHours": 500}, headers=admin.headers), 422)
    async with db() as session:
        stored = await session.get(WebhookEndpoint, uuid.UUID(created["id"]))
    assert stored is not None
    assert (stored.secret, stored.previous_secret) == (again.json()["secret"], None)


async def test_deleting_an_endpoint_removes_it(client: httpx.AsyncClient, admin: Caller) -> None:
    created = (await register(client, admin)).json()
    path = f"{API}/webhook-endpoints/{created['id']}"
    assert (await client.delete(path, headers=admin.headers)).status_code == 204
    problem(await client.get(path, headers=admin.headers), 404)


async def test_registration_logs_name_the_endpoint_never_its_url(
    client: httpx.AsyncClient, admin: Caller, caplog: pytest.LogCaptureFixture
) -> None:
    token = "tok-5e1d88a0c4"
    with caplog.at_level(logging.INFO):
        created = await register(client, admin, f"{HOOK}/{token}?token={token}")
        refused = await register(client, admin, f"https://10.0.0.1/{token}?token={token}")
    assert (created.status_code, refused.status_code) == (201, 422)
    registered = [r for r in caplog.records if r.getMessage() == "webhook endpoint registered"]
    assert [vars(r)["endpoint_id"] for r in registered] == [created.json()["id"]]
    logged = "\n".join(
        [r.getMessage() for r in caplog.records]
        + [str(v) for r in caplog.records for v in vars(r).values()]
    )
    assert "non-public" in logged
    assert token not in logged
    assert "partner.example/chorus" not in logged
