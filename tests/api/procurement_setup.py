"""A procurement with two lots, for the procurement tests: lot A has two bidders, two
questions and a panel (an expert by experience, a professional and a chair); lot B has
one bidder and a member of its own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Organisation
from tests import factories
from tests.factories import Caller

API = "/api/v1"
DESCRIPTORS = ["None", "Weak", "Adequate", "Good", "Excellent"]  # points 0..4


@dataclass
class Panel:
    org: Organisation
    coordinator: Caller
    expert: Caller  # expert by experience on lot A
    professional: Caller  # on lot A
    chair: Caller  # lot A's chair, scoring question 1 only
    other: Caller  # on lot B only
    bystander: Caller  # a member of the organisation on no panel
    outsider: Caller  # a coordinator of another organisation
    procurement: dict[str, Any]
    lot: dict[str, Any]
    lot_b: dict[str, Any]
    bidders: list[dict[str, Any]]
    questions: list[dict[str, Any]]
    members: dict[str, dict[str, Any]]


async def post(client: httpx.AsyncClient, who: Caller, path: str, body: Any = None) -> Any:
    response = await client.post(f"{API}{path}", json=body, headers=who.headers)
    assert response.status_code in {200, 201}, response.text
    return response.json()


async def get(client: httpx.AsyncClient, who: Caller, path: str) -> httpx.Response:
    return await client.get(f"{API}{path}", headers=who.headers)


async def panel(
    db: async_sessionmaker[AsyncSession], app: FastAPI, client: httpx.AsyncClient
) -> Panel:
    org = await factories.organisation(db)
    coordinator = await factories.caller(db, app, org, "coordinator")
    people = {name: await factories.caller(db, app, org, "member") for name in ("e", "p", "c", "o")}
    procurement = await post(
        client,
        coordinator,
        "/procurements",
        {"title": "Resettlement support", "reference": "HJ-17"},
    )
    pid = procurement["id"]
    lot = await post(client, coordinator, f"/procurements/{pid}/lots", {"title": "North"})
    lot_b = await post(client, coordinator, f"/procurements/{pid}/lots", {"title": "South"})
    bidders = [
        await post(client, coordinator, f"/lots/{lot['id']}/bidders", {"name": name})
        for name in ("Acme Care Ltd", "Better Futures CIC")
    ]
    await post(client, coordinator, f"/lots/{lot_b['id']}/bidders", {"name": "Southern Trust"})
    questions = [
        await post(
            client,
            coordinator,
            f"/lots/{lot['id']}/questions",
            {
                "text": text,
                "weight": weight,
                "scaleMin": 0,
                "scaleMax": 4,
                "descriptors": DESCRIPTORS,
            },
        )
        for text, weight in (("Lived experience in delivery", 3), ("Value for money", 1))
    ]
    both = [q["id"] for q in questions]
    members = {}
    for key, role, asked in (
        ("e", "expert_by_experience", both),
        ("p", "professional", both),
        ("c", "chair", both[:1]),
    ):
        members[key] = await post(
            client,
            coordinator,
            f"/lots/{lot['id']}/panel-members",
            {"personId": str(people[key].id), "role": role, "questionIds": asked},
        )
    await post(
        client,
        coordinator,
        f"/lots/{lot_b['id']}/panel-members",
        {"personId": str(people["o"].id), "role": "professional"},
    )
    return Panel(
        org=org,
        coordinator=coordinator,
        expert=people["e"],
        professional=people["p"],
        chair=people["c"],
        other=people["o"],
        bystander=await factories.caller(db, app, org, "member"),
        outsider=await factories.caller(db, app, await factories.organisation(db), "coordinator"),
        procurement=procurement,
        lot=lot,
        lot_b=lot_b,
        bidders=bidders,
        questions=questions,
        members=members,
    )


async def evaluate(client: httpx.AsyncClient, p: Panel) -> None:
    """Open the procurement and start evaluation."""
    for status in ("open", "evaluating"):
        await post(
            client, p.coordinator, f"/procurements/{p.procurement['id']}/status", {"status": status}
        )


async def declare_clear(client: httpx.AsyncClient, p: Panel, who: Caller) -> Any:
    body = {"declarations": [{"bidderId": b["id"], "connected": False} for b in p.bidders]}
    return await post(client, who, f"/lots/{p.lot['id']}/declarations", body)


async def score(
    client: httpx.AsyncClient,
    who: Caller,
    p: Panel,
    bidder: int,
    question: int,
    value: int,
    **extra: Any,
) -> httpx.Response:
    body = {
        "bidderId": p.bidders[bidder]["id"],
        "questionId": p.questions[question]["id"],
        "score": value,
        "rationale": f"Scored {value}",
        **extra,
    }
    return await client.post(f"{API}/lots/{p.lot['id']}/my-scores", json=body, headers=who.headers)


async def scored(client: httpx.AsyncClient, p: Panel) -> None:
    """Everyone declared clear and scored: expert 4/3 and 2/2, professional 3/3 and 2/1,
    chair (question 1 only) 4 and 2."""
    await evaluate(client, p)
    for who in (p.expert, p.professional, p.chair):
        await declare_clear(client, p, who)
    plan = [
        (p.expert, [(0, 0, 4), (0, 1, 3), (1, 0, 2), (1, 1, 2)]),
        (p.professional, [(0, 0, 3), (0, 1, 3), (1, 0, 2), (1, 1, 1)]),
        (p.chair, [(0, 0, 4), (1, 0, 2)]),
    ]
    for who, scores in plan:
        for bidder, question, value in scores:
            answer = await score(client, who, p, bidder, question, value)
            assert answer.status_code == 200, answer.text


async def moderated(client: httpx.AsyncClient, p: Panel) -> None:
    """Scored and submitted by everyone, and moderation opened by the chair."""
    await scored(client, p)
    for who in (p.expert, p.professional, p.chair):
        await post(client, who, f"/lots/{p.lot['id']}/my-scores/submit")
    await post(client, p.chair, f"/lots/{p.lot['id']}/moderation")
