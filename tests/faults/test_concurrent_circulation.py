"""Many circulations of one meeting at once: one wins whole, the rest are told 409.

The requests go through the real app together (``asyncio.gather``), each with its own
session and connection, so on PostgreSQL they really overlap in the database.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import Circulation, CirculationPaper
from tests.api.helpers import problem
from tests.api.papers_setup import (
    API,
    Setup,
    circulate,
    events,
    paper,
    recipients,
    seat_holder,
    setup,
)
from tests.graphql.helpers import gql

RACERS = 8
CIRCULATE = """mutation($meeting: UUID!, $papers: [UUID!]) {
  circulatePapers(meetingId: $meeting, paperIds: $papers) { id recipientCount } }"""


async def _meeting_with_papers(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> tuple[Setup, list[str], set[str]]:
    s = await setup(db, app, size=3)
    holder = await seat_holder(db, s.org, s.meeting)
    ids = [(await paper(client, s.coordinator, s.meeting.id))["id"] for _ in range(2)]
    return s, ids, {str(m.id) for m in s.members} | {str(holder.id)}


async def _count(db: async_sessionmaker[AsyncSession], model: type[Any]) -> int:
    async with db() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def _assert_circulated_once(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    s: Setup,
    ids: list[str],
    everyone: set[str],
) -> None:
    history = await client.get(
        f"{API}/meetings/{s.meeting.id}/circulations", headers=s.coordinator.headers
    )
    [only] = history.json()["items"]
    assert only["recipientCount"] == len(everyone)
    assert sorted(p["paperId"] for p in only["papers"]) == sorted(ids)
    assert await _count(db, Circulation) == 1
    assert await _count(db, CirculationPaper) == len(ids)
    assert sorted(e["paperId"] for e in await events(db, "paper.circulated")) == sorted(ids)
    for paper_id in ids:
        got = await client.get(f"{API}/papers/{paper_id}", headers=s.coordinator.headers)
        who = await recipients(client, s.coordinator, paper_id)
        assert set(who) == everyone
        # The paper's circulation time (the on-time report's input) is the winner's, the
        # moment its recipients got it, not a loser's written over it.
        assert {r["circulatedAt"] for r in who.values()} == {got.json()["circulatedAt"]}


@pytest.mark.parametrize("named", [False, True], ids=["ready-papers", "named-papers"])
async def test_concurrent_circulations_make_one_and_the_rest_are_409(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], named: bool
) -> None:
    s, ids, everyone = await _meeting_with_papers(client, app, db)
    body = {"paperIds": ids} if named else {}

    answers = await asyncio.gather(
        *(circulate(client, s.coordinator, s.meeting.id, **body) for _ in range(RACERS))
    )

    statuses = sorted(r.status_code for r in answers)
    assert statuses == [201] + [409] * (RACERS - 1), [r.text for r in answers]
    for lost in (r for r in answers if r.status_code == 409):
        assert "already" in problem(lost, 409, "conflict")["detail"]
    await _assert_circulated_once(client, db, s, ids, everyone)

    # A repeat after the fact is the same duplicate, and gets the same answer.
    late_repeat = await circulate(client, s.coordinator, s.meeting.id, **body)
    problem(late_repeat, 409, "conflict")
    await _assert_circulated_once(client, db, s, ids, everyone)


async def test_rest_and_graphql_racing_make_one_circulation(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s, ids, everyone = await _meeting_with_papers(client, app, db)
    variables = {"meeting": str(s.meeting.id), "papers": ids}
    half = RACERS // 2

    answers = await asyncio.gather(
        *(circulate(client, s.coordinator, s.meeting.id, paperIds=ids) for _ in range(half)),
        *(gql(client, s.coordinator, CIRCULATE, variables) for _ in range(half)),
    )

    rest = [r for r in answers if isinstance(r, httpx.Response)]
    graphql = [r for r in answers if isinstance(r, dict)]
    assert all(r.status_code in (201, 409) for r in rest), [r.text for r in rest]
    codes = [e["extensions"]["code"] for g in graphql for e in g.get("errors", [])]
    assert set(codes) <= {"CONFLICT"}, graphql
    won = [r for r in rest if r.status_code == 201] + [g for g in graphql if g.get("data")]
    assert len(won) == 1, answers
    await _assert_circulated_once(client, db, s, ids, everyone)
