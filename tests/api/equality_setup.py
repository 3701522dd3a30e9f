"""A board whose members give monitoring answers through the API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Board, Organisation
from app.domain.equality.characteristics import DEFAULTS
from tests import factories
from tests.api.helpers import API
from tests.factories import Caller

SEX = next(q.id for q in DEFAULTS if q.key == "sex")


@dataclass
class Group:
    board: Board
    coordinator: Caller
    members: list[Caller]


async def group(
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    size: int,
    advises: Board | None = None,
) -> Group:
    board = await factories.board(db, org, advises=advises)
    members: list[Caller] = []
    for _ in range(size):
        person = await factories.person(db, org)
        await factories.membership(db, board, person)
        members.append(factories.token_for(app, person))
    return Group(board, await factories.caller(db, app, org, "coordinator"), members)


async def answer(client: httpx.AsyncClient, who: Caller, **options: Any) -> httpx.Response:
    """PUT the caller's answers, given as ``answers=[(question_id, option), ...]``."""
    pairs = options["answers"]
    body = {"answers": [{"questionId": str(q), "option": o} for q, o in pairs]}
    return await client.put(f"{API}/me/equality-answers", json=body, headers=who.headers)


def row(report: dict[str, Any], key: str) -> dict[str, Any]:
    """One question's counts: option key to count, plus notAnswered."""
    (found,) = [q for q in report["questions"] if q["key"] == key]
    return {**{c["option"]: c["count"] for c in found["cells"]}, "-": found["notAnswered"]}
