"""Evaluators' time paid as involvement payments: an expert by experience gets a draft
claim line when they submit their scores and when the lot concludes, once each, tied to
the lot, at the policy's activity rate; professionals and the chair get none."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.expenses_setup import set_preferences
from tests.api.procurement_setup import API, Panel, get, moderated, panel, post, scored
from tests.factories import Caller


async def claims(client: httpx.AsyncClient, who: Caller) -> list[dict[str, Any]]:
    page = (await get(client, who, f"/expense-claims?personId={who.id}")).json()["items"]
    return [(await get(client, who, f"/expense-claims/{c['id']}")).json() for c in page]


async def conclude(client: httpx.AsyncClient, p: Panel) -> None:
    lot_id = p.lot["id"]
    reason = {"differenceReason": "Agreed at the meeting"}
    for bidder in p.bidders:
        for question in p.questions:
            body = {
                "bidderId": bidder["id"],
                "questionId": question["id"],
                "score": 2,
                "rationale": "Agreed",
                **reason,
            }
            await post(client, p.chair, f"/lots/{lot_id}/agreed-scores", body)
    await post(client, p.chair, f"/lots/{lot_id}/conclusion")


async def test_an_expert_gets_a_draft_line_per_activity_once(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    await scored(client, p)
    lot_id = p.lot["id"]
    await post(client, p.expert, f"/lots/{lot_id}/my-scores/submit")
    await post(client, p.expert, f"/lots/{lot_id}/my-scores/submit")  # a repeat: nothing new
    (claim,) = await claims(client, p.expert)
    assert claim["status"] == "draft"
    (line,) = claim["items"]
    assert line["category"] == "involvement_payment"
    assert (line["activity"], line["dayPart"], line["lotId"]) == (
        "procurement_scoring",
        "full_day",
        lot_id,
    )
    assert line["meetingId"] is None
    assert line["allowedPence"] == 15_000
    assert line["problems"] == []
    for who in (p.professional, p.chair):
        await post(client, who, f"/lots/{lot_id}/my-scores/submit")
    await post(client, p.chair, f"/lots/{lot_id}/moderation")
    await conclude(client, p)
    found = await claims(client, p.expert)
    assert sorted(c["items"][0]["activity"] for c in found) == [
        "consensus_meeting",
        "procurement_scoring",
    ]
    consensus = next(c for c in found if c["items"][0]["activity"] == "consensus_meeting")
    assert consensus["items"][0]["dayPart"] == "half_day"
    assert consensus["allowedPence"] == 7_500
    # Not for professionals, nor for the chair.
    for who in (p.professional, p.chair):
        assert await claims(client, who) == []
    # The member submits through the claims workflow; only they had a hand in the claim.
    submitted = await post(client, p.expert, f"/expense-claims/{consensus['id']}/submit")
    assert submitted["status"] == "submitted"
    assert submitted["onBehalf"] is False
    finance = await factories.caller(db, app, p.org, "finance")
    approved = await post(client, finance, f"/expense-claims/{consensus['id']}/approve")
    assert approved["status"] == "approved"


async def test_the_line_can_be_changed_and_rates_come_from_the_policy(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    policy = {
        "effectiveFrom": "2020-01-01",
        "involvementRates": {
            "meeting": {"fullDayPence": 10_000, "halfDayPence": 5_000},
            "procurement_scoring": {"fullDayPence": 20_000, "halfDayPence": 9_000},
        },
    }
    finance = await factories.caller(db, app, p.org, "finance")
    await post(client, finance, "/expense-policy", policy)
    await moderated(client, p)
    (claim,) = await claims(client, p.expert)
    (line,) = claim["items"]
    assert line["allowedPence"] == 20_000
    # Half a day instead: the member edits the draft line like any other.
    path = f"{API}/expense-claims/{claim['id']}/items/{line['id']}"
    changed = await client.patch(
        path, json={"dayPart": "half_day"}, headers={**p.expert.headers, "If-Match": "*"}
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["allowedPence"] == 9_000


async def test_no_line_for_an_expert_who_declines_involvement_payments(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    await set_preferences(client, p.expert, p.expert.id, declinesInvolvementPayments=True)
    await moderated(client, p)
    assert await claims(client, p.expert) == []
