"""The compiled path answers exactly what the resolvers answer, for every kind of caller.

Each document runs against two apps on the same database: the default one, where the
database writes root fields it can answer whole (``app/api/graphql/compiled.py``), and
one with ``graphql_compiled`` off, where every field goes through the resolvers. The
responses must be equal byte for byte once parsed, errors included; and the compiled app
must really have compiled (one statement for the field, not one per level).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import col

from app.db.models import Board, Organisation, Person
from app.domain.pagination import encode_cursor
from app.main import create_app
from app.settings import Settings
from tests import factories
from tests.factories import Caller, token_for
from tests.support import StatementCounter

TREE = """{ boards(first: 20) { edges { node { id name kind noticePeriodDays
  memberships(first: 20) { edges { node { id role status termStart
  person { id displayName pronouns } } } } } } } }"""

EVERYTHING = """
query Everything($first: Int!, $kind: BoardKind, $status: MembershipStatus, $on: Boolean!) {
  __typename
  boards(first: $first, kind: $kind) {
    __typename
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename }
    edges {
      cursor __typename
      node {
        __typename id name kind description advisesBoardId noticePeriodDays
        termsOfReference timezone createdAt updatedAt version
        m: memberships(first: 2, status: $status) {
          pageInfo { hasNextPage endCursor }
          edges { cursor node { ...M board { id name } } }
        }
        all: memberships { edges { node { id } } }
      }
    }
  }
}
fragment M on Membership {
  id boardId personId role status termStart termEnd createdAt updatedAt version
  person {
    __typename id displayName pronouns active createdAt updatedAt version
    ... on PersonPrivate { email phone livedExperienceCategories accessNeeds }
    skipped: displayName @skip(if: $on)
    included: pronouns @include(if: $on)
  }
}
"""

ONE = """query($id: UUID!) { board(id: $id) { id name
  memberships { pageInfo { hasNextPage startCursor } edges { node { role
  person { ... on PersonPublic { displayName } ... on PersonPrivate { email } } } } } } }"""

# The compiled path must hand these to the resolvers and still answer the same.
FALLBACKS = [
    "{ boards { edges { node { id seats { id } } } } }",  # a field with its own resolver
    "{ boards { edges { node { memberships { edges { node { person { roles } } } } } } } }",
    "{ boards(first: 0) { edges { node { id } } } }",  # a limit the domain refuses
    '{ boards(after: "not a cursor") { edges { node { id } } } }',
]


@pytest.fixture
async def resolvers(settings: Settings, engine: AsyncEngine) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings.model_copy(update={"graphql_compiled": False}), engine=engine)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://chorus.test") as client:
        yield client


@pytest.fixture
async def world(
    db: async_sessionmaker[AsyncSession], app: FastAPI, org: Organisation, other_org: Organisation
) -> dict[str, Any]:
    people = [
        await factories.person(db, org, "member"),
        await factories.person(db, org, "member"),
        await factories.person(db, org, "coordinator"),
    ]
    async with db() as session:
        # A time on a whole second: written without a fraction, on both paths.
        await session.execute(
            update(Person)
            .where(Person.id == people[0].id)  # type: ignore[arg-type]
            .values(
                created_at=datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
                pronouns="they/them",
                phone="07700 900123",
                lived_experience_categories=["prison", "addiction"],
            )
        )
        await session.commit()
    advisory = await factories.board(db, org, "advisory", name="Lived Experience Team")
    governance = await factories.board(db, org, "governance", name="Programme Board")
    await factories.board(db, org, "advisory", name="Empty")
    for person in people:
        await factories.membership(db, advisory, person)
    await factories.membership(db, governance, people[0], role="chair", status="left")
    await factories.membership(db, governance, people[1])
    elsewhere = await factories.board(db, other_org, name="Not yours")
    await factories.membership(db, elsewhere, await factories.person(db, other_org))
    partner = await factories.api_client(db, org, ["boards:read"])
    reader = await factories.api_client(db, org, ["boards:read", "people:read"])
    callers = {
        "admin": await factories.caller(db, app, org, "administrator"),
        "member": token_for(app, people[0]),
        "coordinator": token_for(app, people[2]),
        "partner": token_for(app, partner),
        "reader": token_for(app, reader),
        "nobody": token_for(app, await factories.api_client(db, org, ["meetings:read"])),
    }
    return {"callers": callers, "advisory": advisory, "governance": governance}


async def _both(
    compiled: httpx.AsyncClient,
    resolvers: httpx.AsyncClient,
    caller: Caller,
    query: str,
    variables: dict[str, Any] | None = None,
    statements: StatementCounter | None = None,
) -> dict[str, Any]:
    """The answer, asserted equal both ways; with ``statements``, also asserted to have
    been compiled: the actor's query and one statement, however deep the document."""
    payload = {"query": query, "variables": variables}
    if statements is not None:
        statements.reset()
    fast = await compiled.post("/graphql", json=payload, headers=caller.headers)
    if statements is not None:
        # A read of private fields adds the audit's one INSERT: not part of the read.
        read = [s for s in statements.statements if not s.startswith("INSERT INTO private_reads")]
        assert len(read) == 2, "\n\n".join(statements.statements)
    slow = await resolvers.post("/graphql", json=payload, headers=caller.headers)
    assert fast.status_code == slow.status_code
    assert _comparable(fast.json()) == _comparable(slow.json())
    body: dict[str, Any] = fast.json()
    return body


def _comparable(body: dict[str, Any]) -> dict[str, Any]:
    for error in body.get("errors", []):
        error.get("extensions", {}).pop("requestId", None)  # one per request
    return body


CALLERS = ["admin", "member", "coordinator", "partner", "reader", "nobody"]


@pytest.mark.parametrize("who", CALLERS)
async def test_the_board_tree_is_the_same_both_ways(
    client: httpx.AsyncClient,
    resolvers: httpx.AsyncClient,
    world: dict[str, Any],
    who: str,
    statements: StatementCounter,
) -> None:
    caller = world["callers"][who]
    body = await _both(
        client, resolvers, caller, TREE, statements=None if who == "nobody" else statements
    )
    if who == "nobody":
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        return
    boards = body["data"]["boards"]["edges"]
    assert [b["node"]["name"] for b in boards] == [
        "Lived Experience Team",
        "Programme Board",
        "Empty",
    ]
    people = [m["node"]["person"] for m in boards[0]["node"]["memberships"]["edges"]]
    assert (people[0] is None) == (who == "partner")


@pytest.mark.parametrize("who", CALLERS)
@pytest.mark.parametrize(
    "variables",
    [
        {"first": 20, "kind": None, "status": None, "on": True},
        {"first": 1, "kind": "ADVISORY", "status": "ACTIVE", "on": False},
        {"first": 2, "kind": "GOVERNANCE", "status": "LEFT", "on": True},
    ],
)
async def test_every_compiled_field_is_the_same_both_ways(
    client: httpx.AsyncClient,
    resolvers: httpx.AsyncClient,
    world: dict[str, Any],
    who: str,
    variables: dict[str, Any],
    statements: StatementCounter,
    backend: str,
) -> None:
    # SQLite's parser refuses a statement this deep, so there the resolvers answer.
    compiled = who != "nobody" and backend == "postgresql"
    body = await _both(
        client,
        resolvers,
        world["callers"][who],
        EVERYTHING,
        variables,
        statements=statements if compiled else None,
    )
    if who != "nobody":
        assert body["data"]["boards"]["edges"], body


async def test_the_next_page_is_the_same_both_ways(
    client: httpx.AsyncClient, resolvers: httpx.AsyncClient, world: dict[str, Any]
) -> None:
    admin = world["callers"]["admin"]
    query = """query($after: String) { boards(first: 1, after: $after) {
      pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { name } } } }"""
    seen, after = [], None
    while True:
        page = (await _both(client, resolvers, admin, query, {"after": after}))["data"]["boards"]
        seen += [edge["node"]["name"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == ["Lived Experience Team", "Programme Board", "Empty"]
    last = encode_cursor(world["governance"].id)
    assert (await _both(client, resolvers, admin, query, {"after": last}))["data"]["boards"][
        "edges"
    ] == [{"node": {"name": "Empty"}}]


@pytest.mark.parametrize("who", CALLERS)
async def test_one_board_is_the_same_both_ways_found_or_not(
    client: httpx.AsyncClient,
    resolvers: httpx.AsyncClient,
    world: dict[str, Any],
    other_org: Organisation,
    db: async_sessionmaker[AsyncSession],
    who: str,
    statements: StatementCounter,
) -> None:
    caller = world["callers"][who]
    counted = None if who == "nobody" else statements
    found = await _both(
        client, resolvers, caller, ONE, {"id": str(world["advisory"].id)}, statements=counted
    )
    if who != "nobody":
        assert found["data"]["board"]["name"] == "Lived Experience Team"
    async with db() as session:
        foreign = await session.scalar(
            select(col(Board.id)).where(col(Board.organisation_id) == other_org.id)
        )
    missing = await _both(client, resolvers, caller, ONE, {"id": str(foreign)})
    assert missing["data"] == {"board": None}
    assert missing["errors"][0]["extensions"]["code"] in {"NOT_FOUND", "FORBIDDEN"}


@pytest.mark.parametrize("query", FALLBACKS)
async def test_what_cannot_be_compiled_is_still_answered_the_same(
    client: httpx.AsyncClient, resolvers: httpx.AsyncClient, world: dict[str, Any], query: str
) -> None:
    await _both(client, resolvers, world["callers"]["coordinator"], query)


async def test_the_tree_is_one_statement_however_big(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    statements: StatementCounter,
) -> None:
    people = [await factories.person(db, org) for _ in range(5)]
    counts = []
    for boards in (1, 4):
        for _ in range(boards):
            board = await factories.board(db, org)
            for person in people:
                await factories.membership(db, board, person)
        statements.reset()
        response = await client.post("/graphql", json={"query": TREE}, headers=coordinator.headers)
        assert "errors" not in response.json()
        reads = [s for s in statements.statements if "boards" in s or "memberships" in s]
        counts.append(len(reads))
    # The actor is resolved apart; the whole tree is the one statement.
    assert counts == [1, 1], "\n\n".join(statements.statements)


async def test_a_failing_compiled_statement_falls_back_to_the_resolvers(
    client: httpx.AsyncClient,
    resolvers: httpx.AsyncClient,
    world: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from app.api.graphql import compiled

    def broken(*args: object) -> object:
        raise RuntimeError("SELECT secret@example.org")

    monkeypatch.setattr(compiled, "statement", broken)
    body = await _both(client, resolvers, world["callers"]["coordinator"], TREE)
    assert len(body["data"]["boards"]["edges"]) == 3
    (record,) = [r for r in caplog.records if "fell back" in r.getMessage()]
    assert "secret@example.org" not in record.getMessage() + str(record.__dict__)
