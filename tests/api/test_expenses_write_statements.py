"""Creating and submitting a claim: a fixed, small number of statements, each row
written once, and a response that is what the database then holds."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.api.expenses_setup import API, line, office, upload
from tests.factories import Caller
from tests.support import StatementCounter

# Create: the caller, the policy, the claim, its lines (one statement for any number),
# the audit row. Submit adds the lock (which returns the row), the lines and receipts,
# one UPDATE of the claim (status and totals: one new version) and the event.
CREATE = ["SELECT people", "SELECT expense_policies", "INSERT", "INSERT", "INSERT"]
SUBMIT = [
    "SELECT people",
    "UPDATE expense_claims",
    "SELECT expense_items",
    "SELECT expense_receipts",
    "SELECT expense_policies",
    "UPDATE expense_claims",
    "INSERT",
    "INSERT",
]


def _shape(statements: list[str]) -> list[str]:
    """Verb and first table: enough to tell which statement is which."""
    shapes = []
    for statement in statements:
        words = statement.split()
        verb = words[0].upper()
        if verb == "SELECT":
            table = words[words.index("FROM") + 1]
            shapes.append(f"SELECT {table}")
        elif verb == "UPDATE":
            shapes.append(f"UPDATE {words[1]}")
        else:
            shapes.append(verb)
    return shapes


async def _read(client: httpx.AsyncClient, caller: Caller, claim_id: str) -> httpx.Response:
    response = await client.get(f"{API}/expense-claims/{claim_id}", headers=caller.headers)
    assert response.status_code == 200, response.text
    return response


@pytest.mark.parametrize("lines", [1, 5])
async def test_create_and_submit_run_a_fixed_number_of_statements(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
    lines: int,
) -> None:
    o = await office(db, app)
    items = [line("public_transport", 1_000 + i) for i in range(lines)]
    statements.reset()
    created = await client.post(
        f"{API}/expense-claims", json={"items": items}, headers=o.claimant.headers
    )
    assert created.status_code == 201, created.text
    assert _shape(statements.statements) == CREATE, statements.statements
    claim = created.json()
    assert [i["allowedPence"] for i in claim["items"]] == [1_000 + i for i in range(lines)]

    statements.reset()
    submitted = await client.post(
        f"{API}/expense-claims/{claim['id']}/submit", headers=o.claimant.headers
    )
    assert submitted.status_code == 200, submitted.text
    assert _shape(statements.statements) == SUBMIT, statements.statements
    assert submitted.json()["status"] == "submitted"


async def test_the_responses_are_what_a_read_then_finds(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
) -> None:
    """Built from the rows the request wrote, not read back: every field, the version
    (ETag) included, must still be what the database holds."""
    o = await office(db, app)
    created = await client.post(
        f"{API}/expense-claims",
        json={
            "purpose": "Board, 3 March",
            "boardId": str(o.board.id),
            "items": [
                line("mileage", miles=12.5, vehicle="car"),
                line("subsistence", 1_400),
                line("involvement_payment", dayPart="half_day", meetingId=str(o.meeting.id)),
            ],
        },
        headers=o.claimant.headers,
    )
    assert created.status_code == 201, created.text
    claim: dict[str, Any] = created.json()
    read = await _read(client, o.claimant, claim["id"])
    assert claim == read.json()
    assert created.headers["etag"] == read.headers["etag"]

    # The subsistence line needs its receipt; the submission's answer lists it.
    subsistence = claim["items"][1]["id"]
    uploaded = await upload(client, o.claimant, claim["id"], item_id=subsistence)
    assert uploaded.status_code == 201, uploaded.text
    before = await _read(client, o.claimant, claim["id"])
    submitted = await client.post(
        f"{API}/expense-claims/{claim['id']}/submit", headers=o.claimant.headers
    )
    assert submitted.status_code == 200, submitted.text
    read = await _read(client, o.claimant, claim["id"])
    assert submitted.json() == read.json()
    assert submitted.headers["etag"] == read.headers["etag"]
    assert [r["itemId"] for r in read.json()["receipts"]] == [subsistence]
    # One new version for the submission, however much of the claim it wrote.
    assert int(read.headers["etag"].strip('"')) == int(before.headers["etag"].strip('"')) + 1


def _etag(response: httpx.Response) -> int:
    return int(response.headers["etag"].strip('"'))


async def test_a_line_added_or_changed_is_written_once(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    o = await office(db, app)
    created = await client.post(
        f"{API}/expense-claims",
        json={"items": [line("public_transport", 1_000)]},
        headers=o.claimant.headers,
    )
    claim = created.json()
    path = f"{API}/expense-claims/{claim['id']}"

    statements.reset()
    added = await client.post(
        f"{path}/items", json=line("public_transport", 700), headers=o.claimant.headers
    )
    assert added.status_code == 201, added.text
    writes = [s for s in _shape(statements.statements) if not s.startswith("SELECT")]
    # The lock, one write of the claim; the line inserted with its judgement; the audit.
    assert writes == ["UPDATE expense_claims", "UPDATE expense_claims", "INSERT", "INSERT"]
    assert statements.count == 8, statements.statements
    assert added.json()["allowedPence"] == 700
    assert _etag(added) == _etag(created) + 1

    statements.reset()
    changed = await client.patch(
        f"{path}/items/{claim['items'][0]['id']}",
        json={"amountPence": 1_200},
        headers={**o.claimant.headers, "If-Match": added.headers["etag"]},
    )
    assert changed.status_code == 200, changed.text
    shapes = _shape(statements.statements)
    assert shapes.count("UPDATE expense_items") == 1, statements.statements
    assert shapes.count("UPDATE expense_claims") == 2, statements.statements
    assert _etag(changed) == _etag(added) + 1

    read = (await _read(client, o.claimant, claim["id"])).json()
    assert [(i["claimedPence"], i["allowedPence"]) for i in read["items"]] == [
        (1_200, 1_200),
        (700, 700),
    ]
    assert read["allowedPence"] == 1_900
    assert changed.json() == next(i for i in read["items"] if i["id"] == claim["items"][0]["id"])
