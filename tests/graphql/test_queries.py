"""Reads: me, people, boards with their memberships and people, tenancy."""

from __future__ import annotations

import uuid

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation, Person
from tests import factories
from tests.factories import Caller
from tests.graphql.helpers import gql, nodes, ok, only_error

NESTED = """
query($first: Int!, $after: String) {
  boards(first: $first, after: $after) {
    edges { cursor node { id name kind version
      memberships { edges { node { role status board { id }
        person { id displayName ... on PersonPrivate { email } } } } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}
"""


async def test_me_for_a_person(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    board = await factories.board(db, org, name="Advisory")
    async with db() as session:
        person = await session.get_one(Person, coordinator.id)
    await factories.membership(db, board, person, role="chair")
    data = ok(
        await gql(
            client,
            coordinator,
            """{ me { kind roles scopes organisation { id name } client { id }
                 person { id ... on PersonPrivate { email } displayName }
                 memberships { role status boardId board { name } person { id } } } }""",
        )
    )
    me = data["me"]
    assert me["kind"] == "PERSON"
    assert me["roles"] == ["COORDINATOR"]
    assert me["organisation"] == {"id": str(org.id), "name": "Home"}
    assert me["client"] is None
    assert me["person"]["id"] == str(coordinator.id)
    assert me["person"]["email"] == person.email
    assert me["memberships"] == [
        {
            "role": "CHAIR",
            "status": "ACTIVE",
            "boardId": str(board.id),
            "board": {"name": "Advisory"},
            "person": {"id": str(coordinator.id)},
        }
    ]


async def test_me_for_an_api_client(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    partner = await factories.api_client(db, org, ["boards:read", "people:read"])
    caller = factories.token_for(app, partner)
    me = ok(await gql(client, caller, "{ me { kind scopes person { id } client { name } } }"))
    assert me["me"] == {
        "kind": "CLIENT",
        "scopes": ["boards:read", "people:read"],
        "person": None,
        "client": {"name": "Partner"},
    }


async def test_boards_with_nested_memberships_and_people(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    first = await factories.board(db, org, name="First")
    second = await factories.board(db, org, name="Second", kind="governance")
    alice = await factories.person(db, org, name="Alice", email="alice@example.org")
    bob = await factories.person(db, org, name="Bob")
    await factories.membership(db, first, alice, role="chair")
    await factories.membership(db, first, bob)
    await factories.membership(db, second, bob, status="paused")

    data = ok(await gql(client, coordinator, NESTED, {"first": 10}))
    boards = nodes(data["boards"])
    assert [b["name"] for b in boards] == ["First", "Second"]
    assert boards[1]["kind"] == "GOVERNANCE"
    assert boards[0]["version"] == 1
    first_members = nodes(boards[0]["memberships"])
    assert [(m["role"], m["person"]["displayName"]) for m in first_members] == [
        ("CHAIR", "Alice"),
        ("MEMBER", "Bob"),
    ]
    assert first_members[0]["person"]["email"] == "alice@example.org"
    assert first_members[0]["board"] == {"id": str(first.id)}
    assert nodes(boards[1]["memberships"])[0]["status"] == "PAUSED"
    assert data["boards"]["pageInfo"]["hasNextPage"] is False


async def test_connections_page_with_the_domain_cursors(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    member: Caller,
) -> None:
    made = [await factories.board(db, org, name=f"Board {i}") for i in range(3)]
    page1 = ok(await gql(client, member, NESTED, {"first": 2}))["boards"]
    assert page1["pageInfo"]["hasNextPage"] is True
    page2 = ok(
        await gql(client, member, NESTED, {"first": 2, "after": page1["pageInfo"]["endCursor"]})
    )["boards"]
    assert page2["pageInfo"] == {"hasNextPage": False, "endCursor": page2["edges"][-1]["cursor"]}
    seen = [b["id"] for b in nodes(page1) + nodes(page2)]
    assert seen == [str(b.id) for b in made]


async def test_nested_memberships_page_and_filter(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    member: Caller,
) -> None:
    board = await factories.board(db, org)
    people = [await factories.person(db, org) for _ in range(3)]
    for person in people:
        await factories.membership(db, board, person)
    await factories.membership(db, board, await factories.person(db, org), status="left")
    query = """query($id: UUID!, $after: String) { board(id: $id) {
        memberships(first: 2, after: $after, status: ACTIVE) {
          edges { node { personId } } pageInfo { hasNextPage endCursor } } } }"""
    page1 = ok(await gql(client, member, query, {"id": str(board.id)}))["board"]["memberships"]
    assert page1["pageInfo"]["hasNextPage"] is True
    after = page1["pageInfo"]["endCursor"]
    page2 = ok(await gql(client, member, query, {"id": str(board.id), "after": after}))
    rest = page2["board"]["memberships"]
    assert rest["pageInfo"]["hasNextPage"] is False
    assert [m["personId"] for m in nodes(page1) + nodes(rest)] == [str(p.id) for p in people]


async def test_people_and_person(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    coordinator = await factories.person(db, org, "coordinator", name="Cora")
    data = ok(
        await gql(
            client,
            admin,
            """query($id: UUID!) {
                 people(role: COORDINATOR) { edges { node { displayName roles } } }
                 person(id: $id) { displayName } }""",
            {"id": str(coordinator.id)},
        )
    )
    assert nodes(data["people"]) == [{"displayName": "Cora", "roles": ["COORDINATOR"]}]
    assert data["person"] == {"displayName": "Cora"}


async def test_another_organisations_objects_are_not_found(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    other_org: Organisation,
    coordinator: Caller,
) -> None:
    theirs = await factories.board(db, other_org)
    their_person = await factories.person(db, other_org)
    body = await gql(
        client, coordinator, "query($id: UUID!) { board(id: $id) { name } }", {"id": str(theirs.id)}
    )
    error = only_error(body, "NOT_FOUND")
    assert body["data"] == {"board": None}
    assert error["path"] == ["board"]
    assert error["extensions"]["type"] == "/problems/not-found"
    assert error["extensions"]["status"] == 404
    body = await gql(
        client,
        coordinator,
        "query($id: UUID!) { person(id: $id) { id } }",
        {"id": str(their_person.id)},
    )
    only_error(body, "NOT_FOUND")
    body = await gql(
        client,
        coordinator,
        "query($id: UUID!) { board(id: $id) { name } }",
        {"id": str(uuid.uuid4())},
    )
    only_error(body, "NOT_FOUND")
    assert (
        nodes(ok(await gql(client, coordinator, "{ boards { edges { node { id } } } }"))["boards"])
        == []
    )


async def test_an_api_client_without_the_scope_is_forbidden(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    partner = factories.token_for(app, await factories.api_client(db, org, ["boards:read"]))
    body = await gql(
        client, partner, "{ people { edges { node { id } } } boards { edges { node { id } } } }"
    )
    error = only_error(body, "FORBIDDEN")
    assert error["path"] == ["people"]
    assert body["data"] == {"people": None, "boards": {"edges": []}}


async def test_related_objects_asked_for_through_fragments_and_aliases(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    member: Caller,
) -> None:
    board = await factories.board(db, org, name="Fragmented")
    async with db() as session:
        me = await session.get_one(Person, member.id)
    await factories.membership(db, board, me)
    query = """
      fragment M on Membership { who: person { displayName } }
      { boards { edges { node { memberships { edges { node { ...M } } } } } }
        me { memberships { ... on Membership { where: board { name } } } } }"""
    data = ok(await gql(client, member, query))
    membership = nodes(nodes(data["boards"])[0]["memberships"])[0]
    assert membership == {"who": {"displayName": me.display_name}}
    assert data["me"]["memberships"] == [{"where": {"name": "Fragmented"}}]
