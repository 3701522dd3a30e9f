"""The cost limit: a document that could fetch more rows than CHORUS_GRAPHQL_MAX_COST is
refused before anything runs, counted through nesting, aliases and fragments."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from app.settings import Settings
from tests import factories
from tests.factories import Caller
from tests.graphql.helpers import gql, nodes, ok, only_error
from tests.support import StatementCounter

LIMIT = Settings.model_fields["graphql_max_cost"].default
SPEC = "application/graphql-response+json"

# What took 15.9 s when papers and recipients were plain lists: every paper's recipients
# under every meeting of every board, fifteen times over.
PAPERS = """boards { edges { node { meetings { edges { node { papers { edges { node {
  recipients { edges { node { personId } } } } } } } } } } } }"""
ATTACK = "{ " + " ".join(f"a{i}: {PAPERS}" for i in range(15)) + " }"

TREE = """{ boards(first: 20) { edges { node { id name
  memberships(first: 20) { edges { node { id role person { displayName } } } } } } } }"""


async def test_nested_lists_repeated_by_aliases_are_refused_before_they_run(
    client: httpx.AsyncClient, member: Caller, statements: StatementCounter
) -> None:
    statements.reset()
    response = await client.post(
        "/graphql", json={"query": ATTACK}, headers={**member.headers, "Accept": SPEC}
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == SPEC
    body = response.json()
    assert "data" not in body
    error = only_error(body, "GRAPHQL_VALIDATION_FAILED")
    # 50 boards x 50 meetings x 50 papers x 50 recipients, and the levels above, x 15.
    estimate = 15 * (50 + 50**2 + 50**3 + 50**4)
    assert f"about {estimate} rows" in error["message"]
    assert f"limit of {LIMIT}" in error["message"]
    # Only the caller was looked up.
    assert statements.count == 1


async def test_twenty_boards_of_twenty_memberships_pass(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    member: Caller,
) -> None:
    people = [await factories.person(db, org, name=f"P{i}") for i in range(20)]
    for b in range(20):
        board = await factories.board(db, org, name=f"Board {b:02}")
        for person in people:
            await factories.membership(db, board, person)
    boards = nodes(ok(await gql(client, member, TREE))["boards"])
    assert len(boards) == 20
    assert all(len(nodes(b["memberships"])) == 20 for b in boards)


async def test_aliases_and_fragment_spreads_each_count(
    client: httpx.AsyncClient, member: Caller
) -> None:
    fragment = "fragment M on Board { memberships(first: 100) { edges { cursor } } }"
    one = "boards(first: 50) { edges { node { ...M } } }"
    # 50 boards and 5,000 memberships: under the limit.
    ok(await gql(client, member, f"{fragment} {{ a: {one} }}"))
    # Spread twice through a second fragment, then aliased: 10,100.
    twice = "fragment B on Board { ...M again: memberships(first: 100) { edges { cursor } } }"
    body = await gql(
        client,
        member,
        f"{fragment} {twice} {{ a: boards(first: 50) {{ edges {{ node {{ ...B }} }} }} }}",
    )
    assert "about 10050 rows" in only_error(body, "GRAPHQL_VALIDATION_FAILED")["message"]
    body = await gql(client, member, f"{fragment} {{ a: {one} b: {one} }}")
    assert "about 10100 rows" in only_error(body, "GRAPHQL_VALIDATION_FAILED")["message"]


async def test_a_variable_page_size_counts_as_the_largest_page(
    client: httpx.AsyncClient, member: Caller
) -> None:
    # Validation runs before variables are known (and is cached), so `$n` may be 100.
    query = """query($n: Int! = 1) { boards(first: $n) { edges { node {
      memberships(first: $n) { edges { cursor } } } } } }"""
    body = await gql(client, member, query, {"n": 1})
    assert "about 10100 rows" in only_error(body, "GRAPHQL_VALIDATION_FAILED")["message"]
    literal = """{ boards(first: 1) { edges { node {
      memberships(first: 1) { edges { cursor } } } } } }"""
    ok(await gql(client, member, literal))


async def test_lists_that_are_not_connections_count_ten_rows_each(
    client: httpx.AsyncClient, member: Caller
) -> None:
    # 100 boards, 100 x 100 meetings: already 10,100 without their agendas.
    heavy = """{ boards(first: 100) { edges { node { meetings(first: 100) { edges { node {
      agenda { title } } } } } } } }"""
    body = await gql(client, member, heavy)
    assert "about 110100 rows" in only_error(body, "GRAPHQL_VALIDATION_FAILED")["message"]


async def test_introspection_is_not_counted(client: httpx.AsyncClient, member: Caller) -> None:
    query = "{ __schema { types { name fields { name args { name type { name } } } } } }"
    assert ok(await gql(client, member, query))["__schema"]["types"]


async def test_fragments_spreading_fragments_are_costed_by_what_they_would_run(
    client: httpx.AsyncClient, member: Caller
) -> None:
    # Each fragment spreads the next twice: 2^20 spreads of the last one, from a document
    # of a few hundred tokens. Each fragment is costed once, so this is cheap to refuse.
    levels = 20
    fragments = " ".join(
        f"fragment F{i} on Board {{ ...F{i + 1} ...F{i + 1} }}" for i in range(levels)
    )
    last = f"fragment F{levels} on Board {{ memberships(first: 1) {{ edges {{ cursor }} }} }}"
    query = f"{fragments} {last} {{ boards(first: 1) {{ edges {{ node {{ ...F0 }} }} }} }}"
    body = await gql(client, member, query)
    error = only_error(body, "GRAPHQL_VALIDATION_FAILED")
    assert f"about {1 + 2**levels} rows" in error["message"]
