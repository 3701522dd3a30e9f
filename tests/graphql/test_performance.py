"""The number of SQL statements a request runs must not grow with its result."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from app.api.graphql.executor import PlainSubtreeExecutor
from app.db.models import Board, Membership, Organisation, Person
from tests import factories
from tests.factories import Caller
from tests.graphql.helpers import gql, nodes, ok
from tests.support import StatementCounter

NESTED = """{ boards(first: 100) { edges { node { name
  memberships { edges { node { role person { displayName } } } } } } } }"""


async def _boards_with_members(
    db: async_sessionmaker[AsyncSession], org: Organisation, people: list[Person], count: int
) -> list[Board]:
    boards = []
    for i in range(count):
        board = await factories.board(db, org)
        for person in people[i % 2 :: 2][:3]:
            await factories.membership(db, board, person)
        boards.append(board)
    return boards


async def _count(
    client: httpx.AsyncClient, caller: Caller, statements: StatementCounter, expect_boards: int
) -> int:
    statements.reset()
    data = ok(await gql(client, caller, NESTED))
    count = statements.count
    boards = nodes(data["boards"])
    assert len(boards) == expect_boards
    assert all(len(nodes(b["memberships"])) == 3 for b in boards)
    assert all(m["person"]["displayName"] for b in boards for m in nodes(b["memberships"]))
    return count


async def test_nested_boards_cost_the_same_statements_for_5_or_50_boards(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    statements: StatementCounter,
) -> None:
    people = [await factories.person(db, org) for _ in range(8)]
    await _boards_with_members(db, org, people, 5)
    few = await _count(client, coordinator, statements, 5)
    await _boards_with_members(db, org, people, 45)
    many = await _count(client, coordinator, statements, 50)
    assert few == many, statements.statements
    # The actor, the boards, their memberships, those people.
    assert many <= 4, statements.statements


async def test_people_are_not_loaded_unless_asked_for(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    statements: StatementCounter,
) -> None:
    await _boards_with_members(db, org, [await factories.person(db, org) for _ in range(6)], 3)
    statements.reset()
    ok(
        await gql(
            client,
            coordinator,
            "{ boards { edges { node { memberships { edges { node { role } } } } } } }",
        )
    )
    assert not any("FROM people" in s for s in statements.statements[1:]), statements.statements


async def test_the_fast_executor_answers_as_graphql_core_would(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    member: Caller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = [await factories.person(db, org, pronouns="she/her") for _ in range(4)]
    await _boards_with_members(db, org, people, 3)
    query = """query($active: Boolean!) {
      me { __typename kind roles person { ... on PersonPrivate { email } } }
      boards { edges { cursor node { __typename id name kind createdAt updatedAt
        memberships { pageInfo { hasNextPage endCursor }
          edges { node { id role status termStart termEnd version
            person { id displayName pronouns roles ... on PersonPrivate { email accessNeeds } }
            board { name } } } }
        ...Counts @include(if: $active) } } } }
      fragment Counts on Board { noticePeriodDays timezone }"""
    variables = {"active": True}
    fast = await gql(client, member, query, variables)
    monkeypatch.setattr(
        PlainSubtreeExecutor, "execute_fields", StrawberryGraphQLCoreExecutionContext.execute_fields
    )
    assert await gql(client, member, query, variables) == fast
    assert "errors" not in fast


async def test_a_nested_page_reads_only_that_page_of_each_board(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    """``memberships(first: 5)`` on boards of 30 members loads at most six of each (the
    page and one to tell whether there is more), not all 30."""
    people = [await factories.person(db, org) for _ in range(30)]
    for _ in range(3):
        board = await factories.board(db, org)
        for person in people:
            await factories.membership(db, board, person)
    loaded: list[object] = []

    def count(target: object, _context: object) -> None:
        loaded.append(target)

    event.listen(Membership, "load", count)
    try:
        data = ok(
            await gql(
                client,
                coordinator,
                "{ boards(first: 10) { edges { node { memberships(first: 5) "
                "{ edges { node { id } } pageInfo { hasNextPage } } } } } }",
            )
        )
    finally:
        event.remove(Membership, "load", count)
    boards = nodes(data["boards"])
    assert len(boards) == 3
    assert all(len(nodes(b["memberships"])) == 5 for b in boards)
    assert all(b["memberships"]["pageInfo"]["hasNextPage"] for b in boards)
    assert len(loaded) <= 3 * 6
