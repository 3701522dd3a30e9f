"""The claim workflow over REST: transitions, reasons, self-approval, retries, events,
declined involvement payments, and paid claims that never change."""

from __future__ import annotations

import asyncio
import uuid

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import AuditEvent
from tests import factories
from tests.api.expenses_setup import (
    API,
    approved_claim,
    count,
    events,
    line,
    make_claim,
    meeting_on,
    office,
    set_preferences,
    step,
    today,
    upload,
)
from tests.api.helpers import problem


async def test_a_claim_goes_from_draft_to_approved_and_each_step_is_audited(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("public_transport", 1_250))
    submitted = await step(client, o.claimant, claim["id"], "submit")
    assert submitted["status"] == "submitted"
    # Each caller is offered the steps they may take: the claimant never decides.
    assert submitted["allowedActions"] == ["withdraw"]
    seen = await client.get(f"{API}/expense-claims/{claim['id']}", headers=o.finance.headers)
    assert seen.json()["allowedActions"] == ["approve", "reject", "return"]
    approved = await step(client, o.finance, claim["id"], "approve")
    assert approved["status"] == "approved"
    assert approved["decidedById"] == str(o.finance.id)
    assert await events(db, "expense_claim.submitted") == [
        {
            "claimId": claim["id"],
            "personId": str(o.member.id),
            "status": "submitted",
            "paymentRunId": None,
        }
    ]
    assert len(await events(db, "expense_claim.approved")) == 1
    actions = await count(db, AuditEvent, AuditEvent.entity_id == uuid.UUID(claim["id"]))
    assert actions == 3  # created, submitted, approved


async def test_submit_and_approve_are_safe_to_retry(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("public_transport", 900))
    first = await step(client, o.claimant, claim["id"], "submit")
    again = await step(client, o.claimant, claim["id"], "submit")
    assert again == first
    approved = await step(client, o.finance, claim["id"], "approve")
    assert await step(client, o.finance, claim["id"], "approve") == approved
    assert len(await events(db, "expense_claim.submitted")) == 1
    assert len(await events(db, "expense_claim.approved")) == 1
    # Retrying is not a way round the rules: submitting an approved claim is still wrong.
    body = problem(
        await client.post(f"{API}/expense-claims/{claim['id']}/submit", headers=o.claimant.headers),
        409,
        "invalid-transition",
    )
    assert body["allowed"] == ["return", "add_to_payment_run"]


async def test_two_finance_staff_approving_at_once_approve_once(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    other_finance = await factories.caller(db, app, o.org, "finance")
    claim = await make_claim(client, o.claimant, line("public_transport", 900))
    await step(client, o.claimant, claim["id"], "submit")
    path = f"{API}/expense-claims/{claim['id']}/approve"
    first, second = await asyncio.gather(
        client.post(path, headers=o.finance.headers),
        client.post(path, headers=other_finance.headers),
    )
    assert first.status_code == second.status_code == 200, (first.text, second.text)
    assert len(await events(db, "expense_claim.approved")) == 1


async def test_a_wrong_transition_is_409_and_names_the_allowed_ones(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("public_transport", 900))
    body = problem(
        await client.post(f"{API}/expense-claims/{claim['id']}/approve", headers=o.finance.headers),
        409,
        "invalid-transition",
    )
    assert body["allowed"] == ["submit", "withdraw"]
    assert "draft" in body["detail"]
    assert "submit, withdraw" in body["detail"]


async def test_rejection_and_return_need_a_reason_and_a_returned_claim_comes_back(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("taxi", 1_800))
    blocked = problem(
        await client.post(f"{API}/expense-claims/{claim['id']}/submit", headers=o.claimant.headers),
        422,
        "rule-violation",
    )
    assert blocked["errors"] == [
        {"pointer": "/items/0", "detail": "A receipt is needed for taxis above £0.00; attach one."}
    ]
    receipt = await upload(client, o.claimant, claim["id"], item_id=claim["items"][0]["id"])
    assert receipt.status_code == 201, receipt.text
    await step(client, o.claimant, claim["id"], "submit")
    for action in ("reject", "return"):
        for body in ({}, {"reason": ""}):
            response = await client.post(
                f"{API}/expense-claims/{claim['id']}/{action}",
                json=body,
                headers=o.finance.headers,
            )
            problem(response, 422, "validation")
    returned = await step(
        client, o.finance, claim["id"], "return", {"reason": "Which meeting was this for?"}
    )
    assert returned["status"] == "returned"
    assert returned["decisionReason"] == "Which meeting was this for?"
    etag = (
        await client.get(f"{API}/expense-claims/{claim['id']}", headers=o.claimant.headers)
    ).headers["etag"]
    amended = await client.patch(
        f"{API}/expense-claims/{claim['id']}",
        json={"purpose": "Programme board, 3 March"},
        headers={**o.claimant.headers, "If-Match": etag},
    )
    assert amended.status_code == 200, amended.text
    resubmitted = await step(client, o.claimant, claim["id"], "submit")
    assert resubmitted["status"] == "submitted"
    rejected = await step(
        client, o.finance, claim["id"], "reject", {"reason": "Not a taxi journey we cover"}
    )
    assert rejected["status"] == "rejected"
    assert rejected["allowedActions"] == []
    assert len(await events(db, "expense_claim.returned")) == 1
    assert len(await events(db, "expense_claim.rejected")) == 1


async def test_nobody_approves_a_claim_they_made(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    own = await make_claim(client, o.finance, line("public_transport", 900))
    await step(client, o.finance, own["id"], "submit")
    problem(
        await client.post(f"{API}/expense-claims/{own['id']}/approve", headers=o.finance.headers),
        403,
        "forbidden",
    )
    # Someone both coordinator and finance may not approve what they made on a member's
    # behalf either.
    both = await factories.caller(db, app, o.org, "coordinator", "finance")
    made = await make_claim(client, both, line("public_transport", 900), personId=str(o.member.id))
    await step(client, both, made["id"], "submit")
    problem(
        await client.post(f"{API}/expense-claims/{made['id']}/approve", headers=both.headers),
        403,
        "forbidden",
    )
    for caller in (o.claimant, o.coordinator):
        problem(
            await client.post(f"{API}/expense-claims/{made['id']}/approve", headers=caller.headers),
            403,
            "forbidden",
        )
    assert (await step(client, o.finance, made["id"], "approve"))["status"] == "approved"


async def test_the_claimant_may_withdraw_until_approval(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("public_transport", 900))
    await step(client, o.claimant, claim["id"], "submit")
    withdrawn = await step(
        client, o.claimant, claim["id"], "withdraw", {"reason": "Claimed twice by mistake"}
    )
    assert withdrawn["status"] == "withdrawn"
    assert len(await events(db, "expense_claim.withdrawn")) == 1
    approved = await approved_claim(client, o)
    body = problem(
        await client.post(
            f"{API}/expense-claims/{approved['id']}/withdraw",
            headers=o.claimant.headers,
        ),
        409,
        "invalid-transition",
    )
    assert body["allowed"] == ["return", "add_to_payment_run"]


async def test_declined_involvement_payments_are_refused_at_submission(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    involvement = line("involvement_payment", dayPart="full_day", meetingId=str(o.meeting.id))
    claim = await make_claim(client, o.claimant, involvement, line("public_transport", 400))
    assert claim["items"][0]["allowedPence"] == 15_000
    prefs = await set_preferences(client, o.claimant, o.member.id, declinesInvolvementPayments=True)
    assert prefs["declinesInvolvementPayments"] is True
    # The draft shows it at once, before anyone submits.
    draft = (
        await client.get(f"{API}/expense-claims/{claim['id']}", headers=o.claimant.headers)
    ).json()
    assert draft["items"][0]["allowedPence"] == 0
    assert draft["involvementPence"] == 0
    body = problem(
        await client.post(f"{API}/expense-claims/{claim['id']}/submit", headers=o.claimant.headers),
        422,
        "rule-violation",
    )
    assert body["errors"][0]["pointer"] == "/items/0"
    assert "declined involvement payments" in body["errors"][0]["detail"]
    # Removing the line lets the rest through.
    await client.delete(
        f"{API}/expense-claims/{claim['id']}/items/{claim['items'][0]['id']}",
        headers=o.claimant.headers,
    )
    assert (await step(client, o.claimant, claim["id"], "submit"))["allowedPence"] == 400


async def test_a_choice_to_decline_made_after_submission_stops_approval(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    involvement = line("involvement_payment", dayPart="half_day", meetingId=str(o.meeting.id))
    claim = await make_claim(client, o.claimant, involvement)
    await step(client, o.claimant, claim["id"], "submit")
    await set_preferences(client, o.coordinator, o.member.id, declinesInvolvementPayments=True)
    body = problem(
        await client.post(f"{API}/expense-claims/{claim['id']}/approve", headers=o.finance.headers),
        422,
        "rule-violation",
    )
    assert "declined involvement payments" in body["detail"]


async def test_involvement_is_paid_once_per_meeting_and_never_for_a_cancelled_one(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    meeting = str(o.meeting.id)
    first = await make_claim(
        client, o.claimant, line("involvement_payment", dayPart="full_day", meetingId=meeting)
    )
    await step(client, o.claimant, first["id"], "submit")
    second = await make_claim(
        client, o.claimant, line("involvement_payment", dayPart="full_day", meetingId=meeting)
    )
    assert second["items"][0]["allowedPence"] == 0
    assert second["items"][0]["problems"] == [
        f"An involvement payment for this meeting is already claimed in claim {first['id']}."
    ]
    cancelled = await meeting_on(
        db, o.board, o.meeting.starts_at.date(), status="cancelled", present=(o.member,)
    )
    third = await make_claim(
        client,
        o.claimant,
        line(
            "involvement_payment",
            dayPart="half_day",
            meetingId=str(cancelled.id),
            expenseDate=today(),
        ),
    )
    assert third["items"][0]["problems"] == [
        "The meeting was cancelled: there is no involvement payment for it."
    ]


async def test_preferences_are_private_and_only_finance_sets_the_payee_reference(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    path = f"{API}/people/{o.member.id}/payment-preferences"
    fresh = await client.get(path, headers=o.claimant.headers)
    assert fresh.json() == {
        "personId": str(o.member.id),
        "declinesInvolvementPayments": False,
        "payeeReference": None,
        "payeeName": None,
        "involvementCapPence": None,
        "updatedAt": None,
    }
    problem(await client.get(path, headers=o.as_(o.other_member).headers), 403, "forbidden")
    refused = await client.put(
        path,
        json={"declinesInvolvementPayments": False, "payeeReference": "SUP-1"},
        headers=o.claimant.headers,
    )
    problem(refused, 403, "forbidden")
    named = await client.put(
        path,
        json={"declinesInvolvementPayments": False, "payeeName": "M J One"},
        headers=o.claimant.headers,
    )
    problem(named, 403, "forbidden")
    set_by_finance = await set_preferences(client, o.finance, o.member.id, payeeReference="SUP-1")
    assert set_by_finance["payeeReference"] == "SUP-1"
    # The member changes their own choice; the reference they did not send is kept.
    mine = await set_preferences(client, o.claimant, o.member.id, declinesInvolvementPayments=True)
    assert (mine["declinesInvolvementPayments"], mine["payeeReference"]) == (True, "SUP-1")
    no_etag = await client.put(
        path, json={"declinesInvolvementPayments": False}, headers=o.claimant.headers
    )
    problem(no_etag, 428, "precondition-required")
    seen = (await client.get(path, headers=o.coordinator.headers)).json()
    assert seen["declinesInvolvementPayments"] is True
