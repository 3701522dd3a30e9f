"""Membership terms: renewals and stand-downs, alerts before a term ends, freshness."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import AuditEvent, Board, Membership, OutgoingMessage, Person
from app.db.types import utcnow
from app.domain.terms.alerts import sweep_term_alerts
from app.domain.terms.freshness import measure
from tests import factories
from tests.api.helpers import problem
from tests.api.polls_setup import API, group
from tests.api.recommendations_setup import events


async def _membership(
    db: async_sessionmaker[AsyncSession], board: Board, who: Person, start: date, end: date | None
) -> Membership:
    async with db() as session:
        row = Membership(
            organisation_id=board.organisation_id,
            board_id=board.id,
            person_id=who.id,
            term_start=start,
            term_end=end,
        )
        session.add(row)
        await session.commit()
        return row


async def test_renewal_and_standing_down_keep_their_reasons_out_of_audit_and_events(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await group(db, app, size=2)
    today = utcnow().date()
    person = await factories.person(db, g.org)
    own = await _membership(db, g.board, person, date(2026, 1, 1), today + timedelta(days=20))
    member = factories.token_for(app, person)
    url = f"{API}/memberships/{own.id}"
    body = {"termEnd": (today + timedelta(days=400)).isoformat(), "reason": "Wants to stay"}
    problem(await client.post(f"{url}/renewal", json=body, headers=member.headers), 403)
    past = {"termEnd": today.isoformat(), "reason": "x"}
    problem(await client.post(f"{url}/renewal", json=past, headers=g.coordinator.headers), 422)
    renewed = await client.post(f"{url}/renewal", json=body, headers=g.coordinator.headers)
    assert renewed.json()["termEnd"] == body["termEnd"]
    # The member stands down themself, with a reason only they and coordinators read.
    down = await client.post(
        f"{url}/stand-down", json={"reason": "Back in hospital"}, headers=member.headers
    )
    assert (down.json()["status"], down.json()["termEnd"]) == ("left", today.isoformat())
    changes = await client.get(f"{url}/term-changes", headers=member.headers)
    assert [(c["kind"], c["reason"]) for c in changes.json()] == [
        ("renewed", "Wants to stay"),
        ("stood_down", "Back in hospital"),
    ]
    problem(await client.get(f"{url}/term-changes", headers=g.members[0].headers), 403)
    (renewal,) = await events(db, "membership.renewed")
    (stood,) = await events(db, "membership.stood_down")
    assert (renewal["termEnd"], stood["status"]) == (body["termEnd"], "left")
    async with db() as session:
        audits = list(
            await session.scalars(select(AuditEvent).where(AuditEvent.entity_id == own.id))
        )
    assert sorted(a.changed_fields for a in audits) == [["status", "term_end"], ["term_end"]]
    assert "hospital" not in str([*renewal.values(), *stood.values()])


async def test_each_term_end_is_announced_once_and_a_renewed_one_again(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await group(db, app, size=0)
    today = utcnow().date()
    soon_person = await factories.person(db, g.org, name="Soon")
    later_person = await factories.person(db, g.org, name="Later")
    soon = await _membership(db, g.board, soon_person, date(2026, 1, 1), today + timedelta(30))
    await _membership(db, g.board, later_person, date(2026, 1, 1), today + timedelta(90))
    sessions = app.state.chorus.sessionmaker
    assert await sweep_term_alerts(sessions) == 1  # 30 days is inside the 60 by default
    assert await sweep_term_alerts(sessions) == 0
    # The board warns earlier: the later term is announced now.
    put = await client.put(
        f"{API}/boards/{g.board.id}/term-settings",
        json={"alertDays": 120},
        headers=g.coordinator.headers,
    )
    assert put.json() == {"boardId": str(g.board.id), "alertDays": 120, "freshnessYears": 2}
    assert await sweep_term_alerts(sessions) == 1
    renewal = {"termEnd": (today + timedelta(100)).isoformat(), "reason": "Stays"}
    await client.post(
        f"{API}/memberships/{soon.id}/renewal", json=renewal, headers=g.coordinator.headers
    )
    assert await sweep_term_alerts(sessions) == 1
    async with db() as session:
        messages = list(
            await session.scalars(
                select(OutgoingMessage).where(OutgoingMessage.template == "term_ending")
            )
        )
    assert sorted(m.person_id == soon_person.id for m in messages) == [False, True, True]
    alerts = await events(db, "membership.term_ending")
    assert [a["membershipId"] for a in alerts].count(str(soon.id)) == 2


async def test_freshness_shows_the_share_only_when_no_small_group_stands_out(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    g = await group(db, app, size=4)  # the chair and four members: first terms in 2026
    for _ in range(5):
        await _membership(db, g.board, await factories.person(db, g.org), date(2019, 5, 1), None)
    url = f"{API}/boards/{g.board.id}/freshness"
    problem(await client.get(url, headers=g.members[0].headers), 403)
    report = (await client.get(url, headers=g.coordinator.headers)).json()
    assert (report["members"], report["fresh"], report["share"]) == (10, 5, 0.5)
    assert report["suppressed"] is False
    # One of the recent ones leaves: four would stand out, so the figures are withheld.
    async with db() as session:
        row = await session.scalar(select(Membership).where(Membership.person_id == g.chair.id))
        assert row is not None
        row.status = "left"
        await session.commit()
    withheld = (await client.get(url, headers=g.coordinator.headers)).json()
    assert (withheld["members"], withheld["fresh"], withheld["share"]) == (9, None, None)
    assert withheld["suppressed"] is True


def test_freshness_counts_a_first_term_on_the_boundary_as_fresh() -> None:
    today = date(2026, 12, 3)
    starts = [date(2024, 12, 3)] * 5 + [date(2024, 12, 2)] * 5
    result = measure(uuid.uuid4(), starts, today, 2)
    assert (result.fresh, result.members) == (5, 10)
    leap = measure(uuid.uuid4(), [date(2024, 2, 28)] * 5, date(2028, 2, 29), 4)
    assert (leap.members, leap.suppressed) == (5, True)  # 5 fresh, 0 not: zero is withheld
