"""Meeting lists over GraphQL: Board.meetings and Me.meetings by start time, paged by
their edges' cursors, each cursor tied to its sort; the same lists REST gives."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.helpers import API
from tests.api.test_meeting_lists import BASE, DAYS, in_order, meetings_on
from tests.factories import Caller
from tests.graphql.helpers import gql, ok, only_error

BOARD = """query($id: UUID!, $after: String, $sort: MeetingSort!, $upcoming: Boolean!) {
  board(id: $id) { meetings(first: 2, after: $after, sort: $sort, upcoming: $upcoming) {
    edges { cursor node { id startsAt } } pageInfo { hasNextPage endCursor } } } }"""
MINE = """query($after: String, $sort: MeetingSort!, $upcoming: Boolean!) {
  me { meetings(first: 2, after: $after, sort: $sort, upcoming: $upcoming) {
    edges { cursor node { id startsAt board { name } } } pageInfo { hasNextPage endCursor } } } }"""


async def walk(
    client: httpx.AsyncClient, who: Caller, query: str, **variables: Any
) -> tuple[list[str], list[str]]:
    """Every node ID of the list, two at a time, and every edge cursor seen."""
    seen: list[str] = []
    cursors: list[str] = []
    after: str | None = None
    while True:
        data = ok(await gql(client, who, query, {**variables, "after": after}))
        connection = (data.get("board") or data["me"])["meetings"]
        seen += [edge["node"]["id"] for edge in connection["edges"]]
        cursors += [edge["cursor"] for edge in connection["edges"]]
        if not connection["pageInfo"]["hasNextPage"]:
            return seen, cursors
        after = connection["pageInfo"]["endCursor"]


@pytest.mark.parametrize("sort", ["STARTS_AT", "STARTS_AT_DESC"])
async def test_board_meetings_run_by_start_time_and_page_by_edge_cursors(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    member: Caller,
    sort: str,
) -> None:
    forum = await factories.board(db, org)
    created = await meetings_on(db, forum, DAYS)
    descending = sort == "STARTS_AT_DESC"
    board = {"id": str(forum.id), "sort": sort}

    seen, cursors = await walk(client, member, BOARD, **board, upcoming=False)
    assert seen == in_order(created, descending)
    # Any edge's cursor resumes right after that edge.
    resumed = ok(
        await gql(client, member, BOARD, {**board, "upcoming": False, "after": cursors[2]})
    )
    assert [e["node"]["id"] for e in resumed["board"]["meetings"]["edges"]] == seen[3:5]
    upcoming, _ = await walk(client, member, BOARD, **board, upcoming=True)
    assert upcoming == in_order([m for m in created if m.starts_at > BASE], descending)

    rest = await client.get(
        f"{API}/boards/{forum.id}/meetings",
        params={"limit": 100, "sort": "-startsAt" if descending else "startsAt"},
        headers=member.headers,
    )
    assert [m["id"] for m in rest.json()["items"]] == seen


async def test_a_cursor_from_the_other_sort_is_refused_naming_it(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    member: Caller,
) -> None:
    forum = await factories.board(db, org)
    await meetings_on(db, forum, DAYS)
    _, cursors = await walk(
        client, member, BOARD, id=str(forum.id), sort="STARTS_AT_DESC", upcoming=False
    )
    body = await gql(
        client,
        member,
        BOARD,
        {"id": str(forum.id), "sort": "STARTS_AT", "upcoming": False, "after": cursors[0]},
    )
    error = only_error(body, "VALIDATION")
    (problem,) = error["extensions"]["errors"]
    assert problem["pointer"] == "/after"
    assert "sort=-startsAt (descending)" in problem["detail"]


async def test_my_meetings_match_rest_and_clients_have_none(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
) -> None:
    governance = await factories.board(db, org, "governance", "Programme Board")
    team = await factories.board(db, org, "advisory", "Team", governance)
    me = await factories.person(db, org)
    await factories.membership(db, team, me)
    mine = await meetings_on(db, team, [4, -2, 9]) + await meetings_on(db, governance, [6, 4])
    await meetings_on(db, await factories.board(db, org), [1])
    caller = factories.token_for(app, me)

    seen, _ = await walk(client, caller, MINE, sort="STARTS_AT_DESC", upcoming=True)
    expected = in_order([m for m in mine if m.starts_at > BASE], descending=True)
    assert seen == expected
    rest = await client.get(
        f"{API}/me/meetings",
        params={"upcoming": "true", "sort": "-startsAt"},
        headers=caller.headers,
    )
    assert [m["id"] for m in rest.json()["items"]] == expected

    partner = await factories.api_client(db, org, ["meetings:read"])
    body = await gql(
        client,
        factories.token_for(app, partner),
        "{ me { meetings { edges { node { id } } } } }",
    )
    only_error(body, "FORBIDDEN")
