"""The overdue sweep: one `recommendation.overdue` per recommendation, whoever runs it."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.engine import make_sessionmaker
from app.db.models import Recommendation
from app.db.types import utcnow
from app.domain.recommendations import overdue
from app.domain.recommendations.overdue import sweep_overdue
from app.integrations.scheduler import Scheduler, start_scheduler
from app.settings import Settings
from tests.api.recommendations_setup import (
    API,
    events,
    respond,
    stored,
    submitted,
    team,
)


def _after_due(days: int = 29) -> datetime:
    """A moment after a response due today+28 has passed."""
    return utcnow() + timedelta(days=days)


async def test_overdue_is_announced_once_and_a_second_sweep_adds_nothing(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    late = await submitted(client, t)
    answered = await submitted(client, t)
    assert (await respond(client, t, answered)).status_code == 200
    draft_only = (
        await client.post(
            f"{API}/boards/{t.advisory.id}/recommendations",
            json={"title": "Draft", "body": "B"},
            headers=t.member.headers,
        )
    ).json()["id"]

    assert await sweep_overdue(db, utcnow()) == 0  # nothing is due yet
    assert await sweep_overdue(db, _after_due()) == 1
    assert await sweep_overdue(db, _after_due()) == 0
    assert await sweep_overdue(db, _after_due(60)) == 0
    announced = await events(db, "recommendation.overdue")
    assert [e["recommendationId"] for e in announced] == [late]
    assert announced[0]["boardId"] == str(t.advisory.id)
    assert announced[0]["addressedToBoardId"] == str(t.governance.id)
    assert str(t.member_person.id) not in str(announced)
    assert draft_only not in str(announced)


async def test_the_last_day_is_not_yet_overdue(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    await submitted(client, t)
    due_day = utcnow() + timedelta(days=28)
    last_moment = datetime.combine(due_day.date(), datetime.max.time(), UTC)
    assert await sweep_overdue(db, last_moment) == 0
    assert await sweep_overdue(db, last_moment + timedelta(microseconds=1)) == 1


async def test_responded_before_due_is_never_overdue(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await submitted(client, t)
    refusal = {"decision": "not_accepted", "reasons": "Out of scope"}
    assert (await respond(client, t, rid, refusal)).status_code == 200
    assert await sweep_overdue(db, _after_due(400)) == 0
    assert await events(db, "recommendation.overdue") == []
    overdue = await client.get(
        f"{API}/boards/{t.advisory.id}/recommendations",
        params={"overdue": "true"},
        headers=t.reader.headers,
    )
    assert overdue.json()["items"] == []


@pytest.mark.parametrize(("recommendations", "sweeps"), [(1, 2), (3, 4)])
async def test_concurrent_sweeps_emit_one_event_per_recommendation_in_total(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    engine: AsyncEngine,
    recommendations: int,
    sweeps: int,
) -> None:
    t = await team(db, app)
    ids = {await submitted(client, t) for _ in range(recommendations)}
    moment = _after_due()
    # Separate sessions, as separate processes would have.
    makers = [make_sessionmaker(engine) for _ in range(sweeps)]
    counts = await asyncio.gather(*(sweep_overdue(m, moment) for m in makers))
    assert sum(counts) == recommendations, counts
    announced = await events(db, "recommendation.overdue")
    assert sorted(e["recommendationId"] for e in announced) == sorted(ids)


async def test_a_resubmitted_deferral_gets_a_new_period_and_notice(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await submitted(client, t)
    assert await sweep_overdue(db, _after_due()) == 1
    revisit = (utcnow().date() + timedelta(days=7)).isoformat()
    deferral = {"decision": "deferred", "reasons": "Budget", "revisitOn": revisit}
    assert (await respond(client, t, rid, deferral)).status_code == 200
    assert await sweep_overdue(db, _after_due()) == 0
    resent = await client.post(f"{API}/recommendations/{rid}/submit", headers=t.chair.headers)
    assert resent.status_code == 200, resent.text
    assert await sweep_overdue(db, _after_due()) == 1
    assert len(await events(db, "recommendation.overdue")) == 2


async def test_the_sweep_claims_in_batches(
    db: async_sessionmaker[AsyncSession],
    client: httpx.AsyncClient,
    app: FastAPI,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(overdue, "BATCH", 2)
    t = await team(db, app)
    for _ in range(5):
        await submitted(client, t)
    assert await sweep_overdue(db, _after_due()) == 5
    async with db() as session:
        rows = list(await session.scalars(select(Recommendation)))
    assert all(r.overdue_notified_at is not None for r in rows)


async def test_the_scheduler_runs_the_sweep_and_stops_cleanly(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    calls: list[int] = []
    ran = asyncio.Event()

    async def job() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a failed run must not end the loop")
        ran.set()

    scheduler = Scheduler(0.01, [("job", job)])
    scheduler.start()
    await asyncio.wait_for(ran.wait(), 5)
    await scheduler.stop()
    assert not scheduler.running
    assert len(calls) >= 2

    off = start_scheduler(Settings(scheduler_interval_seconds=0), db)
    assert not off.running
    await off.stop()

    t = await team(db, app)
    rid = await submitted(client, t)
    async with db() as session:
        await session.execute(
            update(Recommendation)
            .where(col(Recommendation.id) == uuid.UUID(rid))
            .values(response_due_on=utcnow().date() - timedelta(days=1))
        )
        await session.commit()
    real = start_scheduler(Settings(scheduler_interval_seconds=3600), db)
    assert real.running
    for _ in range(100):  # the first run is straight away, not after an interval
        if await events(db, "recommendation.overdue"):
            break
        await asyncio.sleep(0.05)
    await real.stop()
    assert [e["recommendationId"] for e in await events(db, "recommendation.overdue")] == [rid]


async def test_overdue_lists_only_those_awaiting_after_their_due_date(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    now = utcnow()
    late = await stored(
        db, t, submitted_at=now - timedelta(days=40), due_on=now.date() - timedelta(days=1)
    )
    due_today = await stored(db, t, submitted_at=now - timedelta(days=28), due_on=now.date())
    answered = await stored(
        db,
        t,
        submitted_at=now - timedelta(days=40),
        due_on=now.date() - timedelta(days=1),
        status="responded",
        responses=[("accepted", now - timedelta(days=30))],
    )
    path = f"{API}/boards/{t.advisory.id}/recommendations"
    overdue = (await client.get(path, params={"overdue": "true"}, headers=t.reader.headers)).json()
    assert [r["id"] for r in overdue["items"]] == [str(late)]
    assert overdue["items"][0]["overdue"] is True
    rest = (await client.get(path, params={"overdue": "false"}, headers=t.member.headers)).json()
    assert {r["id"] for r in rest["items"]} == {str(due_today), str(answered)}
    assert not any(r["overdue"] for r in rest["items"])
