"""GET /boards?expand=memberships: boards with their members, in a fixed number of queries."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.api.helpers import API
from tests.factories import Caller
from tests.support import StatementCounter


async def _teams(
    db: async_sessionmaker[AsyncSession], org: Organisation, boards: int, size: int
) -> None:
    for _ in range(boards):
        board = await factories.board(db, org)
        for _ in range(size):
            await factories.membership(db, board, await factories.person(db, org))


async def test_each_board_carries_its_members_and_only_permitted_fields(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    board = await factories.board(db, org)
    me = await factories.person(db, org, access_needs="large print")
    other = await factories.person(db, org, access_needs="step-free access")
    for person in (me, other):
        await factories.membership(db, board, person)
    member = factories.token_for(app, me)
    params = {"expand": "memberships"}
    seen = (await client.get(f"{API}/boards", params=params, headers=member.headers)).json()
    people = {m["person"]["id"]: m["person"] for m in seen["items"][0]["memberships"]}
    assert set(people) == {str(me.id), str(other.id)}
    assert people[str(me.id)]["accessNeeds"] == "large print"
    assert "accessNeeds" not in people[str(other.id)]
    assert "email" not in people[str(other.id)]
    staff = (await client.get(f"{API}/boards", params=params, headers=coordinator.headers)).json()
    staff_view = {m["person"]["id"]: m["person"] for m in staff["items"][0]["memberships"]}
    assert staff_view[str(other.id)]["accessNeeds"] == "step-free access"
    plain = (await client.get(f"{API}/boards", headers=member.headers)).json()
    assert "memberships" not in plain["items"][0]


async def test_statements_do_not_grow_with_boards_or_members(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    statements: StatementCounter,
) -> None:
    counts = []
    for boards, size in ((2, 2), (8, 6)):
        await _teams(db, org, boards, size)
        statements.reset()
        response = await client.get(
            f"{API}/boards",
            params={"expand": "memberships", "limit": "100"},
            headers=coordinator.headers,
        )
        assert response.status_code == 200
        counts.append(statements.count)
    assert counts[0] == counts[1]
    # The caller (one primary-key read), then the whole tree in one statement, then the
    # private-read audit's one INSERT (a coordinator reads everyone's private fields).
    assert counts[0] == 3, statements.statements


async def test_a_client_without_people_read_cannot_expand(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
) -> None:
    await _teams(db, org, 1, 1)
    partner = factories.token_for(app, await factories.api_client(db, org, ["boards:read"]))
    assert (await client.get(f"{API}/boards", headers=partner.headers)).status_code == 200
    expanded = await client.get(
        f"{API}/boards", params={"expand": "memberships"}, headers=partner.headers
    )
    assert expanded.status_code == 403
