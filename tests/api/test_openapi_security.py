"""The published document's security, preconditions and idempotency match the server."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from app.domain.actors import Scope
from tests import factories
from tests.api.helpers import API, problem
from tests.factories import Caller
from tests.support import PUBLISHED_OPENAPI

DOCUMENT = json.loads(PUBLISHED_OPENAPI.read_text())
BY_ID: dict[str, tuple[str, str, dict[str, Any]]] = {
    operation["operationId"]: (method, path, operation)
    for path, operations in DOCUMENT["paths"].items()
    for method, operation in operations.items()
}


def _scopes(operation_id: str) -> list[str]:
    [requirement] = BY_ID[operation_id][2]["security"]
    scopes: list[str] = requirement["OAuth2"]
    return scopes


def test_the_oauth2_scheme_names_the_token_endpoint_and_every_scope() -> None:
    schemes = DOCUMENT["components"]["securitySchemes"]
    assert set(schemes) == {"OAuth2"}
    flows = schemes["OAuth2"]["flows"]
    assert flows["clientCredentials"]["tokenUrl"] == f"{API}/auth/token"
    assert flows["password"]["tokenUrl"] == f"{API}/auth/token"
    described = flows["clientCredentials"]["scopes"]
    assert set(described) == {scope.value for scope in Scope}
    assert all(described.values())


def test_public_operations_need_no_token_and_the_rest_need_oauth2() -> None:
    public = {
        "healthz",
        "readyz",
        "issueToken",
        "revokeToken",
        "describeProblemType",
        "personalCalendar",
        # The emailed link's token is the credential.
        "acceptInvitation",
        "requestPasswordReset",
        "completePasswordReset",
        "confirmEmailChange",
        # A published board's record is for anyone.
        "getPublicBoard",
        "getPublicBoardFeed",
        "getPublicPaper",
    }
    assert {i for i, (_, _, op) in BY_ID.items() if op["security"] == []} == public
    assert all(
        list(op["security"][0]) == ["OAuth2"] for i, (_, _, op) in BY_ID.items() if i not in public
    )


async def _call(
    client: httpx.AsyncClient, caller: Caller, operation_id: str, board_id: uuid.UUID
) -> httpx.Response:
    method, path, _ = BY_ID[operation_id]
    url = path.replace("{board_id}", str(board_id))
    body = {"personId": str(caller.id)} if method == "post" else None
    return await client.request(method, url, json=body, headers=caller.headers)


@pytest.mark.parametrize(
    "operation_id",
    [
        "listBoards",
        "listSeats",
        "listPeople",
        "listMeetings",
        "listPaymentRuns",
        "listWebhookEndpoints",
    ],
)
async def test_the_documented_scopes_are_exactly_what_the_server_demands(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    operation_id: str,
) -> None:
    scopes = _scopes(operation_id)
    assert scopes
    board = await factories.board(db, org)
    enough = factories.token_for(app, await factories.api_client(db, org, scopes))
    assert (await _call(client, enough, operation_id, board.id)).status_code == 200
    for missing in scopes:
        rest = [s for s in scopes if s != missing]
        short = factories.token_for(app, await factories.api_client(db, org, rest))
        problem(await _call(client, short, operation_id, board.id), 403)


async def test_an_operation_no_scope_grants_documents_none(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    """Claims are made by people: even a client holding every scope is refused."""
    assert _scopes("createExpenseClaim") == []
    everything = [scope.value for scope in Scope]
    partner = factories.token_for(app, await factories.api_client(db, org, everything))
    board = await factories.board(db, org)
    problem(await _call(client, partner, "createExpenseClaim", board.id), 403)


def _if_match(operation: dict[str, Any]) -> dict[str, Any] | None:
    found = [p for p in operation.get("parameters", []) if p["name"].lower() == "if-match"]
    return found[0] if found else None


async def test_operations_that_answer_428_without_if_match_mark_it_required(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    required = {i for i, (_, _, op) in BY_ID.items() if (p := _if_match(op)) and p.get("required")}
    assert {"updateBoard", "updatePerson", "updateExpenseClaim"} <= required
    for operation_id, (method, path, operation) in BY_ID.items():
        if _if_match(operation) is None:
            continue
        url = re.sub(r"\{\w+\}", lambda _: str(uuid.uuid4()), path)
        response = await client.request(method, url, json={}, headers=admin.headers)
        assert (response.status_code == 428) == (operation_id in required), operation_id


async def test_posts_document_the_idempotency_key_and_its_replay(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    for operation_id, (method, _, operation) in BY_ID.items():
        if method == "post" and operation["security"]:
            [key] = [p for p in operation["parameters"] if p["name"] == "Idempotency-Key"]
            assert key["in"] == "header", operation_id
            assert key["required"] is False, operation_id
    created = BY_ID["createBoard"][2]["responses"]["201"]
    assert "Idempotent-Replayed" in created["headers"]
    assert "Retry-After" in BY_ID["createBoard"][2]["responses"]["409"]["headers"]
    headers = {**admin.headers, "Idempotency-Key": str(uuid.uuid4())}
    body = {"name": "Youth panel", "kind": "advisory"}
    first = await client.post(f"{API}/boards", json=body, headers=headers)
    again = await client.post(f"{API}/boards", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers


def _documented(operation_id: str, status: int) -> set[str]:
    response = BY_ID[operation_id][2]["responses"][str(status)]
    return set(response.get("headers", {})) & {"ETag", "Location"}


def _sent(response: httpx.Response) -> set[str]:
    return {name for name in ("ETag", "Location") if name in response.headers}


async def test_documented_etag_and_location_are_the_ones_sent(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    body = {"name": "Youth panel", "kind": "advisory"}
    created = await client.post(f"{API}/boards", json=body, headers=admin.headers)
    assert _sent(created) == _documented("createBoard", 201) == {"ETag", "Location"}
    read = await client.get(created.headers["Location"], headers=admin.headers)
    assert _sent(read) == _documented("getBoard", 200) == {"ETag"}
    changed = await client.patch(
        created.headers["Location"],
        json={"name": "Young people's panel"},
        headers={**admin.headers, "If-Match": read.headers["ETag"]},
    )
    assert _sent(changed) == _documented("updateBoard", 200) == {"ETag"}
    listed = await client.get(f"{API}/boards", headers=admin.headers)
    assert _sent(listed) == _documented("listBoards", 200) == {"ETag"}
    person = await client.get(f"{API}/people/{admin.id}", headers=admin.headers)
    assert _sent(person) == _documented("getPerson", 200) == {"ETag"}
