"""The board tree the database writes (``expand=memberships``) says exactly what the
Python path says: each board as ``GET /boards/{id}`` gives it, its memberships as
``GET /boards/{id}/memberships``, each person as ``GET /people/{id}`` shows them to the
same caller. Checked for callers with different rights, on both databases."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Board, Membership, Organisation, Person
from tests import factories
from tests.api.helpers import API
from tests.factories import Caller


async def _add(db: async_sessionmaker[AsyncSession], *rows: Any) -> None:
    async with db() as session:
        session.add_all(rows)
        await session.commit()


async def _seed(
    db: async_sessionmaker[AsyncSession], org: Organisation, other_org: Organisation
) -> Person:
    governance = await factories.board(db, org, kind="governance")
    advisory = Board(
        organisation_id=org.id,
        name='Advisory "quoted" — ünïcode',
        kind="advisory",
        advises_board_id=governance.id,
        description="Line one\nline two",
        notice_period_days=10,
        # No fraction: the Python path writes none either.
        created_at=datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
        updated_at=datetime(2026, 3, 2, 9, 30, 0, 450, tzinfo=UTC),
    )
    await _add(db, advisory)
    await factories.board(db, org)  # no members at all
    member = await factories.person(
        db, org, "member", lived_experience_categories=["prison", "probation"], phone="0100"
    )
    paused = await factories.person(db, org, "member", "coordinator", active=False)
    await factories.membership(db, advisory, member, role="chair")
    await _add(
        db,
        Membership(
            organisation_id=org.id,
            board_id=advisory.id,
            person_id=paused.id,
            role="member",
            status="paused",
            term_start=date(2025, 1, 1),
            term_end=date(2027, 1, 1),
        ),
    )
    await factories.membership(db, governance, member)
    elsewhere = await factories.board(db, other_org)
    await factories.membership(db, elsewhere, await factories.person(db, other_org))
    return member


async def _get(client: httpx.AsyncClient, caller: Caller, path: str, **params: str) -> Any:
    response = await client.get(f"{API}{path}", params=params, headers=caller.headers)
    assert response.status_code == 200, response.text
    return response.json()


async def _expected(client: httpx.AsyncClient, caller: Caller, board: dict[str, Any]) -> Any:
    members = await _get(client, caller, f"/boards/{board['id']}/memberships", limit="100")
    return {
        **board,
        "memberships": [
            {**m, "person": await _get(client, caller, f"/people/{m['personId']}")}
            for m in members["items"]
        ],
    }


@pytest.mark.parametrize("who", ["coordinator", "member", "partner"])
async def test_the_compiled_tree_matches_the_python_path(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    other_org: Organisation,
    coordinator: Caller,
    who: str,
) -> None:
    member = await _seed(db, org, other_org)
    caller = {
        "coordinator": coordinator,
        "member": factories.token_for(app, member),
        "partner": factories.token_for(
            app, await factories.api_client(db, org, ["boards:read", "people:read"])
        ),
    }[who]
    tree: list[Any] = []
    plain: list[Any] = []
    cursors: list[str | None] = [None, None]
    while True:
        params = {"limit": "2"} | ({"cursor": cursors[0]} if cursors[0] else {})
        page = await _get(client, caller, "/boards", expand="memberships", **params)
        flat = await _get(client, caller, "/boards", **params)
        assert page["nextCursor"] == flat["nextCursor"]
        tree += page["items"]
        plain += flat["items"]
        cursors = [page["nextCursor"], None]
        if page["nextCursor"] is None:
            break
    assert len(tree) == 3  # the other organisation's board is not there
    assert tree == [await _expected(client, caller, board) for board in plain]
    people = {m["person"]["id"]: m["person"] for b in tree for m in b["memberships"]}
    sees_private = {pid for pid, p in people.items() if "email" in p}
    assert (
        sees_private
        == {
            "coordinator": set(people),
            "member": {str(member.id)},
            "partner": set(),
        }[who]
    )
