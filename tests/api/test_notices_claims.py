"""A claimant hears when their claim comes back, is approved and is paid; the amount goes
by email or letter, never in the text-message wording."""

from __future__ import annotations

from collections import Counter

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.api.expenses_setup import API, approved_claim, line, make_claim, office, step
from tests.api.notices_setup import people, queued
from tests.api.test_expenses_payments import _payees, _run


async def test_returned_and_approved_claims_tell_the_claimant(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("public_transport", 1_250))
    await step(client, o.claimant, claim["id"], "submit")
    assert await queued(db) == []  # submitting tells nobody: the claimant knows
    query = "Please add the ticket for the return journey."
    await step(client, o.finance, claim["id"], "return", {"reason": query})
    (returned,) = await queued(db, "claim_returned")
    assert returned.person_id == o.member.id
    assert returned.body is not None
    assert query in returned.body
    assert returned.text_body is not None
    assert query not in returned.text_body

    await step(client, o.claimant, claim["id"], "submit")
    await step(client, o.finance, claim["id"], "approve")
    await step(client, o.finance, claim["id"], "approve")  # a retry tells nobody again
    (approved,) = await queued(db, "claim_approved")
    assert approved.person_id == o.member.id
    assert approved.body is not None
    assert "£12.50" in approved.body
    assert "Expenses" in approved.body  # the organisation, by name
    assert approved.text_body is not None
    assert "£" not in approved.text_body


async def test_a_run_marked_paid_tells_each_claimant_of_each_claim(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    await _payees(client, o)
    await approved_claim(client, o, line("public_transport", 1_250))
    await approved_claim(client, o, line("parking", 300))
    await approved_claim(client, o, line("parking", 300), person=o.other_member)
    run = await _run(client, o)
    assert await queued(db, "claim_paid") == []  # in a run is not yet paid
    paid = await client.post(
        f"{API}/payment-runs/{run['id']}/mark-paid",
        json={"paymentReference": "BACS-2026-11-30"},
        headers=o.finance.headers,
    )
    assert paid.status_code == 200, paid.text
    told = await queued(db, "claim_paid")
    assert people(told) == Counter({o.member.id: 2, o.other_member.id: 1})
    mine = sorted(m.body or "" for m in told if m.person_id == o.member.id)
    assert ["£12.50" in b or "£3.00" in b for b in mine] == [True, True]
    assert all(m.text_body and "£" not in m.text_body for m in told)
    assert all("BACS" not in (m.body or "") for m in told)
