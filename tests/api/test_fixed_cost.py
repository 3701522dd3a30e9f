"""What a small read costs whatever it reads: two statements on one connection, no threads.

The actor is read fresh on every request (one primary-key statement), then the object;
no liveness ping, no second connection for GraphQL, and no dependency that FastAPI
would run in its thread pool.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from sqlalchemy import event, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import col
from starlette.routing import BaseRoute

from app.db.models import ApiClient, Board, Organisation, Person
from tests import factories
from tests.api.helpers import API
from tests.factories import Caller
from tests.graphql.helpers import gql, ok
from tests.support import StatementCounter


@pytest.fixture
def checkouts(engine: AsyncEngine) -> Iterator[list[object]]:
    taken: list[object] = []

    def _taken(_dbapi: object, record: object, _proxy: object) -> None:
        taken.append(record)

    event.listen(engine.sync_engine, "checkout", _taken)
    yield taken
    event.remove(engine.sync_engine, "checkout", _taken)


async def _partner(app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation) -> Caller:
    client = await factories.api_client(db, org, ["boards:read"])
    return factories.token_for(app, client)


def _one_board_query(board: Board) -> str:
    return f'{{ board(id: "{board.id}") {{ id name kind noticePeriodDays }} }}'


@pytest.mark.parametrize("who", ["person", "client"])
async def test_rest_one_board_is_two_statements_on_one_connection(
    app: FastAPI,
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    statements: StatementCounter,
    checkouts: list[object],
    who: str,
) -> None:
    board = await factories.board(db, org)
    caller = coordinator if who == "person" else await _partner(app, db, org)
    statements.reset()
    checkouts.clear()
    response = await client.get(f"{API}/boards/{board.id}", headers=caller.headers)
    assert response.status_code == 200, response.text
    assert response.json()["id"] == str(board.id)
    # The actor, then the board.
    assert statements.count == 2, statements.statements
    assert len(checkouts) == 1


@pytest.mark.parametrize("who", ["person", "client"])
async def test_graphql_one_board_is_two_statements_on_one_connection(
    app: FastAPI,
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    statements: StatementCounter,
    checkouts: list[object],
    who: str,
) -> None:
    board = await factories.board(db, org)
    caller = coordinator if who == "person" else await _partner(app, db, org)
    statements.reset()
    checkouts.clear()
    data = ok(await gql(client, caller, _one_board_query(board)))
    assert data["board"]["id"] == str(board.id)
    assert statements.count == 2, statements.statements
    assert len(checkouts) == 1


async def test_graphql_top_level_fields_share_the_one_connection(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    checkouts: list[object],
) -> None:
    first, second = await factories.board(db, org), await factories.board(db, org)
    checkouts.clear()
    query = (
        f'{{ a: board(id: "{first.id}") {{ name }} b: board(id: "{second.id}") {{ name }} '
        "boards(first: 5) { edges { node { name memberships { edges { node { role } } } } } } }"
    )
    data = ok(await gql(client, coordinator, query))
    assert data["a"]["name"] == first.name
    assert data["b"]["name"] == second.name
    assert len(checkouts) == 1


async def test_a_deactivated_client_or_person_is_refused_on_the_next_request(
    app: FastAPI,
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
) -> None:
    board = await factories.board(db, org)
    person = await factories.person(db, org, "coordinator")
    partner = await _partner(app, db, org)
    callers: list[tuple[type[Person] | type[ApiClient], Caller]] = [
        (Person, factories.token_for(app, person)),
        (ApiClient, partner),
    ]
    for model, caller in callers:
        url = f"{API}/boards/{board.id}"
        assert (await client.get(url, headers=caller.headers)).status_code == 200
        ok(await gql(client, caller, _one_board_query(board)))
        async with db() as session:
            await session.execute(
                update(model).where(col(model.id) == caller.id).values(active=False)
            )
            await session.commit()
        assert (await client.get(url, headers=caller.headers)).status_code == 401
        refused = await gql(client, caller, _one_board_query(board), status=401)
        assert refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_scope_taken_from_a_client_is_gone_on_the_next_request(
    app: FastAPI,
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
) -> None:
    board = await factories.board(db, org)
    caller = await _partner(app, db, org)
    url = f"{API}/boards/{board.id}"
    assert (await client.get(url, headers=caller.headers)).status_code == 200
    async with db() as session:
        await session.execute(
            update(ApiClient).where(col(ApiClient.id) == caller.id).values(scopes=["people:read"])
        )
        await session.commit()
    assert (await client.get(url, headers=caller.headers)).status_code in (403, 404)


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any]]:
    for sub in dependant.dependencies:
        if sub.call is not None:
            yield sub.call
        yield from _calls(sub)


def _awaited(call: Callable[..., Any]) -> bool:
    if inspect.iscoroutinefunction(call) or inspect.isasyncgenfunction(call):
        return True
    # Security schemes and other callable instances: FastAPI looks at their __call__.
    dunder = getattr(call, "__call__", None)  # noqa: B004
    return not inspect.isfunction(call) and (
        inspect.iscoroutinefunction(dunder) or inspect.isasyncgenfunction(dunder)
    )


def _api_routes(routes: Iterable[BaseRoute]) -> Iterator[APIRoute]:
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        # Included routers are kept as they were declared, not copied into the app's list.
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from _api_routes(included.routes)


def test_no_endpoint_or_dependency_runs_in_the_thread_pool(app: FastAPI) -> None:
    routes = list(_api_routes(app.routes))
    assert len(routes) > 100
    shared = [d.dependency for d in app.router.dependencies if d.dependency is not None]
    threaded = sorted(
        {
            f"{route.path} {getattr(call, '__qualname__', call)}"
            for route in routes
            for call in (route.endpoint, *_calls(route.dependant), *shared)
            if not _awaited(call)
        }
    )
    assert threaded == []


def test_graphql_is_matched_before_any_rest_route(app: FastAPI) -> None:
    # Each included router is tried route by route, so a route after the REST API pays
    # for matching all of it on every request.
    paths = [getattr(route, "path", None) for route in app.routes]
    first_included = next(i for i, r in enumerate(app.routes) if hasattr(r, "original_router"))
    assert "/graphql" in paths[:first_included]
