"""Many lifecycle steps on one meeting at once: they queue on the meeting row, so the
meeting ends in one state reached by allowed steps, announced once, its seat released
once, and every loser is told 409, never a 500.

The requests go through the real app together (``asyncio.gather``), each with its own
session and connection, so on PostgreSQL they really overlap in the database.
"""

from __future__ import annotations

import asyncio

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import SeatAssignment
from tests.api.papers_setup import API, events, seat_holder, setup

RACERS = 4


async def test_concurrent_cancels_and_postponements_end_cancelled_once(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    await seat_holder(db, s.org, s.meeting)
    path = f"{API}/meetings/{s.meeting.id}"

    answers = await asyncio.gather(
        *(
            client.post(f"{path}/{step}", headers=s.coordinator.headers)
            for _ in range(RACERS)
            for step in ("postpone", "cancel")
        )
    )

    assert {r.status_code for r in answers} <= {200, 409}, [r.text for r in answers]
    for lost in (r for r in answers if r.status_code == 409):
        assert lost.json()["allowed"] == []  # only a cancelled meeting refuses both
    final = await client.get(path, headers=s.coordinator.headers)
    assert final.json()["status"] == "cancelled"
    assert len(await events(db, "meeting.cancelled")) == 1
    assert len(await events(db, "meeting.postponed")) <= 1
    assert len(await events(db, "seat.released")) == 1
    async with db() as session:
        statuses = await session.scalars(
            select(SeatAssignment.status).where(col(SeatAssignment.meeting_id) == s.meeting.id)
        )
        assert list(statuses) == ["released"]
