"""Expense policy and claims over REST: versions, line-by-line judgement, privacy."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import AuditEvent
from app.domain.expenses.judging import uk_today
from app.domain.expenses.money import tax_year, tax_year_label
from tests import factories
from tests.api.expenses_setup import API, count, line, make_claim, office, step, today
from tests.api.helpers import problem


async def test_the_default_policy_is_in_force_until_finance_sets_a_version(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    policy = (await client.get(f"{API}/expense-policy", headers=o.claimant.headers)).json()
    assert policy["id"] is None
    assert policy["mileage"] == {
        "carPence": 45,
        "carThresholdMiles": 10_000,
        "carAfterThresholdPence": 25,
        "motorcyclePence": 24,
        "bicyclePence": 20,
    }
    day = {"fullDayPence": 15_000, "halfDayPence": 7_500}
    # An evaluation panel's two activities (procurement/payments.py) start at a meeting's rate.
    assert policy["involvementRates"] == {
        "meeting": day,
        "procurement_scoring": day,
        "consensus_meeting": day,
    }

    body = {"effectiveFrom": today(-30), "mileage": {"carPence": 50}, "claimDeadlineDays": 60}
    problem(
        await client.post(f"{API}/expense-policy", json=body, headers=o.claimant.headers),
        403,
        "forbidden",
    )
    created = await client.post(f"{API}/expense-policy", json=body, headers=o.finance.headers)
    assert created.status_code == 201, created.text
    version = created.json()
    # Fields left out keep the earlier values, rate by rate.
    assert version["mileage"]["carPence"] == 50
    assert version["mileage"]["bicyclePence"] == 20
    assert version["claimDeadlineDays"] == 60
    assert version["subsistenceDailyCapPence"] == 2_500

    now = (await client.get(f"{API}/expense-policy", headers=o.claimant.headers)).json()
    assert now["id"] is None
    assert now["effectiveUntil"] == today(-29)
    later = await client.get(
        f"{API}/expense-policy", params={"on": today(-30)}, headers=o.claimant.headers
    )
    assert later.json()["id"] == version["id"]
    again = await client.post(f"{API}/expense-policy", json=body, headers=o.finance.headers)
    problem(again, 409, "conflict")


async def test_each_line_is_judged_by_the_policy_in_force_on_its_date(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    old = await client.post(
        f"{API}/expense-policy",
        json={"effectiveFrom": today(20), "subsistenceDailyCapPence": 1_000},
        headers=o.finance.headers,
    )
    new = await client.post(
        f"{API}/expense-policy",
        json={"effectiveFrom": today(5), "subsistenceDailyCapPence": 1_500},
        headers=o.finance.headers,
    )
    assert old.status_code == new.status_code == 201
    claim = await make_claim(
        client,
        o.claimant,
        line("subsistence", 1_250, expenseDate=today(10)),
        line("subsistence", 1_250, expenseDate=today(1)),
    )
    before, after = claim["items"]
    assert before["allowedPence"] == 1_000
    assert before["policyId"] == old.json()["id"]
    # The issue's own example, word for word.
    assert before["explanation"] == ["Capped at £10.00 subsistence for the day; £12.50 claimed."]
    assert after["allowedPence"] == 1_250
    assert after["policyId"] == new.json()["id"]
    assert (claim["claimedPence"], claim["allowedPence"]) == (2_500, 2_250)


async def test_lines_are_explained_and_totals_are_exact(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    meeting = str(o.meeting.id)
    claim = await make_claim(
        client,
        o.claimant,
        line("mileage", miles=12.5, vehicle="car"),
        line("mileage", miles=3, vehicle="bicycle"),
        line("public_transport", 1_999),
        line("subsistence", 1_800),
        line("subsistence", 1_000),
        line("accommodation", 30_000, nights=2),
        line("involvement_payment", dayPart="half_day", meetingId=meeting),
        line("parking", 0),
        purpose="Programme board",
    )
    items = claim["items"]
    assert [i["allowedPence"] for i in items] == [563, 60, 1_999, 1_800, 700, 24_000, 7_500, 0]
    assert items[0]["explanation"] == ["12.5 miles by car at 45p a mile = £5.63."]
    assert items[0]["miles"] == 12.5
    assert items[4]["explanation"] == [
        f"Capped at £7.00: £18.00 of the £25.00 daily subsistence cap for "
        f"{uk_today().day} {uk_today().strftime('%B')} {uk_today().year} is already claimed; "
        "£10.00 claimed."
    ]
    assert items[5]["explanation"] == [
        "Capped at £120.00 a night for 2 nights (£240.00); £300.00 claimed."
    ]
    assert items[6]["explanation"] == [
        "Half-day involvement payment for the activity 'meeting': £75.00."
    ]
    assert items[6]["boardId"] == str(o.board.id)
    assert claim["allowedPence"] == sum(i["allowedPence"] for i in items) == 36_622
    assert claim["involvementPence"] == 7_500
    assert claim["expensesPence"] == 36_622 - 7_500
    assert claim["claimedPence"] == 563 + 60 + 1_999 + 1_800 + 1_000 + 30_000 + 7_500
    # A taxi or accommodation needs a receipt from the first penny by default.
    assert items[5]["problems"] == [
        "A receipt is needed for accommodation above £0.00; attach one."
    ]
    assert claim["allowedActions"] == ["submit", "withdraw"]


async def test_mileage_crossing_the_band_in_one_claim_counts_earlier_claims(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    earlier = await make_claim(client, o.claimant, line("mileage", miles=6_000, vehicle="car"))
    await step(client, o.claimant, earlier["id"], "submit")
    # A rejected claim's miles no longer count.
    rejected = await make_claim(client, o.claimant, line("mileage", miles=5_000, vehicle="car"))
    await step(client, o.claimant, rejected["id"], "submit")
    await step(client, o.finance, rejected["id"], "reject", {"reason": "Duplicate journey"})

    claim = await make_claim(
        client,
        o.claimant,
        line("mileage", miles=3_000, vehicle="car"),
        line("mileage", miles=2_000, vehicle="car"),
    )
    first, second = claim["items"]
    assert first["allowedPence"] == 3_000 * 45
    assert second["allowedPence"] == 1_000 * 45 + 1_000 * 25
    year = tax_year_label(tax_year(uk_today()))
    assert second["explanation"][0] == (
        "2,000 miles by car: 1,000 miles at 45p a mile (to the end of the first 10,000 "
        f"miles in tax year {year}) and 1,000 miles at 25p a mile = £700.00."
    )
    # Another person's miles are theirs alone.
    other = await make_claim(client, o.as_(o.other_member), line("mileage", miles=1, vehicle="car"))
    assert other["items"][0]["allowedPence"] == 45


async def test_a_line_must_fit_its_category(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    response = await client.post(
        f"{API}/expense-claims",
        json={
            "items": [
                line("mileage", 500, miles=3, vehicle="car"),
                line("involvement_payment", dayPart="full_day"),
                line("taxi", nights=2),
            ]
        },
        headers=o.claimant.headers,
    )
    body = problem(response, 422, "rule-violation")
    assert {e["pointer"] for e in body["errors"]} == {
        "/items/0/amountPence",
        "/items/1/meetingId",
        "/items/2/amountPence",
        "/items/2/nights",
    }
    tenths = await client.post(
        f"{API}/expense-claims",
        json={"items": [line("mileage", miles=1.25, vehicle="car")]},
        headers=o.claimant.headers,
    )
    problem(tenths, 422, "validation")


async def test_claims_are_private_to_the_claimant_coordinators_and_finance(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("taxi", 1_500))
    path = f"{API}/expense-claims/{claim['id']}"
    problem(await client.get(path, headers=o.as_(o.other_member).headers), 404, "not-found")
    for caller in (o.claimant, o.coordinator, o.finance):
        assert (await client.get(path, headers=caller.headers)).status_code == 200
    mine = (await client.get(f"{API}/expense-claims", headers=o.claimant.headers)).json()
    theirs = (
        await client.get(f"{API}/expense-claims", headers=o.as_(o.other_member).headers)
    ).json()
    assert [c["id"] for c in mine["items"]] == [claim["id"]]
    assert theirs["items"] == []
    partner = factories.token_for(app, await factories.api_client(db, o.org, ["expenses:read"]))
    listed = await client.get(f"{API}/expense-claims", headers=partner.headers)
    assert [c["id"] for c in listed.json()["items"]] == [claim["id"]]
    blind = factories.token_for(app, await factories.api_client(db, o.org, ["boards:read"]))
    assert (await client.get(f"{API}/expense-claims", headers=blind.headers)).json()["items"] == []


async def test_coordinators_claim_on_a_members_behalf_and_it_is_recorded(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    claim = await make_claim(
        client, o.coordinator, line("public_transport", 800), personId=str(o.member.id)
    )
    assert claim["personId"] == str(o.member.id)
    assert claim["createdById"] == str(o.coordinator.id)
    assert claim["onBehalf"] is True
    assert "Made on the claimant's behalf." in claim["flags"]
    # The member sees it among their own claims.
    mine = (await client.get(f"{API}/expense-claims", headers=o.claimant.headers)).json()
    assert [c["id"] for c in mine["items"]] == [claim["id"]]
    refused = await client.post(
        f"{API}/expense-claims",
        json={"personId": str(o.other_member.id)},
        headers=o.claimant.headers,
    )
    problem(refused, 403, "forbidden")
    assert await count(db, AuditEvent, AuditEvent.entity_id == uuid.UUID(claim["id"])) == 1


async def test_lines_can_be_changed_only_while_the_claim_is_a_draft_or_returned(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("public_transport", 1_000))
    path = f"{API}/expense-claims/{claim['id']}"
    etag = (await client.get(path, headers=o.claimant.headers)).headers["etag"]
    item = claim["items"][0]["id"]
    changed = await client.patch(
        f"{path}/items/{item}",
        json={"category": "mileage", "miles": 10, "vehicle": "motorcycle"},
        headers={**o.claimant.headers, "If-Match": etag},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["allowedPence"] == 240
    # The answer carries the claim's new ETag, ready for the next change.
    renamed = await client.patch(
        f"{path}/items/{item}",
        json={"description": "To the programme board"},
        headers={**o.claimant.headers, "If-Match": changed.headers["etag"]},
    )
    assert renamed.status_code == 200, renamed.text
    stale = await client.patch(
        f"{path}/items/{item}",
        json={"description": "Bus"},
        headers={**o.claimant.headers, "If-Match": etag},
    )
    problem(stale, 412, "precondition-failed")
    added = await client.post(
        f"{path}/items", json=line("parking", 400), headers=o.claimant.headers
    )
    assert added.status_code == 201
    detail = (await client.get(path, headers=o.claimant.headers)).json()
    assert detail["allowedPence"] == 640
    await step(client, o.claimant, claim["id"], "submit")
    late = await client.post(f"{path}/items", json=line("parking", 1), headers=o.claimant.headers)
    problem(late, 409, "conflict")
    other = await client.delete(f"{path}/items/{item}", headers=o.as_(o.other_member).headers)
    problem(other, 404, "not-found")


async def test_expense_dates_in_the_future_or_past_the_deadline_block_submission(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    claim = await make_claim(
        client,
        o.claimant,
        line("public_transport", 500, expenseDate=today(91)),
        line("public_transport", 500, expenseDate=(uk_today() + timedelta(days=2)).isoformat()),
    )
    body = problem(
        await client.post(f"{API}/expense-claims/{claim['id']}/submit", headers=o.claimant.headers),
        422,
        "rule-violation",
    )
    assert [(e["pointer"], e["detail"]) for e in body["errors"]] == [
        ("/items/0", "Claimed 91 days after the expense; the policy allows 90 days."),
        ("/items/1", "The expense date is in the future; claim it once it has been spent."),
    ]
