"""Polls and terms over GraphQL: the essentials, through the same rules as REST."""

from __future__ import annotations

from datetime import timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.types import utcnow
from tests.api.polls_setup import group, later
from tests.graphql.helpers import gql, nodes, ok, only_error

POLL = "id status kind outcome outcomeOptionId voterCount version options { id label }"


async def test_a_poll_from_draft_to_decided(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await group(db, app, size=2)
    created = ok(
        await gql(
            client,
            g.chair,
            f"""mutation($board: UUID!, $input: CreatePollInput!) {{
              createPoll(boardId: $board, input: $input) {{ {POLL} }} }}""",
            {
                "board": str(g.board.id),
                "input": {
                    "title": "Focus",
                    "kind": "OPTIONS",
                    "options": ["A", "B"],
                    "closesAt": later(),
                },
            },
        )
    )["createPoll"]
    pid, first = created["id"], created["options"][0]["id"]
    ok(await gql(client, g.chair, "mutation($id: UUID!) { openPoll(id: $id) { id } }", {"id": pid}))
    cast = """mutation($id: UUID!, $input: VoteInput!) {
      castVote(pollId: $id, input: $input) { voterCount } }"""
    for member in g.members:
        voted = ok(await gql(client, member, cast, {"id": pid, "input": {"optionIds": [first]}}))
    assert voted["castVote"]["voterCount"] == 2
    only_error(
        await gql(client, g.outsider, cast, {"id": pid, "input": {"optionIds": [first]}}),
        "FORBIDDEN",
    )
    ok(
        await gql(
            client, g.chair, "mutation($id: UUID!) { closePoll(id: $id) { id } }", {"id": pid}
        )
    )
    decided = ok(
        await gql(
            client,
            g.chair,
            f"""mutation($id: UUID!) {{
              decidePoll(id: $id, reasons: "Both chose A") {{ {POLL} }} }}""",
            {"id": pid},
        )
    )["decidePoll"]
    assert (decided["status"], decided["outcome"], decided["outcomeOptionId"]) == (
        "DECIDED",
        "AGREED",
        first,
    )
    read = ok(
        await gql(
            client,
            g.members[0],
            """query($id: UUID!, $board: UUID!) {
          pollResults(id: $id) { counted voters tallies { optionId votes } }
          polls(boardId: $board) { edges { node { id status } } } }""",
            {"id": pid, "board": str(g.board.id)},
        )
    )
    assert read["pollResults"]["tallies"][0] == {"optionId": first, "votes": 2}
    assert [n["id"] for n in nodes(read["polls"])] == [pid]


async def test_renewing_a_term_over_graphql(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await group(db, app, size=1)
    listed = await client.get(
        f"/api/v1/boards/{g.board.id}/memberships", headers=g.coordinator.headers
    )
    membership = listed.json()["items"][1]["id"]
    end = (utcnow().date() + timedelta(days=300)).isoformat()
    renew = """mutation($id: UUID!, $input: RenewalInput!) {
      renewMembership(membershipId: $id, input: $input) { id termEnd } }"""
    variables = {"id": membership, "input": {"termEnd": end, "reason": "Stays on"}}
    only_error(await gql(client, g.members[0], renew, variables), "FORBIDDEN")
    renewed = ok(await gql(client, g.coordinator, renew, variables))["renewMembership"]
    assert renewed == {"id": membership, "termEnd": end}
