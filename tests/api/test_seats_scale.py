"""Rotas at scale: constant SQL, and one consistent rota under real concurrency."""

from __future__ import annotations

import asyncio
from datetime import date

import httpx
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import SeatAssignment, TrainingRecord, Unavailability
from tests.api.seat_setup import meetings, team
from tests.support import StatementCounter

API = "/api/v1"


async def _statements_for_rota(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
    pool: int,
    count: int,
) -> int:
    t = await team(db, app, size=pool)
    for person in t.members[: pool // 2]:
        async with db() as session:
            session.add(
                TrainingRecord(
                    organisation_id=t.org.id,
                    person_id=person.id,
                    training_type="governance",
                    completed_on=date(2025, 1, 1),
                )
            )
            session.add(
                Unavailability(
                    organisation_id=t.org.id,
                    person_id=person.id,
                    starts_on=date(2030, 1, 1),
                    ends_on=date(2030, 1, 2),
                )
            )
            await session.commit()
    seat = (
        await client.post(
            f"{API}/boards/{t.advisory.id}/seats",
            json={"name": "Seat", "kind": "rotating"},
            headers=t.coordinator.headers,
        )
    ).json()["id"]
    await meetings(db, t.governance, count, topics={0: ["housing"]})
    statements.reset()
    response = await client.post(
        f"{API}/seats/{seat}/rota", json={"count": count}, headers=t.coordinator.headers
    )
    assert response.status_code == 200, response.text
    assert sum(p["personId"] is not None for p in response.json()["planned"]) == count
    return statements.count


async def test_rota_statement_count_does_not_grow_with_meetings_or_pool(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    small = await _statements_for_rota(client, app, db, statements, pool=5, count=4)
    large = await _statements_for_rota(client, app, db, statements, pool=50, count=52)
    assert large == small, statements.statements


async def test_two_concurrent_rota_requests_leave_one_consistent_rota(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=5)
    seat = (
        await client.post(
            f"{API}/boards/{t.advisory.id}/seats",
            json={"name": "Seat", "kind": "rotating"},
            headers=t.coordinator.headers,
        )
    ).json()["id"]
    await meetings(db, t.governance, 12)

    async def run() -> httpx.Response:
        return await client.post(
            f"{API}/seats/{seat}/rota", json={"count": 12}, headers=t.coordinator.headers
        )

    first, second = await asyncio.gather(run(), run())
    assert first.status_code == second.status_code == 200, (first.text, second.text)
    made = len(first.json()["planned"]) + len(second.json()["planned"])
    assert made == 12  # one run assigned everything; the other found nothing left to do
    async with db() as session:
        rows = list(await session.scalars(select(SeatAssignment)))
        per_meeting = await session.scalar(
            select(func.count(func.distinct(SeatAssignment.meeting_id)))
        )
    assert len(rows) == 12
    assert per_meeting == 12
    turns: dict[object, int] = {}
    for row in rows:
        turns[row.person_id] = turns.get(row.person_id, 0) + 1
    assert max(turns.values()) - min(turns.values()) <= 1


async def _statements_for_decline(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
    pool: int,
    count: int,
) -> int:
    t = await team(db, app, size=pool)
    seat = (
        await client.post(
            f"{API}/boards/{t.advisory.id}/seats",
            json={"name": "Seat", "kind": "rotating"},
            headers=t.coordinator.headers,
        )
    ).json()["id"]
    await meetings(db, t.governance, count)
    planned = (
        await client.post(
            f"{API}/seats/{seat}/rota", json={"count": count}, headers=t.coordinator.headers
        )
    ).json()["planned"]
    statements.reset()
    response = await client.post(
        f"{API}/assignments/{planned[0]['assignmentId']}/decline",
        json={},
        headers=t.coordinator.headers,
    )
    assert response.status_code == 200, response.text
    return statements.count


async def test_a_decline_rebalances_in_the_same_statements_however_long_the_rota(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    small = await _statements_for_decline(client, app, db, statements, pool=3, count=4)
    large = await _statements_for_decline(client, app, db, statements, pool=30, count=40)
    assert large == small, statements.statements


async def _statements_for_leaving(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
    pool: int,
    count: int,
) -> int:
    t = await team(db, app, size=pool)
    seat = (
        await client.post(
            f"{API}/boards/{t.advisory.id}/seats",
            json={"name": "Seat", "kind": "rotating"},
            headers=t.coordinator.headers,
        )
    ).json()["id"]
    await meetings(db, t.governance, count)
    await client.post(
        f"{API}/seats/{seat}/rota", json={"count": count}, headers=t.coordinator.headers
    )
    staff = t.coordinator.headers
    rows = (await client.get(f"{API}/boards/{t.advisory.id}/memberships", headers=staff)).json()
    row = next(m for m in rows["items"] if m["personId"] == str(t.members[0].id))
    etag = (await client.get(f"{API}/memberships/{row['id']}", headers=staff)).headers["etag"]
    statements.reset()
    response = await client.patch(
        f"{API}/memberships/{row['id']}",
        json={"status": "left"},
        headers={**staff, "If-Match": etag},
    )
    assert response.status_code == 200, response.text
    return statements.count


async def test_leaving_hands_on_in_the_same_statements_however_many_meetings(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    # The leaver holds 2 of 6 meetings, then 4 of 40: the same statements either way.
    small = await _statements_for_leaving(client, app, db, statements, pool=3, count=6)
    large = await _statements_for_leaving(client, app, db, statements, pool=10, count=40)
    assert large == small, statements.statements
