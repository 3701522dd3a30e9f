"""A lived-experience team advising a programme board, for the recommendation tests."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import (
    Board,
    Organisation,
    OutboxEvent,
    Person,
    Recommendation,
    RecommendationResponse,
)
from tests import factories
from tests.factories import Caller

API = "/api/v1"


@dataclass
class Team:
    org: Organisation
    advisory: Board
    governance: Board
    chair: Caller
    member: Caller
    bystander: Caller  # in the organisation, not on the board
    coordinator: Caller
    partner: Caller  # recommendations:read and recommendations:respond
    reader: Caller  # recommendations:read only
    chair_person: Person
    member_person: Person


async def team(db: async_sessionmaker[AsyncSession], app: FastAPI) -> Team:
    org = await factories.organisation(db)
    governance = await factories.board(db, org, "governance", "Programme Board")
    advisory = await factories.board(db, org, "advisory", "Lived Experience Team", governance)
    chair = await factories.person(db, org, name="Chair")
    member = await factories.person(db, org, name="Member")
    await factories.membership(db, advisory, chair, role="chair")
    await factories.membership(db, advisory, member)
    partner = await factories.api_client(
        db, org, ["recommendations:read", "recommendations:respond"]
    )
    reader = await factories.api_client(db, org, ["recommendations:read"])
    return Team(
        org=org,
        advisory=advisory,
        governance=governance,
        chair=factories.token_for(app, chair),
        member=factories.token_for(app, member),
        bystander=await factories.caller(db, app, org, "member"),
        coordinator=await factories.caller(db, app, org, "coordinator"),
        partner=factories.token_for(app, partner),
        reader=factories.token_for(app, reader),
        chair_person=chair,
        member_person=member,
    )


async def draft(
    client: httpx.AsyncClient, t: Team, who: Caller | None = None, **fields: Any
) -> dict[str, Any]:
    body = {"title": "Peer support at discharge", "body": "Offer a peer supporter.", **fields}
    response = await client.post(
        f"{API}/boards/{t.advisory.id}/recommendations",
        json=body,
        headers=(who or t.member).headers,
    )
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def submit(
    client: httpx.AsyncClient, t: Team, recommendation_id: str, **body: Any
) -> dict[str, Any]:
    response = await client.post(
        f"{API}/recommendations/{recommendation_id}/submit", json=body, headers=t.chair.headers
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


ACCEPTED = {"decision": "accepted", "owner": "Director of Nursing", "targetDate": "2027-06-30"}


async def respond(
    client: httpx.AsyncClient, t: Team, recommendation_id: str, body: dict[str, Any] | None = None
) -> httpx.Response:
    return await client.post(
        f"{API}/recommendations/{recommendation_id}/response",
        json=body or ACCEPTED,
        headers=t.partner.headers,
    )


async def submitted(client: httpx.AsyncClient, t: Team, **fields: Any) -> str:
    rid = str((await draft(client, t, **fields))["id"])
    await submit(client, t, rid)
    return rid


async def events(db: async_sessionmaker[AsyncSession], event_type: str) -> list[dict[str, Any]]:
    async with db() as session:
        rows = await session.scalars(
            select(OutboxEvent)
            .where(OutboxEvent.event_type == event_type)
            .order_by(col(OutboxEvent.id))
        )
        return [dict(r.payload) for r in rows]


async def stored(
    db: async_sessionmaker[AsyncSession],
    t: Team,
    *,
    submitted_at: datetime,
    due_on: date,
    status: str = "submitted",
    title: str = "Stored",
    responses: Sequence[tuple[str, datetime]] = (),
) -> uuid.UUID:
    """A recommendation written straight to the database with chosen dates, and its
    responses as (decision, responded at), each answering this same submission."""
    async with db() as session:
        decision = responses[-1][0] if responses else None
        rec = Recommendation(
            organisation_id=t.org.id,
            board_id=t.advisory.id,
            addressed_to_board_id=t.governance.id,
            title=title,
            body="Body",
            status=status,
            decision=decision,
            first_submitted_at=submitted_at,
            submitted_at=submitted_at,
            response_due_on=due_on,
            responded_at=responses[-1][1] if responses else None,
            created_by=t.member_person.id,
        )
        session.add(rec)
        await session.flush()
        for chosen, at in responses:
            session.add(
                RecommendationResponse(
                    organisation_id=t.org.id,
                    recommendation_id=rec.id,
                    decision=chosen,
                    reasons=None if chosen == "accepted" else "Because",
                    submitted_at=submitted_at,
                    response_due_on=due_on,
                    responded_at=at,
                    recorded_by_type="client",
                    recorded_by_id=t.partner.id,
                )
            )
        await session.commit()
        return rec.id
