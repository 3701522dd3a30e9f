"""SQL statements per request do not grow with the number of lines, receipts or claims."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Person
from tests import factories
from tests.api.expenses_setup import (
    API,
    Office,
    approved_claim,
    line,
    make_claim,
    office,
    set_preferences,
    today,
    upload,
)
from tests.support import StatementCounter


def _lines(n: int, o: Office) -> list[dict[str, Any]]:
    kinds = [
        line("mileage", miles=12, vehicle="car"),
        line("subsistence", 1_400),
        line("taxi", 900),
        line("involvement_payment", dayPart="half_day", meetingId=str(o.meeting.id)),
    ]
    # One involvement payment per meeting: the rest are ordinary lines.
    return [kinds[i] if i < len(kinds) else line("parking", 100 + i) for i in range(n)]


async def _claim_requests(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
    lines: int,
) -> dict[str, int]:
    o = await office(db, app)
    counts: dict[str, int] = {}
    statements.reset()
    claim = await make_claim(client, o.claimant, *_lines(lines, o))
    counts["create"] = statements.count
    for item in claim["items"]:
        response = await upload(
            client, o.claimant, claim["id"], b"%PDF-" + item["id"].encode(), item_id=item["id"]
        )
        assert response.status_code == 201, response.text
    statements.reset()
    detail = await client.get(f"{API}/expense-claims/{claim['id']}", headers=o.claimant.headers)
    assert detail.status_code == 200
    assert len(detail.json()["receipts"]) == lines
    counts["read"] = statements.count
    statements.reset()
    submitted = await client.post(
        f"{API}/expense-claims/{claim['id']}/submit", headers=o.claimant.headers
    )
    assert submitted.status_code == 200, submitted.text
    counts["submit"] = statements.count
    return counts


async def test_claim_statements_do_not_grow_with_lines_or_receipts(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    small = await _claim_requests(client, app, db, statements, lines=4)
    large = await _claim_requests(client, app, db, statements, lines=30)
    assert large == small, statements.statements


async def _payment_requests(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
    claimants: int,
) -> dict[str, int]:
    o = await office(db, app)
    people: list[Person] = [o.member]
    people += [await factories.person(db, o.org) for _ in range(claimants - 1)]
    for i, person in enumerate(people):
        await set_preferences(
            client, o.finance, person.id, payeeReference=f"SUP-{i}", payeeName=f"P {i}"
        )
        await approved_claim(client, o, line("parking", 100 + i), person=person)
    counts: dict[str, int] = {}
    statements.reset()
    made = await client.post(
        f"{API}/payment-runs", json={"upTo": today()}, headers=o.finance.headers
    )
    assert made.status_code == 201, made.text
    assert len(made.json()["claims"]) == claimants
    counts["create"] = statements.count
    run = made.json()["id"]
    statements.reset()
    exported = await client.get(f"{API}/payment-runs/{run}/export.csv", headers=o.finance.headers)
    assert exported.status_code == 200
    counts["export"] = statements.count
    statements.reset()
    paid = await client.post(
        f"{API}/payment-runs/{run}/mark-paid",
        json={"paymentReference": "BACS-1"},
        headers=o.finance.headers,
    )
    assert paid.status_code == 200, paid.text
    counts["pay"] = statements.count
    statements.reset()
    listed = await client.get(f"{API}/expense-claims", headers=o.finance.headers)
    assert len(listed.json()["items"]) == claimants
    totals = await client.get(f"{API}/expense-totals", headers=o.finance.headers)
    assert len(totals.json()) == claimants
    counts["lists"] = statements.count
    return counts


async def test_payment_run_statements_do_not_grow_with_claims(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    small = await _payment_requests(client, app, db, statements, claimants=2)
    large = await _payment_requests(client, app, db, statements, claimants=25)
    assert large == small, statements.statements
