"""Circulating papers tells each recipient once, by name of board, meeting and paper."""

from __future__ import annotations

from collections import Counter

import httpx
from fastapi import FastAPI
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from app.db.models import Board, Person
from tests.api.notices_setup import people, queued
from tests.api.papers_setup import API, PDF, circulate, paper, seat_holder, setup


async def test_each_recipient_is_told_once_of_the_papers_and_the_sender_is_not(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=3)
    gone = s.members[2]
    async with db() as session:
        await session.execute(update(Person).where(col(Person.id) == gone.id).values(active=False))
        await session.commit()
    holder = await seat_holder(db, s.org, s.meeting)
    await paper(client, s.coordinator, s.meeting.id, title="Budget 2027")
    await paper(client, s.coordinator, s.meeting.id, title="Waiting times")
    response = await circulate(client, s.coordinator, s.meeting.id)
    assert response.status_code == 201, response.text

    messages = await queued(db)
    # Two papers, one message each: the active members and the seat holder; not the paused
    # member, not the deactivated one, not the coordinator who sent them.
    assert people(messages) == Counter({s.members[0].id: 1, s.members[1].id: 1, holder.id: 1})
    message = next(m for m in messages if m.person_id == s.members[0].id)
    assert message.template == "papers_circulated"
    assert message.subject.startswith("Papers for Next month (Lived Experience Team) on ")
    assert message.body is not None
    assert "- Budget 2027\n- Waiting times" in message.body
    assert "Hello Member 0," in message.body
    assert str(s.meeting.id) not in message.body  # named by name and date, not an id
    assert message.text_body is not None
    assert "Budget" not in message.text_body
    assert "Lived Experience Team" in message.text_body

    # A paper added later goes only to those new to it... which is everyone for it, but
    # the first two are not announced again.
    await paper(client, s.coordinator, s.meeting.id, title="Appendix")
    again = await circulate(client, s.coordinator, s.meeting.id)
    assert again.status_code == 201, again.text
    later = [m for m in await queued(db) if m.id not in {x.id for x in messages}]
    assert people(later) == Counter({s.members[0].id: 1, s.members[1].id: 1, holder.id: 1})
    assert all(m.body and "Appendix" in m.body and "Budget" not in m.body for m in later)


async def test_a_late_circulation_says_so_and_why(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    await paper(client, s.coordinator, s.soon.id)
    reason = "The finance figures came in on Friday."
    response = await circulate(client, s.coordinator, s.soon.id, lateReason=reason)
    assert response.status_code == 201, response.text
    (message,) = await queued(db)
    assert message.template == "papers_circulated_late"
    assert message.body is not None
    assert reason in message.body
    assert message.text_body is not None
    assert reason not in message.text_body


async def test_a_new_version_tells_those_who_had_the_paper(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=2)
    body = await paper(client, s.coordinator, s.meeting.id, title="Budget 2027")
    await circulate(client, s.coordinator, s.meeting.id)
    revised = await client.post(
        f"{API}/papers/{body['id']}/versions",
        data={"changeNote": "Added the appendix"},
        files={"file": ("p.pdf", PDF + b"% appendix\n")},
        headers=s.coordinator.headers,
    )
    assert revised.status_code == 201, revised.text
    told = await queued(db, "paper_new_version")
    assert people(told) == Counter({m.id: 1 for m in s.members})
    assert all(m.body and "- Budget 2027" in m.body for m in told)


async def test_a_board_that_asks_for_easy_read_gets_it(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    current = await client.get(f"{API}/boards/{s.board.id}", headers=s.coordinator.headers)
    assert current.json()["easyReadNotifications"] is False
    changed = await client.patch(
        f"{API}/boards/{s.board.id}",
        json={"easyReadNotifications": True},
        headers={**s.coordinator.headers, "If-Match": current.headers["ETag"]},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["easyReadNotifications"] is True
    async with db() as session:
        assert (await session.get_one(Board, s.board.id)).easy_read_notifications
    await paper(client, s.coordinator, s.meeting.id, title="Budget 2027")
    await circulate(client, s.coordinator, s.meeting.id)
    (message,) = await queued(db)
    assert message.subject.startswith("Papers to read for Next month on ")
    assert message.body is not None
    assert "What to do next:" in message.body


async def test_easy_read_cannot_be_set_to_null(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=0)
    current = await client.get(f"{API}/boards/{s.board.id}", headers=s.coordinator.headers)
    refused = await client.patch(
        f"{API}/boards/{s.board.id}",
        json={"easyReadNotifications": None},
        headers={**s.coordinator.headers, "If-Match": current.headers["ETag"]},
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["pointer"] == "/easyReadNotifications"
