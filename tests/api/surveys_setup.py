"""A board with members, a coordinator and an outsider, and a survey to put to it."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from app.db.models import Organisation
from tests.api.polls_setup import API, Group, group
from tests.factories import Caller

QUESTIONS = [
    {"kind": "scale", "prompt": "Do you feel listened to?"},
    {"kind": "choice", "prompt": "Best time to meet", "options": ["Morning", "Afternoon"]},
    {"kind": "text", "prompt": "Anything else?"},
]


async def board_group(
    db: async_sessionmaker[AsyncSession], app: FastAPI, size: int = 3, threshold: int = 2
) -> Group:
    g = await group(db, app, size=size)
    async with db() as session:
        await session.execute(
            update(Organisation)
            .where(col(Organisation.id) == g.org.id)
            .values(small_count_threshold=threshold)
        )
        await session.commit()
    return g


async def open_survey(
    client: httpx.AsyncClient, g: Group, *, anonymous: bool = True
) -> dict[str, Any]:
    body = {"title": "Quarterly check", "anonymous": anonymous, "questions": QUESTIONS}
    created = await client.post(
        f"{API}/boards/{g.board.id}/surveys", json=body, headers=g.coordinator.headers
    )
    assert created.status_code == 201, created.text
    survey: dict[str, Any] = created.json()
    assert created.headers["Location"] == f"/api/v1/surveys/{survey['id']}"
    opened = await client.post(f"{API}/surveys/{survey['id']}/open", headers=g.coordinator.headers)
    assert opened.status_code == 200, opened.text
    result: dict[str, Any] = opened.json()
    return result


def answers(
    survey: dict[str, Any], scale: int | None, option: int | None, text: str | None
) -> dict[str, Any]:
    scale_q, choice_q, text_q = (q["id"] for q in survey["questions"])
    given = []
    if scale is not None:
        given.append({"questionId": scale_q, "scale": scale})
    if option is not None:
        given.append({"questionId": choice_q, "option": option})
    if text is not None:
        given.append({"questionId": text_q, "text": text})
    return {"answers": given}


async def respond(
    client: httpx.AsyncClient, survey: dict[str, Any], who: Caller, body: dict[str, Any]
) -> httpx.Response:
    return await client.post(
        f"{API}/surveys/{survey['id']}/responses", json=body, headers=who.headers
    )
