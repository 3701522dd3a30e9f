"""Hostile and lenient input: text PostgreSQL cannot store, and money and dates sent as
anything but their one documented form, are refused with 422 naming the field, on both
transports, and nothing is written."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import (
    Board,
    ExpenseClaim,
    ExpenseItem,
    Organisation,
    Paper,
    Person,
)
from tests import factories
from tests.api import expenses_setup, papers_setup
from tests.api.expenses_setup import line, make_claim
from tests.api.helpers import API, problem
from tests.factories import Caller
from tests.graphql.helpers import gql, only_error

# A NUL, and a lone UTF-16 surrogate sent as a JSON escape (valid JSON, not storable text).
NUL = "a\x00b"
SURROGATE = "a\ud800b"
HOSTILE = pytest.mark.parametrize("text", [NUL, SURROGATE], ids=["nul", "lone-surrogate"])


def _body(data: dict[str, Any]) -> bytes:
    # Escaped as ASCII, so a lone surrogate travels as the six characters \ud800.
    return json.dumps(data).encode()


def _json(caller: Caller) -> dict[str, str]:
    return {**caller.headers, "Content-Type": "application/json"}


def _refused(response: httpx.Response, pointer: str) -> dict[str, Any]:
    body = problem(response, 422, "validation")
    assert [e.get("pointer") for e in body["errors"]] == [pointer], body
    return body


async def _count(db: async_sessionmaker[AsyncSession], model: type[Any]) -> int:
    async with db() as session:
        return int((await session.execute(select(func.count()).select_from(model))).scalar_one())


@HOSTILE
async def test_unstorable_text_in_a_board_name_is_refused(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], admin: Caller, text: str
) -> None:
    response = await client.post(
        f"{API}/boards", content=_body({"name": text, "kind": "advisory"}), headers=_json(admin)
    )
    detail = _refused(response, "/name")["errors"][0]["detail"]
    # pydantic refuses a lone surrogate as no string at all; a NUL is our rule.
    assert "NUL" in detail if text == NUL else "unicode" in detail
    assert await _count(db, Board) == 0


@HOSTILE
async def test_unstorable_text_in_a_display_name_is_refused(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], admin: Caller, text: str
) -> None:
    before = await _count(db, Person)
    body = {"email": "new@example.org", "displayName": text}
    response = await client.post(f"{API}/people", content=_body(body), headers=_json(admin))
    _refused(response, "/displayName")
    assert await _count(db, Person) == before


@HOSTILE
async def test_unstorable_text_in_a_list_of_strings_points_at_the_field(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], admin: Caller, text: str
) -> None:
    before = await _count(db, Person)
    body = {
        "email": "new@example.org",
        "displayName": "New",
        "livedExperienceCategories": ["ok", text],
    }
    response = await client.post(f"{API}/people", content=_body(body), headers=_json(admin))
    # pydantic points a lone surrogate at the item; our rule names the field and the item.
    pointer = "/livedExperienceCategories" + ("" if text == NUL else "/1")
    detail = _refused(response, pointer)["errors"][0]["detail"]
    assert "/1" in detail if text == NUL else "unicode" in detail
    assert await _count(db, Person) == before


@HOSTILE
async def test_unstorable_text_in_an_expense_description_is_refused(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], app: FastAPI, text: str
) -> None:
    o = await expenses_setup.office(db, app)
    response = await client.post(
        f"{API}/expense-claims",
        content=_body({"items": [line("parking", 500, description=text)]}),
        headers=_json(o.claimant),
    )
    _refused(response, "/items/0/description")
    assert await _count(db, ExpenseClaim) == 0
    assert await _count(db, ExpenseItem) == 0


@pytest.mark.parametrize("amount", ["9.00", 9.0, True], ids=["string", "float", "boolean"])
async def test_an_amount_must_be_a_json_integer_of_pence(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], app: FastAPI, amount: Any
) -> None:
    o = await expenses_setup.office(db, app)
    response = await client.post(
        f"{API}/expense-claims",
        json={"items": [line("parking", amount)]},
        headers=o.claimant.headers,
    )
    _refused(response, "/items/0/amountPence")
    claim = await make_claim(client, o.claimant)
    added = await client.post(
        f"{API}/expense-claims/{claim['id']}/items",
        json=line("parking", amount),
        headers=o.claimant.headers,
    )
    _refused(added, "/amountPence")
    assert await _count(db, ExpenseItem) == 0


@pytest.mark.parametrize(
    "day",
    [20260101, 1767225600, "1767225600", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00", "20260101"],
)
async def test_a_date_is_only_an_iso_date_string(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], app: FastAPI, day: Any
) -> None:
    o = await expenses_setup.office(db, app)
    response = await client.post(
        f"{API}/expense-claims",
        json={"items": [line("parking", 500, expenseDate=day)]},
        headers=o.claimant.headers,
    )
    _refused(response, "/items/0/expenseDate")
    assert await _count(db, ExpenseClaim) == 0


@pytest.mark.parametrize(
    "when", [1767225600, "1767225600", "2026-01-01", "2026-01-01T10:00:00", 1767225600.0]
)
async def test_a_datetime_is_only_an_iso_string_with_an_offset(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
    when: Any,
) -> None:
    board = await factories.board(db, org)
    response = await client.post(
        f"{API}/boards/{board.id}/meetings",
        json={"title": "Meeting", "startsAt": when, "endsAt": "2026-01-01T12:00:00+00:00"},
        headers=admin.headers,
    )
    _refused(response, "/startsAt")


async def test_valid_money_dates_and_text_still_work(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], app: FastAPI, org: Organisation
) -> None:
    o = await expenses_setup.office(db, app)
    claim = await make_claim(
        client, o.claimant, line("parking", 900, description="Café — car park ✓")
    )
    (item,) = claim["items"]
    assert item["description"] == "Café — car park ✓"
    assert item["expenseDate"] == expenses_setup.today()
    response = await client.post(
        f"{API}/boards/{o.board.id}/meetings",
        json={
            "title": "Meeting",
            "startsAt": "2026-01-01T10:00:00+01:00",
            "endsAt": "2026-01-01T12:00:00Z",
        },
        headers=o.coordinator.headers,
    )
    assert response.status_code == 201, response.text


# Outside JSON bodies: query parameters and form fields.


async def test_unstorable_text_in_a_query_parameter_names_the_parameter(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    board = await factories.board(db, org)
    response = await client.get(
        f"{API}/boards/{board.id}/issues?category=a%00b", headers=admin.headers
    )
    body = problem(response, 422, "validation")
    assert [e.get("parameter") for e in body["errors"]] == ["category"], body


async def test_a_query_date_is_only_an_iso_date(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], app: FastAPI
) -> None:
    o = await expenses_setup.office(db, app)
    response = await client.get(f"{API}/expense-policy?on=1767225600", headers=o.finance.headers)
    body = problem(response, 422, "validation")
    assert [e.get("parameter") for e in body["errors"]] == ["on"], body


async def test_unstorable_text_in_a_sign_in_form_is_refused(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession]
) -> None:
    response = await client.post(
        f"{API}/auth/token",
        data={"grant_type": "password", "username": NUL, "password": "x"},
    )
    assert problem(response, 422, "validation")["errors"][0]["pointer"] == "/username"


async def test_unstorable_text_in_a_paper_title_is_refused(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], app: FastAPI
) -> None:
    # Form fields are UTF-8 bytes: a NUL can be sent, a lone surrogate cannot.
    s = await papers_setup.setup(db, app, size=1)
    response = await papers_setup.upload(client, s.coordinator, s.meeting.id, title=NUL)
    _refused(response, "/title")
    assert await _count(db, Paper) == 0
    assert papers_setup.stored_files(app) == []


# GraphQL reuses the domain inputs, so it refuses the same, with the same pointers.

CREATE_BOARD = "mutation($input: CreateBoardInput!) { createBoard(input: $input) { id } }"
ADD_ITEM = """mutation($id: UUID!, $input: ExpenseItemInput!) {
  addExpenseItem(claimId: $id, input: $input) { id } }"""


async def test_graphql_refuses_a_nul_with_a_pointer(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], admin: Caller
) -> None:
    body = await gql(client, admin, CREATE_BOARD, {"input": {"name": NUL, "kind": "ADVISORY"}})
    error = only_error(body, "VALIDATION")
    assert [e["pointer"] for e in error["extensions"]["errors"]] == ["/name"]
    assert await _count(db, Board) == 0


async def test_graphql_refuses_a_lone_surrogate_clearly(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], admin: Caller
) -> None:
    in_document = await gql(
        client, admin, 'mutation { createBoard(input: {name: "a\\ud800b", kind: ADVISORY}) { id } }'
    )
    assert in_document["errors"][0]["extensions"]["code"] in ("GRAPHQL_PARSE_FAILED", "VALIDATION")
    response = await client.post(
        "/graphql",
        content=json.dumps(
            {"query": CREATE_BOARD, "variables": {"input": {"name": SURROGATE, "kind": "ADVISORY"}}}
        ).encode(),
        headers={**admin.headers, "Content-Type": "application/json"},
    )
    assert response.status_code in (200, 400), response.text
    assert response.json()["errors"][0]["extensions"]["code"] != "INTERNAL_ERROR"
    assert await _count(db, Board) == 0


@pytest.mark.parametrize("amount", ["9.00", 9.5, True])
async def test_graphql_refuses_lenient_amounts_and_integer_dates(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], app: FastAPI, amount: Any
) -> None:
    o = await expenses_setup.office(db, app)
    claim = await make_claim(client, o.claimant)
    item = {"category": "PARKING", "expenseDate": expenses_setup.today(), "description": "x"}
    body = await gql(
        client, o.claimant, ADD_ITEM, {"id": claim["id"], "input": {**item, "amountPence": amount}}
    )
    assert body["errors"][0]["extensions"]["code"] in ("GRAPHQL_VALIDATION_FAILED", "VALIDATION")
    dated = await gql(
        client,
        o.claimant,
        ADD_ITEM,
        {"id": claim["id"], "input": {**item, "amountPence": 900, "expenseDate": 20260101}},
    )
    assert dated["errors"][0]["extensions"]["code"] in ("GRAPHQL_VALIDATION_FAILED", "VALIDATION")
    assert await _count(db, ExpenseItem) == 0
