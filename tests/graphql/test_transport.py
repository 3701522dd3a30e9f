"""The HTTP side of /graphql: authentication, methods, request shapes, GraphiQL."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import Board
from app.main import create_app
from app.settings import Settings
from tests.factories import Caller
from tests.graphql.helpers import gql, ok, only_error

BOARD = 'mutation { createBoard(input: {name: "Via GET", kind: ADVISORY}) { id } }'


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic abc"}]
)
async def test_no_valid_token_is_unauthenticated(
    client: httpx.AsyncClient, db: object, headers: dict[str, str]
) -> None:
    response = await client.post("/graphql", json={"query": "{ me { kind } }"}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    body = response.json()
    assert "data" not in body
    error = only_error(body, "UNAUTHENTICATED")
    assert error["extensions"]["type"] == "/problems/unauthenticated"


async def test_introspection_works(client: httpx.AsyncClient, member: Caller) -> None:
    data = ok(await gql(client, member, "{ __schema { queryType { name } } }"))
    assert data == {"__schema": {"queryType": {"name": "Query"}}}


async def test_graphiql_on_get(client: httpx.AsyncClient, db: object) -> None:
    response = await client.get("/graphql")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "graphiql" in response.text.lower()


async def test_get_never_runs_a_mutation(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], coordinator: Caller
) -> None:
    response = await client.get("/graphql", params={"query": BOARD}, headers=coordinator.headers)
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    async with db() as session:
        assert (await session.scalars(select(Board))).first() is None


async def test_get_runs_a_query_from_the_url(client: httpx.AsyncClient, member: Caller) -> None:
    params = {
        "query": "query($first: Int!) { boards(first: $first) { edges { node { id } } } }",
        "variables": '{"first": 5}',
    }
    response = await client.get("/graphql", params=params, headers=member.headers)
    assert response.status_code == 200
    assert response.json() == {"data": {"boards": {"edges": []}}}
    # Without the token nothing runs, so a link cannot read on a user's behalf.
    assert (await client.get("/graphql", params=params)).status_code == 401


async def test_the_specs_media_type_when_asked_with_4xx_for_refused_documents(
    client: httpx.AsyncClient, member: Caller
) -> None:
    spec = {**member.headers, "Accept": "application/graphql-response+json"}
    good = await client.post("/graphql", json={"query": "{ me { kind } }"}, headers=spec)
    assert good.status_code == 200
    assert good.headers["content-type"] == "application/graphql-response+json"
    for document in ("{ me { kind ", "{ me { salary } }"):
        refused = await client.post("/graphql", json={"query": document}, headers=spec)
        assert refused.status_code == 400, document
        assert "data" not in refused.json()
    # The legacy type keeps 200 for every GraphQL result, as older clients expect.
    legacy = {**member.headers, "Accept": "application/json"}
    old = await client.post("/graphql", json={"query": "{ me { salary } }"}, headers=legacy)
    assert old.status_code == 200
    assert old.headers["content-type"] == "application/json"
    none = await client.post(
        "/graphql",
        json={"query": "{ me { kind } }"},
        headers={**member.headers, "Accept": "text/csv"},
    )
    assert none.status_code == 406


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
async def test_a_post_without_a_json_content_type_is_refused(
    client: httpx.AsyncClient, member: Caller, content_type: str | None
) -> None:
    headers = dict(member.headers)
    if content_type:
        headers["Content-Type"] = content_type
    response = await client.post(
        "/graphql", content=b'{"query": "{ me { kind } }"}', headers=headers
    )
    assert response.status_code == 415
    assert "data" not in response.json()


async def test_get_without_graphiql_is_405(
    engine: AsyncEngine, database_url: str, tmp_path: Path, db: object
) -> None:
    settings = Settings(
        database_url=database_url,
        data_dir=tmp_path,
        jwt_secret=SecretStr("test-secret-" + "x" * 40),
        auto_migrate=False,
        graphiql=False,
    )
    app: FastAPI = create_app(settings, engine=engine)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://chorus.test") as client:
        response = await client.get("/graphql")
    assert response.status_code == 405
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["type"] == "/problems/method-not-allowed"


@pytest.mark.parametrize(
    "content",
    [b"not json", b"[]", b'{"query": 1}', b'{"query": "{ me { kind } }", "variables": []}'],
)
async def test_a_malformed_request_is_400(
    client: httpx.AsyncClient, member: Caller, content: bytes
) -> None:
    response = await client.post(
        "/graphql",
        content=content,
        headers={**member.headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    only_error(response.json(), "HTTP_ERROR")


async def test_a_syntax_error(client: httpx.AsyncClient, member: Caller) -> None:
    body = await gql(client, member, "{ me { kind ")
    only_error(body, "GRAPHQL_PARSE_FAILED")
    assert "data" not in body


async def test_an_unknown_field(client: httpx.AsyncClient, member: Caller) -> None:
    only_error(await gql(client, member, "{ me { salary } }"), "GRAPHQL_VALIDATION_FAILED")


async def test_a_bad_variable(client: httpx.AsyncClient, member: Caller) -> None:
    body = await gql(client, member, "query($id: UUID!) { board(id: $id) { id } }", {"id": "nope"})
    only_error(body, "GRAPHQL_VALIDATION_FAILED")


async def test_operation_name_selects_the_operation(
    client: httpx.AsyncClient, member: Caller
) -> None:
    document = "query A { me { kind } } query B { me { roles } }"
    response = await client.post(
        "/graphql",
        json={"query": document, "operationName": "B"},
        headers=member.headers,
    )
    assert response.json() == {"data": {"me": {"roles": ["MEMBER"]}}}
    response = await client.post(
        "/graphql", json={"query": document, "operationName": "C"}, headers=member.headers
    )
    only_error(response.json(), "GRAPHQL_VALIDATION_FAILED")


async def test_subscriptions_are_refused(client: httpx.AsyncClient, member: Caller) -> None:
    body = await gql(client, member, "subscription { me { kind } }")
    only_error(body, "GRAPHQL_VALIDATION_FAILED")


async def test_an_unexpected_error_is_generic_and_logged(
    client: httpx.AsyncClient,
    member: Caller,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from app.domain.people import service

    async def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("secret@example.org leaked from a stack")

    # People are read through the resolvers (boards may be compiled to one statement).
    monkeypatch.setattr(service, "list_people", broken)
    response = await client.post(
        "/graphql",
        json={"query": "{ people { edges { cursor } } }"},
        headers={**member.headers, "X-Request-ID": "req-123"},
    )
    body = response.json()
    error = only_error(body, "INTERNAL_ERROR")
    assert error["message"] == "Something went wrong on our side."
    assert error["extensions"]["requestId"] == "req-123"
    assert "secret@example.org" not in response.text
    assert any(r.name == "chorus.graphql" and r.exc_info for r in caplog.records)
