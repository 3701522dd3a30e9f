"""The issue log over GraphQL: the same people and rules as REST. Members log and list a
board's issues, coordinators theme them, a stale version is refused, and a partner
system sees only the per-theme counts with small ones withheld."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.api.recommendations_setup import team
from tests.graphql.helpers import codes, gql, ok
from tests.support import StatementCounter

_CREATE = (
    "mutation($b: UUID!, $i: CreateIssueInput!) { createIssue(boardId: $b, input: $i) "
    "{ id category themeId version createdBy } }"
)
_LIST = (
    "query($b: UUID!, $t: UUID, $u: Boolean! = false) { boardIssues(boardId: $b, themeId: $t, "
    "unthemed: $u, first: 2) { edges { node { id summary } } pageInfo { hasNextPage endCursor } } }"
)


def _issue(summary: str) -> dict[str, str]:
    return {"category": "Healthcare", "service": "HMP Example, B wing", "summary": summary}


async def test_members_log_and_coordinators_theme_issues_over_graphql(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    board = str(t.advisory.id)
    made = [
        ok(await gql(client, t.member, _CREATE, {"b": board, "i": _issue(s)}))["createIssue"]
        for s in ("GP waits", "Canteen prices", "Visits cancelled")
    ]
    assert made[0]["category"] == "healthcare"
    assert made[0]["createdBy"] == str(t.member_person.id)
    # No field for who raised it: an unknown input field is refused, not kept.
    sneaky = await gql(
        client, t.member, _CREATE, {"b": board, "i": {**_issue("x"), "raisedBy": "Name"}}
    )
    assert sneaky.get("data") is None
    assert sneaky["errors"]

    first = ok(await gql(client, t.chair, _LIST, {"b": board}))["boardIssues"]
    assert len(first["edges"]) == 2
    assert first["pageInfo"]["hasNextPage"] is True
    rest = ok(
        await gql(
            client,
            t.chair,
            "query($b: UUID!, $a: String!) { boardIssues(boardId: $b, first: 2, after: $a) "
            "{ edges { node { id } } pageInfo { hasNextPage } } }",
            {"b": board, "a": first["pageInfo"]["endCursor"]},
        )
    )["boardIssues"]
    seen = [e["node"]["id"] for e in first["edges"] + rest["edges"]]
    assert sorted(seen) == sorted(i["id"] for i in made)

    theme = ok(
        await gql(
            client,
            t.coordinator,
            'mutation($b: UUID!) { createTheme(boardId: $b, input: {name: "Healthcare"}) '
            "{ id version } }",
            {"b": board},
        )
    )["createTheme"]
    update = (
        "mutation($id: UUID!, $v: Int!, $t: UUID) { updateIssue(id: $id, version: $v, "
        "input: {themeId: $t}) { themeId version } }"
    )
    # Only coordinators theme issues; the recorder may not.
    refused = await gql(
        client, t.member, update, {"id": made[0]["id"], "v": made[0]["version"], "t": theme["id"]}
    )
    assert codes(refused) == ["FORBIDDEN"]
    themed = ok(
        await gql(
            client,
            t.coordinator,
            update,
            {"id": made[0]["id"], "v": made[0]["version"], "t": theme["id"]},
        )
    )["updateIssue"]
    assert themed["themeId"] == theme["id"]
    assert themed["version"] > made[0]["version"]
    stale = await gql(
        client,
        t.coordinator,
        update,
        {"id": made[0]["id"], "v": made[0]["version"], "t": None},
    )
    assert codes(stale) == ["PRECONDITION_FAILED"]

    in_theme = ok(await gql(client, t.member, _LIST, {"b": board, "t": theme["id"]}))
    assert [e["node"]["id"] for e in in_theme["boardIssues"]["edges"]] == [made[0]["id"]]
    unthemed = ok(await gql(client, t.member, _LIST, {"b": board, "u": True}))["boardIssues"]
    assert made[0]["id"] not in [e["node"]["id"] for e in unthemed["edges"]]
    listed = ok(
        await gql(
            client,
            t.member,
            "query($b: UUID!) { boardThemes(boardId: $b) { id name issueCount version } }",
            {"b": board},
        )
    )["boardThemes"]
    assert listed == [
        {"id": theme["id"], "name": "Healthcare", "issueCount": 1, "version": theme["version"]}
    ]


async def test_partner_systems_see_counts_only_with_small_ones_withheld(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    board = str(t.advisory.id)
    theme = ok(
        await gql(
            client,
            t.coordinator,
            'mutation($b: UUID!) { createTheme(boardId: $b, input: {name: "Visits"}) { id } }',
            {"b": board},
        )
    )["createTheme"]["id"]
    await gql(client, t.member, _CREATE, {"b": board, "i": {**_issue("x"), "themeId": theme}})
    hidden = await gql(client, t.partner, _LIST, {"b": board})
    assert codes(hidden) == ["FORBIDDEN"]
    summary = ok(
        await gql(
            client,
            t.partner,
            "query($b: UUID!) { themeSummary(boardId: $b) { suppressedBelow "
            "themes { themeId issueCount suppressed } } }",
            {"b": board},
        )
    )["themeSummary"]
    assert summary["suppressedBelow"] == 5
    assert summary["themes"] == [{"themeId": theme, "issueCount": None, "suppressed": True}]
    # Someone outside the board cannot read the log either.
    assert codes(await gql(client, t.bystander, _LIST, {"b": board})) == ["FORBIDDEN"]


async def test_listing_a_board_issues_costs_the_same_statements_however_many(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    t = await team(db, app)
    board = str(t.advisory.id)
    query = (
        "query($b: UUID!) { boardIssues(boardId: $b, first: 50) "
        "{ edges { node { id history { edges { node { toStatus } } } } } } }"
    )
    counts = []
    for batch in (1, 6):
        for n in range(batch):
            await gql(client, t.member, _CREATE, {"b": board, "i": _issue(f"issue {n}")})
        statements.reset()
        ok(await gql(client, t.member, query, {"b": board}))
        counts.append(statements.count)
    assert counts[0] == counts[1], statements.statements
