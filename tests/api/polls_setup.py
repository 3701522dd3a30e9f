"""A board with its chair, members and an outsider, for the poll tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Board, Organisation
from tests import factories
from tests.factories import Caller

API = "/api/v1"


@dataclass
class Group:
    org: Organisation
    board: Board
    chair: Caller
    members: list[Caller]
    outsider: Caller  # of the organisation, not on the board
    coordinator: Caller


async def group(db: async_sessionmaker[AsyncSession], app: FastAPI, size: int = 3) -> Group:
    org = await factories.organisation(db)
    board = await factories.board(db, org, "advisory", "Forum")
    chair = await factories.person(db, org, name="Chair")
    await factories.membership(db, board, chair, role="chair")
    members = []
    for _ in range(size):
        person = await factories.person(db, org)
        await factories.membership(db, board, person)
        members.append(factories.token_for(app, person))
    return Group(
        org,
        board,
        factories.token_for(app, chair),
        members,
        await factories.caller(db, app, org, "member"),
        await factories.caller(db, app, org, "coordinator"),
    )


def later(days: int = 7) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat()


async def opened(
    client: httpx.AsyncClient, g: Group, kind: str = "options", **fields: Any
) -> dict[str, Any]:
    body = {"title": "Next focus of work", "kind": kind, "closesAt": later(), **fields}
    if kind != "consent":
        body.setdefault("options", ["Housing", "Health", "Work", "Family"])
    created = await client.post(
        f"{API}/boards/{g.board.id}/polls", json=body, headers=g.chair.headers
    )
    assert created.status_code == 201, created.text
    poll = created.json()
    response = await client.post(f"{API}/polls/{poll['id']}/open", headers=g.chair.headers)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


async def vote(client: httpx.AsyncClient, poll_id: str, who: Caller, **body: Any) -> httpx.Response:
    return await client.post(f"{API}/polls/{poll_id}/votes", json=body, headers=who.headers)


async def step(
    client: httpx.AsyncClient, g: Group, poll_id: str, name: str, **body: Any
) -> dict[str, Any]:
    response = await client.post(
        f"{API}/polls/{poll_id}/{name}", json=body or None, headers=g.chair.headers
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result
