"""An involvement payment pays for time given: it names a meeting the claimant attended,
held on or before the claim was made, and a member may take a lower rate than the
policy's (recorded with their payment preferences)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.domain.expenses.judging import uk_today
from tests.api.expenses_setup import (
    API,
    line,
    make_claim,
    meeting_on,
    office,
    set_preferences,
    step,
)
from tests.api.helpers import problem

NOT_PRESENT = "not recorded as present at this meeting"


async def _claim(client: httpx.AsyncClient, path: str, headers: dict[str, str]) -> dict[str, Any]:
    response = await client.get(path, headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_involvement_needs_attendance_and_attendance_recorded_later_lets_it_through(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    unrecorded = await meeting_on(db, o.board, uk_today())
    involvement = line("involvement_payment", dayPart="full_day", meetingId=str(unrecorded.id))
    claim = await make_claim(client, o.claimant, involvement)
    assert claim["items"][0]["allowedPence"] == 0
    assert NOT_PRESENT in claim["items"][0]["problems"][0]
    body = problem(
        await client.post(f"{API}/expense-claims/{claim['id']}/submit", headers=o.claimant.headers),
        422,
        "rule-violation",
    )
    assert body["errors"][0]["pointer"] == "/items/0"
    assert NOT_PRESENT in body["errors"][0]["detail"]

    # Apologies are not attendance.
    attendance = f"{API}/meetings/{unrecorded.id}/attendance"
    sent = await client.post(
        attendance,
        json={"personId": str(o.member.id), "status": "apologies"},
        headers=o.coordinator.headers,
    )
    assert sent.status_code == 200, sent.text
    path = f"{API}/expense-claims/{claim['id']}"
    assert (
        NOT_PRESENT in (await _claim(client, path, o.claimant.headers))["items"][0]["problems"][0]
    )
    # Recorded present later: the draft shows it at once, and the same claim goes through.
    present = await client.post(
        attendance,
        json={"personId": str(o.member.id), "status": "present"},
        headers=o.coordinator.headers,
    )
    assert present.status_code == 200, present.text
    draft = await _claim(client, path, o.claimant.headers)
    assert (draft["items"][0]["allowedPence"], draft["items"][0]["problems"]) == (15_000, [])
    assert (await step(client, o.claimant, claim["id"], "submit"))["status"] == "submitted"

    # Corrected after submission: approval is refused with the rule named.
    corrected = await client.post(
        attendance,
        json={"personId": str(o.member.id), "status": "absent"},
        headers=o.coordinator.headers,
    )
    assert corrected.status_code == 200, corrected.text
    refused = problem(
        await client.post(f"{API}/expense-claims/{claim['id']}/approve", headers=o.finance.headers),
        422,
        "rule-violation",
    )
    assert "no longer recorded as present" in refused["detail"]


async def test_involvement_is_never_for_a_meeting_after_the_claim_was_made(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    ahead = await meeting_on(db, o.board, uk_today() + timedelta(days=2), present=(o.member,))
    involvement = line("involvement_payment", dayPart="half_day", meetingId=str(ahead.id))
    claim = await make_claim(client, o.claimant, involvement)
    problems = claim["items"][0]["problems"]
    assert any("after the claim was made" in p for p in problems), problems
    problem(
        await client.post(f"{API}/expense-claims/{claim['id']}/submit", headers=o.claimant.headers),
        422,
        "rule-violation",
    )


async def test_a_member_may_take_a_lower_rate_than_the_policy_offers(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    full = line("involvement_payment", dayPart="full_day", meetingId=str(o.meeting.id))
    claim = await make_claim(client, o.claimant, full)
    assert claim["involvementPence"] == 15_000
    prefs_path = f"{API}/people/{o.member.id}/payment-preferences"
    negative = await client.put(
        prefs_path,
        json={"declinesInvolvementPayments": False, "involvementCapPence": -1},
        headers=o.claimant.headers,
    )
    assert problem(negative, 422)["errors"][0]["pointer"] == "/involvementCapPence"

    prefs = await set_preferences(client, o.claimant, o.member.id, involvementCapPence=5_000)
    assert prefs["involvementCapPence"] == 5_000
    # The open draft is judged again at once, and says why the amount is lower.
    path = f"{API}/expense-claims/{claim['id']}"
    draft = await _claim(client, path, o.claimant.headers)
    assert (draft["items"][0]["allowedPence"], draft["involvementPence"]) == (5_000, 5_000)
    assert any("lower rate" in note for note in draft["items"][0]["explanation"])
    # The choice is kept when a later change leaves it out.
    kept = await set_preferences(client, o.finance, o.member.id, payeeReference="S-1")
    assert kept["involvementCapPence"] == 5_000
    submitted = await step(client, o.claimant, claim["id"], "submit")
    assert submitted["involvementPence"] == 5_000
    # Back to the policy's rate (null), for a new claim.
    await set_preferences(client, o.claimant, o.member.id, involvementCapPence=None)
    later = await meeting_on(db, o.board, uk_today(), present=(o.member,))
    mine = await make_claim(
        client,
        o.claimant,
        line("involvement_payment", dayPart="full_day", meetingId=str(later.id)),
    )
    assert mine["involvementPence"] == 15_000
