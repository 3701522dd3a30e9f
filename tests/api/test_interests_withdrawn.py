"""Deleting a declaration of interest withdraws it: gone from every read and from seat
eligibility, but kept (with when) and audited, so past conflicts stay traceable."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import AuditEvent, Interest
from tests import factories
from tests.api.helpers import problem
from tests.api.seat_setup import meetings, team
from tests.api.test_seats import rota, rotating_seat

API = "/api/v1"


async def test_a_deleted_declaration_is_withdrawn_kept_and_audited(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    me = await factories.caller(db, app, org, "member")
    path = f"{API}/people/{me.id}/interests"
    body = {"description": "Sits on the trust's board", "declaredOn": "2026-01-02"}
    declared = await client.post(path, json=body, headers=me.headers)
    assert declared.status_code == 201, declared.text
    interest_id = declared.json()["id"]

    removed = await client.delete(f"{path}/{interest_id}", headers=me.headers)
    assert removed.status_code == 204, removed.text
    assert (await client.get(path, headers=me.headers)).json()["items"] == []
    problem(await client.delete(f"{path}/{interest_id}", headers=me.headers), 404, "not-found")

    async with db() as session:
        kept = (await session.scalars(select(Interest))).all()
        trail = (
            await session.scalars(select(AuditEvent).where(AuditEvent.action == "interest.deleted"))
        ).all()
    assert [(str(i.id), i.description) for i in kept] == [(interest_id, body["description"])]
    assert kept[0].withdrawn_at is not None
    assert [(str(a.entity_id), a.actor_id, a.changed_fields) for a in trail] == [
        (interest_id, me.id, ["withdrawn_at"])
    ]


async def test_a_withdrawn_declaration_no_longer_keeps_a_member_from_a_seat(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app, size=1)
    (member,) = t.members
    await meetings(db, t.governance, 1, topics={0: ["Housing"]})
    declared = await client.post(
        f"{API}/people/{member.id}/interests",
        json={
            "description": "Housing charity",
            "topicTags": ["housing"],
            "declaredOn": "2026-01-01",
        },
        headers=t.coordinator.headers,
    )
    assert declared.status_code == 201, declared.text
    removed = await client.delete(
        f"{API}/people/{member.id}/interests/{declared.json()['id']}",
        headers=t.coordinator.headers,
    )
    assert removed.status_code == 204, removed.text
    seat = await rotating_seat(client, t)
    (planned,) = (await rota(client, t, seat, count=1))["planned"]
    assert planned["personId"] == str(member.id)
