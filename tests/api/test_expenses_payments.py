"""Payment runs and finance totals over REST."""

from __future__ import annotations

import asyncio
import csv
import io
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import ExpenseClaim
from tests import factories
from tests.api.expenses_setup import (
    API,
    Office,
    approved_claim,
    count,
    events,
    line,
    make_claim,
    office,
    set_preferences,
    today,
)
from tests.api.helpers import check_csv_export, problem


async def _payees(client: httpx.AsyncClient, o: Office) -> None:
    await set_preferences(
        client, o.finance, o.member.id, payeeReference="SUP-001", payeeName="M. J. One"
    )
    await set_preferences(
        client, o.finance, o.other_member.id, payeeReference="=SUP-002", payeeName="M Two"
    )


async def _run(client: httpx.AsyncClient, o: Office, up_to: str | None = None) -> dict[str, Any]:
    response = await client.post(
        f"{API}/payment-runs", json={"upTo": up_to or today()}, headers=o.finance.headers
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


async def test_a_run_is_exported_one_row_per_payee_and_marked_paid(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    await _payees(client, o)
    meeting = str(o.meeting.id)
    first = await approved_claim(client, o, line("public_transport", 1_250))
    second = await approved_claim(
        client, o, line("involvement_payment", dayPart="full_day", meetingId=meeting)
    )
    theirs = await approved_claim(client, o, line("parking", 300), person=o.other_member)
    draft = await make_claim(client, o.claimant, line("parking", 100))

    run = await _run(client, o)
    assert run["status"] == "open"
    assert sorted(c["id"] for c in run["claims"]) == sorted(
        [first["id"], second["id"], theirs["id"]]
    )
    assert (run["expensesPence"], run["involvementPence"], run["totalPence"]) == (
        1_550,
        15_000,
        16_550,
    )
    assert run["heldBack"] == []
    claim = (
        await client.get(f"{API}/expense-claims/{first['id']}", headers=o.claimant.headers)
    ).json()
    assert (claim["status"], claim["paymentRunId"]) == ("in_payment_run", run["id"])

    exported = await client.get(
        f"{API}/payment-runs/{run['id']}/export.csv", headers=o.finance.headers
    )
    check_csv_export(exported)
    rows = {r["personId"]: r for r in _csv(exported.text)}
    mine = rows[str(o.member.id)]
    assert sorted(mine["claimIds"].split()) == sorted([first["id"], second["id"]])
    # Paid in the name finance recorded, not the display name ("Member One").
    assert (mine["payeeReference"], mine["payeeName"]) == ("SUP-001", "M. J. One")
    assert (mine["expensesPence"], mine["involvementPence"], mine["totalPence"]) == (
        "1250",
        "15000",
        "16250",
    )
    # A reference that a spreadsheet would run as a formula is defused.
    assert rows[str(o.other_member.id)]["payeeReference"] == "'=SUP-002"
    assert len(rows) == 2

    paid = await client.post(
        f"{API}/payment-runs/{run['id']}/mark-paid",
        json={"paymentReference": "BACS-2026-11-30"},
        headers=o.finance.headers,
    )
    assert paid.status_code == 200, paid.text
    assert paid.json()["status"] == "paid"
    assert {c["status"] for c in paid.json()["claims"]} == {"paid"}
    paid_events = await events(db, "expense_claim.paid")
    assert sorted(e["claimId"] for e in paid_events) == sorted(
        [first["id"], second["id"], theirs["id"]]
    )
    assert {e["paymentRunId"] for e in paid_events} == {run["id"]}
    # The same reference again is a harmless retry; another is refused.
    again = await client.post(
        f"{API}/payment-runs/{run['id']}/mark-paid",
        json={"paymentReference": "BACS-2026-11-30"},
        headers=o.finance.headers,
    )
    assert again.status_code == 200
    other = await client.post(
        f"{API}/payment-runs/{run['id']}/mark-paid",
        json={"paymentReference": "BACS-OTHER"},
        headers=o.finance.headers,
    )
    problem(other, 409, "conflict")
    assert len(await events(db, "expense_claim.paid")) == 3
    draft_now = await client.get(f"{API}/expense-claims/{draft['id']}", headers=o.claimant.headers)
    assert draft_now.json()["status"] == "draft"


async def test_a_paid_claim_never_changes(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    await _payees(client, o)
    claim = await approved_claim(client, o)
    run = await _run(client, o)
    await client.post(
        f"{API}/payment-runs/{run['id']}/mark-paid",
        json={"paymentReference": "BACS-1"},
        headers=o.finance.headers,
    )
    path = f"{API}/expense-claims/{claim['id']}"
    before = await client.get(path, headers=o.claimant.headers)
    etag = before.headers["etag"]
    attempts = [
        client.patch(path, json={"purpose": "x"}, headers={**o.claimant.headers, "If-Match": etag}),
        client.post(f"{path}/items", json=line("parking", 1), headers=o.claimant.headers),
        client.post(f"{path}/withdraw", json={}, headers=o.claimant.headers),
        client.post(f"{path}/reject", json={"reason": "x"}, headers=o.finance.headers),
        client.post(f"{path}/return", json={"reason": "x"}, headers=o.finance.headers),
        client.post(f"{path}/submit", headers=o.claimant.headers),
        client.post(f"{API}/payment-runs/{run['id']}/cancel", headers=o.finance.headers),
    ]
    for attempt in attempts:
        response = await attempt
        assert response.status_code == 409, response.text
    after = await client.get(path, headers=o.claimant.headers)
    assert after.json() == before.json()
    assert after.headers["etag"] == etag


async def test_claims_that_must_not_be_paid_are_held_back_with_the_reason(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    await set_preferences(client, o.finance, o.member.id, payeeReference="SUP-001", payeeName="M")
    meeting = str(o.meeting.id)
    involvement = await approved_claim(
        client, o, line("involvement_payment", dayPart="full_day", meetingId=meeting)
    )
    expenses = await approved_claim(client, o, line("parking", 300))
    no_reference = await approved_claim(client, o, line("parking", 200), person=o.other_member)
    # The member declines after approval: the run must not carry the involvement payment.
    await set_preferences(client, o.claimant, o.member.id, declinesInvolvementPayments=True)
    run = await _run(client, o)
    assert [c["id"] for c in run["claims"]] == [expenses["id"]]
    held = {h["claimId"]: h["reason"] for h in run["heldBack"]}
    assert set(held) == {involvement["id"], no_reference["id"]}
    assert "declined involvement payments" in held[involvement["id"]]
    assert "payee reference" in held[no_reference["id"]]
    steps = {h["claimId"]: h["clearedBy"] for h in run["heldBack"]}
    assert steps == {involvement["id"]: "return_claim", no_reference["id"]: "set_payee_details"}
    assert run["involvementPence"] == 0


async def test_a_decline_after_the_run_was_made_blocks_export_and_payment(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    await _payees(client, o)
    meeting = str(o.meeting.id)
    claim = await approved_claim(
        client, o, line("involvement_payment", dayPart="half_day", meetingId=meeting)
    )
    run = await _run(client, o)
    await set_preferences(client, o.claimant, o.member.id, declinesInvolvementPayments=True)
    problem(
        await client.get(f"{API}/payment-runs/{run['id']}/export.csv", headers=o.finance.headers),
        409,
        "conflict",
    )
    paid = await client.post(
        f"{API}/payment-runs/{run['id']}/mark-paid",
        json={"paymentReference": "BACS-1"},
        headers=o.finance.headers,
    )
    assert claim["id"] in problem(paid, 409, "conflict")["detail"]
    cancelled = await client.post(
        f"{API}/payment-runs/{run['id']}/cancel", headers=o.finance.headers
    )
    assert cancelled.status_code == 200, cancelled.text
    again = (
        await client.get(f"{API}/expense-claims/{claim['id']}", headers=o.finance.headers)
    ).json()
    assert (again["status"], again["paymentRunId"]) == ("approved", None)
    assert len(await events(db, "expense_claim.removed_from_payment_run")) == 1


async def test_who_may_run_payments(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    await _payees(client, o)
    await approved_claim(client, o)
    for caller in (o.claimant, o.coordinator):
        problem(
            await client.post(
                f"{API}/payment-runs", json={"upTo": today()}, headers=caller.headers
            ),
            403,
            "forbidden",
        )
        problem(await client.get(f"{API}/payment-runs", headers=caller.headers), 403, "forbidden")
    reader = factories.token_for(app, await factories.api_client(db, o.org, ["expenses:read"]))
    problem(
        await client.post(f"{API}/payment-runs", json={"upTo": today()}, headers=reader.headers),
        403,
        "forbidden",
    )
    payer = factories.token_for(app, await factories.api_client(db, o.org, ["payments:write"]))
    made = await client.post(f"{API}/payment-runs", json={"upTo": today()}, headers=payer.headers)
    assert made.status_code == 201, made.text
    admin = await factories.caller(db, app, o.org, "administrator")
    listed = await client.get(f"{API}/payment-runs", headers=admin.headers)
    assert [r["id"] for r in listed.json()["items"]] == [made.json()["id"]]
    empty = await client.post(
        f"{API}/payment-runs", json={"upTo": today()}, headers=o.finance.headers
    )
    assert problem(empty, 422, "rule-violation")["errors"][0]["pointer"] == "/upTo"


async def test_claims_approved_after_the_date_wait_for_a_later_run(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    await _payees(client, o)
    await approved_claim(client, o)
    problem(
        await client.post(
            f"{API}/payment-runs", json={"upTo": today(1)}, headers=o.finance.headers
        ),
        422,
        "rule-violation",
    )
    assert len((await _run(client, o))["claims"]) == 1


async def test_two_runs_made_at_once_never_share_a_claim(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    await _payees(client, o)
    for _ in range(4):
        await approved_claim(client, o)

    async def run() -> httpx.Response:
        return await client.post(
            f"{API}/payment-runs", json={"upTo": today()}, headers=o.finance.headers
        )

    first, second = await asyncio.gather(run(), run())
    made = [r for r in (first, second) if r.status_code == 201]
    assert len(made) == 1, (first.text, second.text)
    assert {first.status_code, second.status_code} <= {201, 409, 422}
    assert len(made[0].json()["claims"]) == 4
    assert await count(db, ExpenseClaim, ExpenseClaim.status == "in_payment_run") == 4


async def test_totals_by_person_board_and_period(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    meeting = str(o.meeting.id)
    await approved_claim(
        client,
        o,
        line("involvement_payment", dayPart="full_day", meetingId=meeting),
        line("public_transport", 1_000),
    )
    await approved_claim(client, o, line("parking", 500), person=o.other_member)
    await make_claim(client, o.claimant, line("parking", 9_999))  # a draft: not counted
    by_person = await client.get(f"{API}/expense-totals", headers=o.finance.headers)
    assert by_person.status_code == 200, by_person.text
    rows = {r["personId"]: r for r in by_person.json()}
    assert rows[str(o.member.id)] == {
        "personId": str(o.member.id),
        "boardId": None,
        "period": None,
        "claimCount": 1,
        "expensesPence": 1_000,
        "involvementPence": 15_000,
        "totalPence": 16_000,
    }
    assert rows[str(o.other_member.id)]["totalPence"] == 500
    by_board = await client.get(
        f"{API}/expense-totals",
        params=[("groupBy", "board"), ("groupBy", "month")],
        headers=o.finance.headers,
    )
    boards = {r["boardId"]: r for r in by_board.json()}
    assert boards[str(o.board.id)]["involvementPence"] == 15_000
    assert boards[None]["expensesPence"] == 1_500
    assert {r["period"] for r in by_board.json()} == {today()[:7]}
    exported = await client.get(
        f"{API}/expense-totals.csv", params={"groupBy": "person"}, headers=o.finance.headers
    )
    check_csv_export(exported)
    assert {r["totalPence"] for r in _csv(exported.text)} == {"16000", "500"}
    problem(
        await client.get(f"{API}/expense-totals", headers=o.coordinator.headers), 403, "forbidden"
    )
    problem(await client.get(f"{API}/expense-totals", headers=o.claimant.headers), 403, "forbidden")
