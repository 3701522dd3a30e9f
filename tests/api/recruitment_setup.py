"""A board with a coordinator, a member and an outsider, and a vacancy with a rule, for
the recruitment tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Board, Organisation, Person
from tests import factories
from tests.factories import Caller

API = "/api/v1"
RULE = {
    "all": [
        {"question": "community_order_within_years", "lte": 2},
        {"question": "in_recovery", "eq": True},
    ]
}


@dataclass
class Scheme:
    org: Organisation
    board: Board
    coordinator: Caller
    member: Caller  # applies for themself
    member_person: Person
    bystander: Caller  # in the organisation, neither applicant nor staff
    outsider: Caller  # a coordinator of another organisation
    opportunity: dict[str, Any]


async def scheme(
    db: async_sessionmaker[AsyncSession], app: FastAPI, client: httpx.AsyncClient
) -> Scheme:
    org = await factories.organisation(db)
    board = await factories.board(db, org, "advisory", "Wing forum")
    member = await factories.person(db, org, name="Applicant member")
    coordinator = await factories.caller(db, app, org, "coordinator")
    response = await client.post(
        f"{API}/opportunities",
        json={"boardId": str(board.id), "title": "Wing representative", "eligibility": RULE},
        headers=coordinator.headers,
    )
    assert response.status_code == 201, response.text
    return Scheme(
        org=org,
        board=board,
        coordinator=coordinator,
        member=factories.token_for(app, member),
        member_person=member,
        bystander=await factories.caller(db, app, org, "member"),
        outsider=await factories.caller(db, app, await factories.organisation(db), "coordinator"),
        opportunity=response.json(),
    )


async def apply(client: httpx.AsyncClient, s: Scheme, who: Caller, **body: Any) -> httpx.Response:
    return await client.post(
        f"{API}/opportunities/{s.opportunity['id']}/applications", json=body, headers=who.headers
    )


async def move(
    client: httpx.AsyncClient, who: Caller, application_id: str, stage: str, reason: str = "Ok"
) -> httpx.Response:
    return await client.post(
        f"{API}/applications/{application_id}/stage",
        json={"stage": stage, "reason": reason},
        headers=who.headers,
    )
