"""Depth, alias, token and page-size limits refuse a query before it runs."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.factories import Caller
from tests.graphql.helpers import codes, gql, ok, only_error
from tests.support import StatementCounter

# boards > edges > node > memberships > edges > node > board > memberships > ... : 16 levels,
# in pages of one so that only the depth is over its limit.
TOO_DEEP = """{ boards(first: 1) { edges { node { memberships(first: 1) { edges { node { board {
  memberships(first: 1) { edges { node { board { memberships(first: 1) { edges { node {
  board { memberships(first: 1) { edges { cursor } } } } } } } } } } } } } } } } } }"""


async def test_depth_limit(
    client: httpx.AsyncClient, member: Caller, statements: StatementCounter
) -> None:
    statements.reset()
    body = await gql(client, member, TOO_DEEP)
    error = only_error(body, "GRAPHQL_VALIDATION_FAILED")
    assert "depth" in error["message"]
    assert "data" not in body
    # Refused before any resolver ran: only the caller was looked up.
    assert statements.count == 1


async def test_alias_limit(client: httpx.AsyncClient, member: Caller) -> None:
    aliases = " ".join(f"a{i}: me {{ kind }}" for i in range(16))
    only_error(await gql(client, member, f"{{ {aliases} }}"), "GRAPHQL_VALIDATION_FAILED")
    fifteen = " ".join(f"a{i}: me {{ kind }}" for i in range(15))
    assert len(ok(await gql(client, member, f"{{ {fifteen} }}"))) == 15


async def test_alias_limit_counts_aliases_inside_fragments(
    client: httpx.AsyncClient, member: Caller
) -> None:
    # Four aliases in a fragment, spread four times: 16 in all, though the text has 4.
    query = """
      fragment F on Me { a: kind b: kind c: kind d: kind }
      { me { ...F } one: me { ...F } two: me { ...F } three: me { ...F } }"""
    body = await gql(client, member, query)
    assert codes(body) == ["GRAPHQL_VALIDATION_FAILED"]
    assert "aliases" in body["errors"][0]["message"]


async def test_token_limit(client: httpx.AsyncClient, member: Caller) -> None:
    query = "{ me { " + " ".join(["kind"] * 2_100) + " } }"
    only_error(await gql(client, member, query), "GRAPHQL_PARSE_FAILED")


@pytest.mark.parametrize("first", [101, 0, -1])
async def test_page_size_out_of_range(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    member: Caller,
    first: int,
) -> None:
    await factories.board(db, org)
    body = await gql(
        client,
        member,
        "query($first: Int!) { boards(first: $first) { edges { cursor } } }",
        {"first": first},
    )
    error = only_error(body, "VALIDATION")
    assert error["extensions"]["errors"] == [
        {"pointer": "/first", "detail": "The limit must be between 1 and 100."}
    ]
    nested = await gql(
        client,
        member,
        """query($first: Int!) { boards { edges { node {
             memberships(first: $first) { edges { cursor } } } } } }""",
        {"first": first},
    )
    assert codes(nested) == ["VALIDATION"]
    assert nested["errors"][0]["path"] == ["boards", "edges", 0, "node", "memberships"]


async def test_a_cursor_not_ours_is_invalid(client: httpx.AsyncClient, member: Caller) -> None:
    body = await gql(client, member, '{ people(after: "!!") { edges { cursor } } }')
    error = only_error(body, "VALIDATION")
    assert error["extensions"]["errors"][0]["pointer"] == "/after"
