"""Meeting lists over REST: by start time either way, keyset-paged on (startsAt, id),
cursors tied to their sort; a board's list and the caller's own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Board, Meeting, Organisation
from app.domain.pagination import encode_cursor
from tests import factories
from tests.api.helpers import API, problem
from tests.factories import Caller
from tests.support import StatementCounter

BASE = datetime.now(UTC).replace(hour=10, minute=0, second=0, microsecond=0)
# Created in this order, so ID order and start order disagree; two share a start time.
DAYS = [10, 2, 5, -3, 5, 20]


async def meetings_on(
    db: async_sessionmaker[AsyncSession], board: Board, days: list[int]
) -> list[Meeting]:
    created = []
    async with db() as session:
        for day in days:
            starts = BASE + timedelta(days=day)
            meeting = Meeting(
                organisation_id=board.organisation_id,
                board_id=board.id,
                title=f"Day {day}",
                starts_at=starts,
                ends_at=starts + timedelta(hours=2),
            )
            session.add(meeting)
            await session.flush()
            created.append(meeting)
        await session.commit()
    return created


def in_order(meetings: list[Meeting], descending: bool = False) -> list[str]:
    ordered = sorted(meetings, key=lambda m: (m.starts_at, m.id), reverse=descending)
    return [str(m.id) for m in ordered]


async def walk(
    client: httpx.AsyncClient, who: Caller, path: str, **params: Any
) -> tuple[list[str], list[str]]:
    """Every ID of the list, two at a time, and the cursors that led there."""
    seen: list[str] = []
    cursors: list[str] = []
    cursor: str | None = None
    while True:
        query = {**params, "limit": 2, **({"cursor": cursor} if cursor else {})}
        response = await client.get(path, params=query, headers=who.headers)
        assert response.status_code == 200, response.text
        page = response.json()
        seen += [m["id"] for m in page["items"]]
        cursor = page["nextCursor"]
        if cursor is None:
            return seen, cursors
        cursors.append(cursor)


@pytest.mark.parametrize("sort", [None, "startsAt", "-startsAt"])
async def test_a_boards_meetings_run_by_start_time_and_page_exactly(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    member: Caller,
    sort: str | None,
) -> None:
    forum = await factories.board(db, org)
    created = await meetings_on(db, forum, DAYS)
    await meetings_on(db, await factories.board(db, org), [1, 3])
    params = {"sort": sort} if sort else {}
    descending = sort == "-startsAt"

    seen, _ = await walk(client, member, f"{API}/boards/{forum.id}/meetings", **params)
    assert seen == in_order(created, descending)
    upcoming, _ = await walk(
        client, member, f"{API}/boards/{forum.id}/meetings", upcoming="true", **params
    )
    assert upcoming == in_order([m for m in created if m.starts_at > BASE], descending)


async def test_a_cursor_works_only_with_the_sort_it_came_with(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    member: Caller,
) -> None:
    forum = await factories.board(db, org)
    created = await meetings_on(db, forum, DAYS)
    path = f"{API}/boards/{forum.id}/meetings"
    _, cursors = await walk(client, member, path, sort="-startsAt")

    def get(**params: Any) -> Any:
        return client.get(path, params={"limit": 2, **params}, headers=member.headers)

    crossed = problem(await get(cursor=cursors[0]), 422, "rule-violation")
    assert crossed["errors"][0]["pointer"] == "/cursor"
    assert "sort=-startsAt" in crossed["errors"][0]["detail"]
    for foreign in ("not-a-cursor", encode_cursor(created[0].id)):
        refused = problem(await get(cursor=foreign), 422, "rule-violation")
        assert refused["errors"][0]["pointer"] == "/cursor"
    problem(await get(sort="title"), 422, "validation")


async def test_my_meetings_are_my_boards_and_the_boards_they_advise(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
) -> None:
    governance = await factories.board(db, org, "governance", "Programme Board")
    team = await factories.board(db, org, "advisory", "Team", governance)
    elsewhere = await factories.board(db, org)
    paused_on = await factories.board(db, org)
    me = await factories.person(db, org)
    await factories.membership(db, team, me)
    await factories.membership(db, paused_on, me, status="paused")
    mine = await meetings_on(db, team, [4, -2, 9])
    mine += await meetings_on(db, governance, [6, 4])
    await meetings_on(db, elsewhere, [1])
    await meetings_on(db, paused_on, [3])
    caller = factories.token_for(app, me)

    seen, _ = await walk(client, caller, f"{API}/me/meetings")
    assert seen == in_order(mine)
    latest_first, _ = await walk(
        client, caller, f"{API}/me/meetings", upcoming="true", sort="-startsAt"
    )
    assert latest_first == in_order([m for m in mine if m.starts_at > BASE], descending=True)

    partner = await factories.api_client(db, org, ["meetings:read"])
    response = await client.get(
        f"{API}/me/meetings", headers=factories.token_for(app, partner).headers
    )
    problem(response, 403, "forbidden")


async def test_my_meetings_cost_the_same_statements_for_any_number_of_boards(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    statements: StatementCounter,
) -> None:
    me = await factories.person(db, org)
    caller = factories.token_for(app, me)

    async def join_boards(count: int) -> int:
        for _ in range(count):
            governance = await factories.board(db, org, "governance")
            team = await factories.board(db, org, "advisory", advises=governance)
            await factories.membership(db, team, me)
            await meetings_on(db, team, [1, 2])
            await meetings_on(db, governance, [3])
        statements.reset()
        response = await client.get(
            f"{API}/me/meetings", params={"limit": 100}, headers=caller.headers
        )
        assert response.status_code == 200, response.text
        return statements.count

    few = await join_boards(1)
    many = await join_boards(7)
    assert many == few, statements.statements
    assert few <= 3, statements.statements  # the actor, the page, its agendas
