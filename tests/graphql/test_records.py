"""Minutes and payment runs over GraphQL, with REST's rules: draft minutes stay with the
board and staff, approval judges the quorum, and payment runs are finance's to make,
read, pay or cancel."""

from __future__ import annotations

from datetime import timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.expenses_setup import approved_claim, line, office, set_preferences, today
from tests.api.papers_setup import API, meeting
from tests.graphql.helpers import codes, gql, ok

_SAVE = (
    "mutation($m: UUID!, $b: String!, $v: Int) { saveMinutes(meetingId: $m, "
    "input: {body: $b}, version: $v) { status body version quorate } }"
)
_READ = "query($m: UUID!) { minutes(meetingId: $m) { status body } }"


async def test_minutes_are_written_approved_and_kept_to_the_board_while_draft(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    board = await factories.board(db, org)
    secretary = await factories.person(db, org, name="Secretary")
    await factories.membership(db, board, secretary, role="secretary")
    writer = factories.token_for(app, secretary)
    stranger = await factories.caller(db, app, org, "member")
    partner = factories.token_for(app, await factories.api_client(db, org, ["meetings:read"]))
    sat = await meeting(db, board, timedelta(hours=-2))
    held = await client.post(f"{API}/meetings/{sat.id}/hold", headers=writer.headers)
    assert held.status_code == 200, held.text
    m = str(sat.id)

    draft = ok(await gql(client, writer, _SAVE, {"m": m, "b": "Draft minutes"}))["saveMinutes"]
    assert (draft["status"], draft["quorate"]) == ("draft", None)
    stale = await gql(client, writer, _SAVE, {"m": m, "b": "Again", "v": draft["version"] + 5})
    assert codes(stale) == ["PRECONDITION_FAILED"]
    edited = ok(await gql(client, writer, _SAVE, {"m": m, "b": "Edited", "v": draft["version"]}))
    assert edited["saveMinutes"]["body"] == "Edited"
    # A draft is the board's own: to anyone else, as over REST, there is none.
    for outsider in (stranger, partner):
        assert codes(await gql(client, outsider, _READ, {"m": m})) == ["NOT_FOUND"]
    assert ok(await gql(client, writer, _READ, {"m": m}))["minutes"]["status"] == "draft"
    # Only the minute takers approve.
    approve = "mutation($m: UUID!) { approveMinutes(meetingId: $m) { status quorate version } }"
    assert codes(await gql(client, stranger, approve, {"m": m})) == ["FORBIDDEN"]
    approved = ok(await gql(client, writer, approve, {"m": m}))["approveMinutes"]
    assert (approved["status"], approved["quorate"]) == ("approved", True)  # no quorum set
    assert ok(await gql(client, partner, _READ, {"m": m}))["minutes"] == {
        "status": "approved",
        "body": "Edited",
    }
    public = (
        "mutation($m: UUID!, $v: Int!) { setMinutesPublicText(meetingId: $m, version: $v, "
        'input: {publicText: "We met. [redacted] spoke."}) { publicText } }'
    )
    redacted = ok(await gql(client, writer, public, {"m": m, "v": approved["version"]}))
    assert redacted["setMinutesPublicText"]["publicText"] == "We met. [redacted] spoke."


_RUN = (
    "fragment R on PaymentRunDetail { id status totalPence paymentReference "
    "claims { id status } heldBack { claimId clearedBy } }"
)


async def test_finance_makes_reads_pays_and_cancels_payment_runs(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    await set_preferences(client, o.finance, o.member.id, payeeReference="SUP-1", payeeName="M1")
    paid = await approved_claim(client, o, line("public_transport", 1_250))
    held = await approved_claim(client, o, line("parking", 300), person=o.other_member)
    create = _RUN + "mutation($u: Date!) { createPaymentRun(input: {upTo: $u}) { ...R } }"
    assert codes(await gql(client, o.claimant, create, {"u": today()})) == ["FORBIDDEN"]
    run = ok(await gql(client, o.finance, create, {"u": today()}))["createPaymentRun"]
    assert run["status"] == "OPEN"
    assert [c["id"] for c in run["claims"]] == [paid["id"]]
    assert run["totalPence"] == 1_250
    # No payee details for the other member: held back, with the step that frees it.
    assert run["heldBack"] == [{"claimId": held["id"], "clearedBy": "SET_PAYEE_DETAILS"}]

    read = ok(
        await gql(
            client,
            o.finance,
            _RUN + "query($id: UUID!) { paymentRun(id: $id) { ...R } "
            "paymentRuns { edges { node { id status } } } }",
            {"id": run["id"]},
        )
    )
    assert read["paymentRun"]["claims"] == [{"id": paid["id"], "status": "IN_PAYMENT_RUN"}]
    assert read["paymentRuns"]["edges"] == [{"node": {"id": run["id"], "status": "OPEN"}}]
    assert codes(await gql(client, o.claimant, "{ paymentRuns { edges { node { id } } } }")) == [
        "FORBIDDEN"
    ]
    pay = (
        _RUN + "mutation($id: UUID!) { markPaymentRunPaid(id: $id, "
        'input: {paymentReference: "BACS-2026-12"}) { ...R } }'
    )
    done = ok(await gql(client, o.finance, pay, {"id": run["id"]}))["markPaymentRunPaid"]
    assert (done["status"], done["paymentReference"]) == ("PAID", "BACS-2026-12")
    assert done["claims"] == [{"id": paid["id"], "status": "PAID"}]
    cancel = _RUN + "mutation($id: UUID!) { cancelPaymentRun(id: $id) { ...R } }"
    assert codes(await gql(client, o.finance, cancel, {"id": run["id"]})) == ["INVALID_TRANSITION"]


_POLICY = (
    "fragment P on ExpensePolicy { id effectiveFrom effectiveUntil claimDeadlineDays "
    "subsistenceDailyCapPence mileage { carPence bicyclePence } "
    "receiptThresholds { category pence } "
    "involvementRates { activity fullDayPence halfDayPence } }"
)


async def test_the_expense_policy_reads_as_over_rest_with_maps_as_lists(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    body = {"effectiveFrom": today(30), "mileage": {"carPence": 50}, "claimDeadlineDays": 60}
    created = await client.post(f"{API}/expense-policy", json=body, headers=o.finance.headers)
    assert created.status_code == 201, created.text
    query = _POLICY + "query($on: Date) { expensePolicy(on: $on) { ...P } "
    query += "expensePolicyVersions { id } }"
    for on in (None, today(30)):
        rest = await client.get(
            f"{API}/expense-policy", params={"on": on} if on else {}, headers=o.claimant.headers
        )
        graph = ok(await gql(client, o.claimant, query, {"on": on}))
        policy = graph["expensePolicy"]
        expected = rest.json()
        assert policy["id"] == expected["id"]
        assert policy["claimDeadlineDays"] == expected["claimDeadlineDays"]
        assert policy["mileage"]["carPence"] == expected["mileage"]["carPence"]
        assert {r["category"].lower(): r["pence"] for r in policy["receiptThresholds"]} == (
            expected["receiptThresholdsPence"]
        )
        assert {
            r["activity"]: {"fullDayPence": r["fullDayPence"], "halfDayPence": r["halfDayPence"]}
            for r in policy["involvementRates"]
        } == expected["involvementRates"]
        assert [v["id"] for v in graph["expensePolicyVersions"]] == [created.json()["id"]]
    assert (
        ok(await gql(client, o.claimant, query, {"on": today(30)}))["expensePolicy"]["mileage"][
            "carPence"
        ]
        == 50
    )
    partner = factories.token_for(app, await factories.api_client(db, o.org, ["boards:read"]))
    assert codes(await gql(client, partner, query, {"on": None})) == ["FORBIDDEN"]
