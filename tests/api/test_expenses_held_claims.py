"""Nothing approved is ever stuck: finance returns an approved claim that is in no run, a
held-back claim says which step clears it, and a refused run lists every held claim."""

from __future__ import annotations

import uuid

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import AuditEvent
from tests.api.expenses_setup import (
    API,
    approved_claim,
    count,
    events,
    line,
    office,
    set_preferences,
    step,
    today,
)
from tests.api.helpers import problem

REASON = {"reason": "You have declined involvement payments: remove that line, please."}


async def test_a_claim_held_back_after_a_decline_is_returned_amended_and_paid(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    await set_preferences(client, o.finance, o.member.id, payeeReference="S-1", payeeName="M")
    involvement = line("involvement_payment", dayPart="full_day", meetingId=str(o.meeting.id))
    claim = await approved_claim(client, o, involvement, line("public_transport", 400))
    await set_preferences(client, o.claimant, o.member.id, declinesInvolvementPayments=True)

    # The only claim is held, so there is no run: the refusal lists it with its reason.
    refused = problem(
        await client.post(f"{API}/payment-runs", json={"upTo": today()}, headers=o.finance.headers),
        422,
        "rule-violation",
    )
    assert {e["pointer"] for e in refused["errors"]} == {"/upTo"}
    held = [e["detail"] for e in refused["errors"] if claim["id"] in e["detail"]]
    assert len(held) == 1
    assert "declined involvement payments" in held[0]
    assert "POST /expense-claims/{claimId}/return" in held[0]

    path = f"{API}/expense-claims/{claim['id']}/return"
    problem(await client.post(path, json=REASON, headers=o.claimant.headers), 403, "forbidden")
    problem(await client.post(path, json={}, headers=o.finance.headers), 422)
    returned = await step(client, o.finance, claim["id"], "return", REASON)
    assert (returned["status"], returned["decisionReason"]) == ("returned", REASON["reason"])
    assert await events(db, "expense_claim.approval_reversed") == [
        {
            "claimId": claim["id"],
            "personId": str(o.member.id),
            "status": "returned",
            "paymentRunId": None,
        }
    ]
    audited = await count(
        db,
        AuditEvent,
        AuditEvent.entity_id == uuid.UUID(claim["id"]),
        AuditEvent.action == "expense_claim.approval_reversed",
    )
    assert audited == 1

    # The claimant takes the line out and submits again; approved, it is paid.
    removed = await client.delete(
        f"{API}/expense-claims/{claim['id']}/items/{claim['items'][0]['id']}",
        headers=o.claimant.headers,
    )
    assert removed.status_code in (200, 204), removed.text
    await step(client, o.claimant, claim["id"], "submit")
    await step(client, o.finance, claim["id"], "approve")
    run = await client.post(
        f"{API}/payment-runs", json={"upTo": today()}, headers=o.finance.headers
    )
    assert run.status_code == 201, run.text
    assert [c["id"] for c in run.json()["claims"]] == [claim["id"]]
    assert (run.json()["involvementPence"], run.json()["expensesPence"]) == (0, 400)


async def test_a_claim_in_a_run_is_returned_only_once_the_run_is_cancelled(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    await set_preferences(client, o.finance, o.member.id, payeeReference="S-1", payeeName="M")
    claim = await approved_claim(client, o)
    run = await client.post(
        f"{API}/payment-runs", json={"upTo": today()}, headers=o.finance.headers
    )
    assert run.status_code == 201, run.text
    path = f"{API}/expense-claims/{claim['id']}/return"
    body = problem(
        await client.post(path, json=REASON, headers=o.finance.headers),
        409,
        "invalid-transition",
    )
    assert "return" not in body["allowed"]
    cancelled = await client.post(
        f"{API}/payment-runs/{run.json()['id']}/cancel", headers=o.finance.headers
    )
    assert cancelled.status_code == 200, cancelled.text
    assert (await step(client, o.finance, claim["id"], "return", REASON))["status"] == "returned"


async def test_a_claim_without_payee_details_waits_and_says_what_finance_must_record(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    # A reference alone is not enough: the CSV pays the name finance recorded.
    await set_preferences(client, o.finance, o.member.id, payeeReference="S-1")
    claim = await approved_claim(client, o)
    refused = problem(
        await client.post(f"{API}/payment-runs", json={"upTo": today()}, headers=o.finance.headers),
        422,
        "rule-violation",
    )
    held = [e["detail"] for e in refused["errors"] if claim["id"] in e["detail"]]
    assert len(held) == 1
    assert "payee name" in held[0]
    assert "PUT /people/{personId}/payment-preferences" in held[0]
    await set_preferences(client, o.finance, o.member.id, payeeName="Member J One")
    run = await client.post(
        f"{API}/payment-runs", json={"upTo": today()}, headers=o.finance.headers
    )
    assert run.status_code == 201, run.text
    assert run.json()["heldBack"] == []
    exported = await client.get(
        f"{API}/payment-runs/{run.json()['id']}/export.csv", headers=o.finance.headers
    )
    assert "Member J One" in exported.text
    assert "Member One" not in exported.text
