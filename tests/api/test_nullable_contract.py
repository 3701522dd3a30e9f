"""The committed OpenAPI document says which request fields take null, and the server
agrees: generated clients (and schemathesis) send null wherever the schema allows it.

Every operation's JSON body in ``openapi/openapi.json`` is walked; each property the
schema marks nullable is sent as null, on its own, on top of the route walk's valid
sample body, and must not be refused as "cannot be null". The reverse: a field the
server refuses null for is published as not nullable, yet still optional.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.helpers import API, problem
from tests.api.test_route_walk import Endpoint, _sample_body, _world, api_endpoints, fill

DOCUMENT = Path(__file__).parents[2] / "openapi" / "openapi.json"


def _document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DOCUMENT.read_text())
    return loaded


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = document["components"]["schemas"][name]
    return schema


def _nullable(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
        return True
    return any(_nullable(branch) for branch in schema.get("anyOf", schema.get("oneOf", [])))


def _json_bodies(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(METHOD, path) → the resolved object schema of its JSON request body."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            content = operation.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                schema = _resolve(document, content["application/json"]["schema"])
                found[(method.upper(), path)] = schema
    return found


def _refused_as_null(response: httpx.Response, field: str) -> bool:
    """Null refused as such: "cannot be null", or a validation error pointing at the
    field. A 409, a rule of the domain (``rule-violation``: an owner is needed once a
    recommendation is accepted) or a cross-field check (pointer ``/``) means null got
    past the field's own checks, which is all this asks: the world the walk builds need
    not suit every route."""
    if response.status_code != 422:
        return False
    body = response.json()
    pointed = body.get("type") == "/problems/validation" and any(
        e.get("pointer") == f"/{field}" for e in body.get("errors") or []
    )
    return pointed or "cannot be null" in response.text


async def _send(
    client: httpx.AsyncClient,
    endpoint: Endpoint,
    path: str,
    headers: dict[str, str],
    body: dict[str, Any],
) -> httpx.Response:
    if endpoint.method in {"PATCH", "PUT"}:
        # Any version, so the body is what decides the answer.
        headers = {**headers, "If-Match": "*"}
    return await client.request(endpoint.method, path, headers=headers, json=body)


async def test_every_nullable_request_field_accepts_null(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    document = _document()
    bodies = _json_bodies(document)
    org = await factories.organisation(db)
    world = await _world(client, app, db, org)
    owner = await factories.caller(db, app, org, "administrator")
    person_id = world.ids["person_id"]
    assert isinstance(person_id, uuid.UUID)

    failures: list[str] = []
    sent = accepted = 0
    for endpoint in api_endpoints(app):
        schema = bodies.get((endpoint.method, endpoint.path))
        if schema is None:
            continue
        sample = _sample_body(endpoint, person_id) or {}
        for name, prop in schema.get("properties", {}).items():
            if not _nullable(prop):
                continue
            sent += 1
            path = fill(endpoint, world.ids)
            response = await _send(client, endpoint, path, owner.headers, {**sample, name: None})
            if _refused_as_null(response, name) or response.status_code >= 500:
                failures.append(f"{endpoint} {name}=null: {response.status_code} {response.text}")
            accepted += response.is_success
    assert not failures, "\n".join(failures)
    # The walk reached the server's own rules, not only its routing.
    assert sent >= 40, sent
    assert accepted >= sent // 2, (accepted, sent)


# Fields whose columns cannot be null: (method, path, body model, field).
NOT_NULL = [
    ("PATCH", f"{API}/recommendations/{{recommendation_id}}", "RecommendationUpdate", "title"),
    ("PATCH", f"{API}/recommendations/{{recommendation_id}}", "RecommendationUpdate", "themeIds"),
    ("PATCH", f"{API}/api-clients/{{client_id}}", "ApiClientUpdate", "name"),
    ("PATCH", f"{API}/boards/{{board_id}}", "BoardUpdate", "name"),
    ("PATCH", f"{API}/people/{{person_id}}", "PersonUpdate", "displayName"),
]


@pytest.mark.parametrize(("method", "path", "model", "field"), NOT_NULL)
async def test_a_field_that_refuses_null_is_published_as_not_nullable(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    method: str,
    path: str,
    model: str,
    field: str,
) -> None:
    document = _document()
    schema = _json_bodies(document)[(method, path)]
    assert schema == document["components"]["schemas"][model]
    assert not _nullable(schema["properties"][field]), schema["properties"][field]
    # Still optional: a partial update may leave it out.
    assert field not in schema.get("required", [])
    # The server behind the document agrees.
    assert app.openapi()["components"]["schemas"][model] == schema

    org = await factories.organisation(db)
    world = await _world(client, app, db, org)
    owner = await factories.caller(db, app, org, "administrator")
    endpoint = next(e for e in api_endpoints(app) if (e.method, e.path) == (method, path))
    url = fill(endpoint, world.ids)
    response = await _send(client, endpoint, url, owner.headers, {field: None})
    body = problem(response, 422, "validation")
    assert [e["pointer"] for e in body["errors"]] == [f"/{field}"], body
    assert f"{field} cannot be null" in body["errors"][0]["detail"], body
    # Left out, the same field is no obstacle.
    response = await _send(client, endpoint, url, owner.headers, {})
    assert response.is_success, response.text
