"""Circulating to many people costs the same statements as circulating to a few, the
messages that tell each of them included."""

from __future__ import annotations

import uuid
from datetime import date

import httpx
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import Membership, OutboxEvent, OutgoingMessage, PaperRecipient, Person
from tests.api.papers_setup import circulate, paper, setup
from tests.support import StatementCounter


async def _statements_to_circulate(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
    papers: int,
    people: int,
) -> int:
    s = await setup(db, app, size=0)
    async with db() as session:
        crowd = [
            Person(
                organisation_id=s.org.id,
                email=f"{uuid.uuid4().hex}@example.org",
                display_name=f"Member {i}",
                roles=["member"],
            )
            for i in range(people)
        ]
        session.add_all(crowd)
        await session.flush()
        session.add_all(
            Membership(
                organisation_id=s.org.id,
                board_id=s.board.id,
                person_id=p.id,
                term_start=date(2026, 1, 1),
            )
            for p in crowd
        )
        await session.commit()
    for _ in range(papers):
        await paper(client, s.coordinator, s.meeting.id)
    statements.reset()
    response = await circulate(client, s.coordinator, s.meeting.id)
    count = statements.count
    assert response.status_code == 201, response.text
    assert response.json()["newRecipientCount"] == papers * people
    async with db() as session:
        sent = await session.scalar(
            select(func.count()).where(PaperRecipient.organisation_id == s.org.id)
        )
        told = await session.scalar(
            select(func.count()).where(OutboxEvent.organisation_id == s.org.id)
        )
        messages = await session.scalar(
            select(func.count()).where(OutgoingMessage.organisation_id == s.org.id)
        )
    assert sent == papers * people
    assert told == papers  # one event per paper, never one per recipient
    # One message per person naming every paper, written in the same statements.
    assert messages == people
    return count


async def test_circulation_statements_do_not_grow_with_papers_or_recipients(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    small = await _statements_to_circulate(client, app, db, statements, papers=1, people=5)
    large = await _statements_to_circulate(client, app, db, statements, papers=5, people=500)
    assert large == small, statements.statements
