"""Keyset pagination: ``limit`` and an opaque ``cursor``, ``nextCursor`` null at the end."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Board, Organisation
from tests import factories
from tests.api.helpers import API, problem
from tests.factories import Caller


async def _walk(client: httpx.AsyncClient, path: str, headers: dict[str, str]) -> list[list[str]]:
    pages: list[list[str]] = []
    params: dict[str, str | int] = {"limit": 2}
    while True:
        response = await client.get(f"{API}{path}", params=params, headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append([item["id"] for item in body["items"]])
        if body["nextCursor"] is None:
            return pages
        assert len(pages) < 20, "the cursor never ends"
        params["cursor"] = body["nextCursor"]


async def test_boards_are_walked_page_by_page_without_duplicates(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    made = [str((await factories.board(db, org)).id) for _ in range(5)]
    pages = await _walk(client, "/boards", admin.headers)
    assert [len(p) for p in pages] == [2, 2, 1]
    seen = [board_id for page in pages for board_id in page]
    assert seen == made  # oldest first, each once


async def test_an_exact_multiple_ends_with_a_null_cursor(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    for _ in range(4):
        await factories.board(db, org)
    pages = await _walk(client, "/boards", admin.headers)
    assert sorted(len(p) for p in pages if p) == [2, 2]
    assert len({b for p in pages for b in p}) == 4


async def test_people_are_walked_page_by_page(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    for _ in range(4):
        await factories.person(db, org)
    seen = [p for page in await _walk(client, "/people", admin.headers) for p in page]
    assert len(seen) == len(set(seen)) == 5  # and the administrator


async def test_items_added_while_walking_are_not_duplicated(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    for _ in range(3):
        await factories.board(db, org)
    first = (await client.get(f"{API}/boards", params={"limit": 2}, headers=admin.headers)).json()
    late = await factories.board(db, org)
    rest = (
        await client.get(
            f"{API}/boards",
            params={"limit": 2, "cursor": first["nextCursor"]},
            headers=admin.headers,
        )
    ).json()
    ids = [b["id"] for b in first["items"] + rest["items"]]
    assert len(ids) == len(set(ids)) == 4
    assert ids[-1] == str(late.id)


async def test_the_default_page_is_fifty(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    async with db() as session:
        session.add_all(
            [Board(organisation_id=org.id, name=f"B{i}", kind="advisory") for i in range(51)]
        )
        await session.commit()
    body = (await client.get(f"{API}/boards", headers=admin.headers)).json()
    assert len(body["items"]) == 50
    assert body["nextCursor"] is not None
    full = (await client.get(f"{API}/boards?limit=100", headers=admin.headers)).json()
    assert len(full["items"]) == 51
    assert full["nextCursor"] is None


@pytest.mark.parametrize("cursor", ["garbage", "%%%", "AAAA", "x" * 300])
async def test_a_cursor_we_did_not_give_out_is_refused(
    client: httpx.AsyncClient, admin: Caller, cursor: str
) -> None:
    response = await client.get(f"{API}/boards", params={"cursor": cursor}, headers=admin.headers)
    body = problem(response, 422, "validation")
    assert [e.get("parameter") for e in body["errors"]] == ["cursor"]


async def test_limit_over_a_hundred_is_refused(client: httpx.AsyncClient, admin: Caller) -> None:
    body = problem(await client.get(f"{API}/boards?limit=101", headers=admin.headers), 422)
    assert body["errors"][0]["parameter"] == "limit"
    assert (await client.get(f"{API}/boards?limit=100", headers=admin.headers)).status_code == 200


async def test_an_empty_cursor_is_the_first_page(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    for _ in range(3):
        await factories.board(db, org)
        await factories.person(db, org)
    for path in ("/boards", "/people"):
        first = await client.get(f"{API}{path}", params={"limit": 2}, headers=admin.headers)
        empty = await client.get(
            f"{API}{path}", params={"limit": 2, "cursor": ""}, headers=admin.headers
        )
        assert empty.status_code == 200, empty.text
        assert empty.json() == first.json()


async def test_a_cursor_from_another_list_is_refused_by_name(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    for _ in range(3):
        await factories.board(db, org)
        await factories.person(db, org)
    people = await client.get(f"{API}/people", params={"limit": 1}, headers=admin.headers)
    boards = await client.get(f"{API}/boards", params={"limit": 1}, headers=admin.headers)
    for path, cursor in (("/boards", people), ("/people", boards)):
        wrong = await client.get(
            f"{API}{path}",
            params={"limit": 1, "cursor": cursor.json()["nextCursor"]},
            headers=admin.headers,
        )
        body = problem(wrong, 422)
        assert body["errors"][0]["pointer"] == "/cursor", body
        assert "another list" in body["errors"][0]["detail"], body
    # Each list still takes its own.
    own = await client.get(
        f"{API}/people",
        params={"limit": 1, "cursor": people.json()["nextCursor"]},
        headers=admin.headers,
    )
    assert own.status_code == 200, own.text
