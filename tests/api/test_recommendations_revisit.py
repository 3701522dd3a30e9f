"""A deferred recommendation's revisit date: a reminder to the board's coordinators and a
`recommendation.revisit_due` event when it arrives, once per recommendation per date,
however many sweeps run."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.engine import make_sessionmaker
from app.db.models import OutgoingMessage
from app.db.types import utcnow
from app.domain.recommendations import revisit
from app.domain.recommendations.revisit import sweep_revisits
from app.integrations.scheduler import start_scheduler
from app.settings import Settings
from tests import factories
from tests.api.recommendations_setup import API, Team, events, respond, submitted, team


def _deferral(days: int) -> dict[str, str]:
    on = utcnow().date() + timedelta(days=days)
    return {"decision": "deferred", "reasons": "No budget this year", "revisitOn": on.isoformat()}


async def _deferred(client: httpx.AsyncClient, t: Team, days: int = 7) -> str:
    rid = await submitted(client, t)
    assert (await respond(client, t, rid, _deferral(days))).status_code == 200
    return rid


async def _reminded(db: async_sessionmaker[AsyncSession]) -> list[tuple[uuid.UUID, str]]:
    async with db() as session:
        rows = await session.scalars(
            select(OutgoingMessage)
            .where(OutgoingMessage.template == "revisit_due")
            .order_by(col(OutgoingMessage.id))
        )
        return [(m.person_id, m.body or "") for m in rows]


async def test_the_revisit_date_reminds_the_coordinators_once(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await _deferred(client, t, days=7)
    later = await _deferred(client, t, days=30)
    accepted = await submitted(client, t)
    assert (await respond(client, t, accepted)).status_code == 200
    other_org = await factories.organisation(db, "Elsewhere")
    await factories.person(db, other_org, "coordinator")
    await factories.person(db, t.org, "coordinator", active=False)

    assert await sweep_revisits(db, utcnow() + timedelta(days=6)) == 0  # not yet
    assert await sweep_revisits(db, utcnow() + timedelta(days=7)) == 1  # the day itself
    assert await sweep_revisits(db, utcnow() + timedelta(days=8)) == 0  # once only

    (event,) = await events(db, "recommendation.revisit_due")
    assert event["recommendationId"] == rid
    assert (event["boardId"], event["addressedToBoardId"]) == (
        str(t.advisory.id),
        str(t.governance.id),
    )
    assert event["revisitOn"] == _deferral(7)["revisitOn"]
    assert "No budget" not in str(event)
    # No coordinator sits on the board: every active coordinator of the organisation hears.
    reminded = await _reminded(db)
    assert [person for person, _ in reminded] == [t.coordinator.id]
    assert rid in reminded[0][1]
    assert _deferral(7)["revisitOn"] in reminded[0][1]
    assert "Lived Experience Team" in reminded[0][1]

    assert await sweep_revisits(db, utcnow() + timedelta(days=31)) == 1
    assert [e["recommendationId"] for e in await events(db, "recommendation.revisit_due")] == [
        rid,
        later,
    ]


async def test_a_coordinator_on_the_board_is_the_one_reminded(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    sitting = await factories.person(db, t.org, "coordinator")
    await factories.membership(db, t.advisory, sitting)
    await _deferred(client, t)
    assert await sweep_revisits(db, utcnow() + timedelta(days=7)) == 1
    assert [person for person, _ in await _reminded(db)] == [sitting.id]


async def test_a_new_deferral_date_is_reminded_afresh_and_a_resubmission_is_not(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await _deferred(client, t, days=7)
    resubmitted = await _deferred(client, t, days=7)
    resent = await client.post(
        f"{API}/recommendations/{resubmitted}/submit", headers=t.chair.headers
    )
    assert resent.status_code == 200, resent.text
    assert await sweep_revisits(db, utcnow() + timedelta(days=7)) == 1

    # Resubmitted and deferred again, to a later date: a new reminder when that comes.
    again = await client.post(f"{API}/recommendations/{rid}/submit", headers=t.chair.headers)
    assert again.status_code == 200, again.text
    assert (await respond(client, t, rid, _deferral(20))).status_code == 200
    assert await sweep_revisits(db, utcnow() + timedelta(days=19)) == 0
    assert await sweep_revisits(db, utcnow() + timedelta(days=20)) == 1
    announced = await events(db, "recommendation.revisit_due")
    assert [(e["recommendationId"], e["revisitOn"]) for e in announced] == [
        (rid, _deferral(7)["revisitOn"]),
        (rid, _deferral(20)["revisitOn"]),
    ]
    assert len(await _reminded(db)) == 2


@pytest.mark.parametrize(("recommendations", "sweeps"), [(1, 2), (3, 4)])
async def test_concurrent_sweeps_remind_once_per_recommendation_in_total(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    engine: AsyncEngine,
    recommendations: int,
    sweeps: int,
) -> None:
    t = await team(db, app)
    ids = {await _deferred(client, t) for _ in range(recommendations)}
    moment = utcnow() + timedelta(days=7)
    makers = [make_sessionmaker(engine) for _ in range(sweeps)]
    counts = await asyncio.gather(*(sweep_revisits(m, moment) for m in makers))
    assert sum(counts) == recommendations, counts
    announced = await events(db, "recommendation.revisit_due")
    assert sorted(e["recommendationId"] for e in announced) == sorted(ids)
    assert len(await _reminded(db)) == recommendations


async def test_the_sweep_claims_in_batches_and_runs_from_the_scheduler(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(revisit, "BATCH", 2)
    t = await team(db, app)
    for _ in range(5):
        await _deferred(client, t)
    assert await sweep_revisits(db, utcnow() + timedelta(days=7)) == 5

    due_today = await _deferred(client, t, days=0)
    scheduler = start_scheduler(Settings(scheduler_interval_seconds=3600), db)
    try:
        for _ in range(100):  # the first run is straight away, not after an interval
            if len(await events(db, "recommendation.revisit_due")) == 6:
                break
            await asyncio.sleep(0.05)
    finally:
        await scheduler.stop()
    announced = await events(db, "recommendation.revisit_due")
    assert announced[-1]["recommendationId"] == due_today
