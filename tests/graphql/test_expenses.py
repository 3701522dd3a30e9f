"""Expense claims over GraphQL: claims with their lines and explanations as REST shows
them, each workflow step as a mutation, who may decide, and SQL counts."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.api.graphql import expenses as graphql_expenses
from app.db.models import AuditEvent, ExpenseClaim, ExpenseItem, Organisation
from app.domain.expenses import schemas as domain
from tests import factories
from tests.api.expenses_setup import API, count, events, line, make_claim, office, step
from tests.graphql.helpers import gql, nodes, ok, only_error
from tests.support import StatementCounter

ITEM_FIELDS = """id claimId category expenseDate meetingId boardId description claimedPence
  allowedPence miles vehicle nights dayPart activity policyId explanation problems"""
CLAIM_FIELDS = f"""id personId createdById onBehalf boardId purpose status claimedPence
  allowedPence expensesPence involvementPence submittedAt decidedById decisionReason
  allowedActions version items {{ {ITEM_FIELDS} }}"""
LIST = f"""query($status: ExpenseClaimStatus, $after: String) {{
  expenseClaims(first: 100, status: $status, after: $after) {{
    edges {{ node {{ {CLAIM_FIELDS} }} }} pageInfo {{ hasNextPage }} }} }}"""
ONE = f"query($id: UUID!) {{ expenseClaim(id: $id) {{ {CLAIM_FIELDS} }} }}"
CREATE = f"""mutation($input: CreateExpenseClaimInput!) {{
  createExpenseClaim(input: $input) {{ {CLAIM_FIELDS} }} }}"""
UPDATE = """mutation($id: UUID!, $version: Int!, $input: UpdateExpenseClaimInput!) {
  updateExpenseClaim(id: $id, version: $version, input: $input) { id purpose version } }"""
ADD_ITEM = f"""mutation($id: UUID!, $input: ExpenseItemInput!) {{
  addExpenseItem(claimId: $id, input: $input) {{
    item {{ {ITEM_FIELDS} }} claim {{ allowedPence version }} }} }}"""
SUBMIT = "mutation($id: UUID!) { submitExpenseClaim(id: $id) { id status version } }"
APPROVE = """mutation($id: UUID!) { approveExpenseClaim(id: $id) {
  id status decidedById allowedActions } }"""
REJECT = """mutation($id: UUID!, $reason: String!) {
  rejectExpenseClaim(id: $id, reason: $reason) { id status decisionReason } }"""
RETURN = """mutation($id: UUID!, $reason: String!) {
  returnExpenseClaim(id: $id, reason: $reason) { id status decisionReason allowedActions } }"""
WITHDRAW = """mutation($id: UUID!, $reason: String) {
  withdrawExpenseClaim(id: $id, reason: $reason) { id status decisionReason } }"""

# Fields both transports name alike; enums are lower case in REST, upper case here.
SHARED = [
    "id",
    "claimId",
    "expenseDate",
    "meetingId",
    "boardId",
    "description",
    "claimedPence",
    "allowedPence",
    "miles",
    "nights",
    "activity",
    "policyId",
    "explanation",
    "problems",
]


def _gql_line(category: str, amount: int | None = None, **extra: Any) -> dict[str, Any]:
    body = line(category.lower(), amount, **extra)
    return {**body, "category": category.upper()}


async def _rest(client: httpx.AsyncClient, caller: factories.Caller, claim_id: str) -> Any:
    response = await client.get(f"{API}/expense-claims/{claim_id}", headers=caller.headers)
    assert response.status_code == 200, response.text
    return {**response.json(), "version": int(response.headers["etag"].strip('"'))}


async def test_claims_nest_their_lines_and_explanations_as_rest_shows_them(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    meeting = str(o.meeting.id)
    mine = await make_claim(
        client,
        o.claimant,
        line("mileage", miles=12.5, vehicle="car"),
        line("public_transport", 1_999),
        line("involvement_payment", dayPart="half_day", meetingId=meeting),
        purpose="Programme board",
    )
    theirs = await make_claim(client, o.as_(o.other_member), line("parking", 300))
    await step(client, o.as_(o.other_member), theirs["id"], "submit")

    everyone = nodes(ok(await gql(client, o.finance, LIST))["expenseClaims"])
    assert [c["id"] for c in everyone] == sorted([mine["id"], theirs["id"]])
    claim = next(c for c in everyone if c["id"] == mine["id"])
    rest = await _rest(client, o.finance, mine["id"])
    for key in ("personId", "createdById", "onBehalf", "boardId", "purpose", "claimedPence"):
        assert claim[key] == rest[key], key
    for key in ("allowedPence", "expensesPence", "involvementPence", "version"):
        assert claim[key] == rest[key], key
    assert claim["status"] == "DRAFT"
    # Steps are the caller's: finance neither submits nor withdraws a member's draft.
    assert claim["allowedActions"] == rest["allowedActions"] == []
    assert (await _rest(client, o.claimant, mine["id"]))["allowedActions"] == ["submit", "withdraw"]
    items = claim["items"]
    assert [i["category"] for i in items] == ["MILEAGE", "PUBLIC_TRANSPORT", "INVOLVEMENT_PAYMENT"]
    assert [{k: i[k] for k in SHARED} for i in items] == [
        {k: i[k] for k in SHARED} for i in rest["items"]
    ]
    assert items[0]["explanation"] == ["12.5 miles by car at 45p a mile = £5.63."]
    assert (items[0]["vehicle"], items[2]["dayPart"]) == ("CAR", "HALF_DAY")
    assert items[2]["explanation"] == [
        "Half-day involvement payment for the activity 'meeting': £75.00."
    ]
    assert claim["allowedPence"] == sum(i["allowedPence"] for i in items) == 563 + 1_999 + 7_500

    # A member sees only their own; the filter is REST's.
    own = nodes(ok(await gql(client, o.claimant, LIST))["expenseClaims"])
    assert [c["id"] for c in own] == [mine["id"]]
    submitted = ok(await gql(client, o.finance, LIST, {"status": "SUBMITTED"}))
    assert [c["id"] for c in nodes(submitted["expenseClaims"])] == [theirs["id"]]
    as_claimant = {**claim, "allowedActions": ["submit", "withdraw"]}
    assert ok(await gql(client, o.claimant, ONE, {"id": mine["id"]}))["expenseClaim"] == as_claimant
    only_error(await gql(client, o.claimant, ONE, {"id": theirs["id"]}), "NOT_FOUND")


async def _claims(client: httpx.AsyncClient, o: Any, how_many: int) -> None:
    for _ in range(how_many):
        await make_claim(
            client,
            o.claimant,
            line("public_transport", 500),
            line("mileage", miles=2, vehicle="bicycle"),
        )


@pytest.mark.parametrize("who", ["finance", "claimant"])
async def test_the_list_with_lines_costs_the_same_statements_for_2_or_6_claims(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
    who: str,
) -> None:
    o = await office(db, app)
    caller = getattr(o, who)
    await _claims(client, o, 2)
    statements.reset()
    few = nodes(ok(await gql(client, caller, LIST))["expenseClaims"])
    few_count = statements.count
    await _claims(client, o, 4)
    statements.reset()
    many = nodes(ok(await gql(client, caller, LIST))["expenseClaims"])
    assert (len(few), len(many)) == (2, 6)
    assert all(len(c["items"]) == 2 for c in many)
    assert statements.count == few_count, statements.statements
    # The actor, the page of claims, every claim's lines.
    assert few_count <= 3, statements.statements


async def test_each_workflow_step_is_a_mutation(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    created = ok(
        await gql(
            client,
            o.claimant,
            CREATE,
            {"input": {"purpose": "Board", "items": [_gql_line("public_transport", 1_250)]}},
        )
    )["createExpenseClaim"]
    assert created["status"] == "DRAFT"
    assert created["version"] == (await _rest(client, o.claimant, created["id"]))["version"]
    assert (created["personId"], created["onBehalf"]) == (str(o.member.id), False)
    assert created["allowedPence"] == 1_250
    assert created["items"][0]["explanation"]
    cid = created["id"]

    added = ok(
        await gql(
            client,
            o.claimant,
            ADD_ITEM,
            {"id": cid, "input": _gql_line("mileage", miles="10", vehicle="CAR")},
        )
    )["addExpenseItem"]
    assert added["item"]["allowedPence"] == 450
    assert added["item"]["explanation"] == ["10 miles by car at 45p a mile = £4.50."]
    assert added["claim"]["allowedPence"] == 1_700
    version = added["claim"]["version"]
    stale = await gql(
        client, o.claimant, UPDATE, {"id": cid, "version": 1, "input": {"purpose": "X"}}
    )
    only_error(stale, "PRECONDITION_FAILED")
    renamed = ok(
        await gql(
            client,
            o.claimant,
            UPDATE,
            {"id": cid, "version": version, "input": {"purpose": "Programme board"}},
        )
    )["updateExpenseClaim"]
    assert renamed["purpose"] == "Programme board"

    assert ok(await gql(client, o.claimant, SUBMIT, {"id": cid}))["submitExpenseClaim"][
        "status"
    ] == ("SUBMITTED")
    # The claimant never decides their own claim; finance does.
    only_error(await gql(client, o.claimant, APPROVE, {"id": cid}), "FORBIDDEN")
    approved = ok(await gql(client, o.finance, APPROVE, {"id": cid}))["approveExpenseClaim"]
    assert approved["status"] == "APPROVED"
    assert approved["allowedActions"] == ["return", "add_to_payment_run"]
    assert len(await events(db, "expense_claim.approved")) == 1
    assert (await _rest(client, o.claimant, cid))["status"] == "approved"
    only_error(await gql(client, o.claimant, WITHDRAW, {"id": cid}), "INVALID_TRANSITION")

    # Returned with a query, submitted again, then rejected; another withdrawn.
    other = (await make_claim(client, o.claimant, line("parking", 400)))["id"]
    await step(client, o.claimant, other, "submit")
    returned = ok(await gql(client, o.finance, RETURN, {"id": other, "reason": "Which car park?"}))
    assert returned["returnExpenseClaim"] == {
        "id": other,
        "status": "RETURNED",
        "decisionReason": "Which car park?",
        "allowedActions": [],
    }
    assert (await _rest(client, o.claimant, other))["allowedActions"] == ["submit", "withdraw"]
    ok(await gql(client, o.claimant, SUBMIT, {"id": other}))
    rejected = ok(await gql(client, o.finance, REJECT, {"id": other, "reason": "Not ours."}))
    assert rejected["rejectExpenseClaim"]["status"] == "REJECTED"
    third = (await make_claim(client, o.claimant, line("parking", 400)))["id"]
    gone = ok(await gql(client, o.claimant, WITHDRAW, {"id": third, "reason": "Duplicate"}))
    assert gone["withdrawExpenseClaim"] == {
        "id": third,
        "status": "WITHDRAWN",
        "decisionReason": "Duplicate",
    }


async def test_coordinators_claim_on_a_members_behalf(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    variables = {"input": {"personId": str(o.member.id), "items": [_gql_line("parking", 200)]}}
    claim = ok(await gql(client, o.coordinator, CREATE, variables))["createExpenseClaim"]
    assert (claim["personId"], claim["onBehalf"]) == (str(o.member.id), True)
    assert claim["createdById"] != claim["personId"]
    refused = await gql(client, o.claimant, CREATE, {"input": {"personId": str(o.other_member.id)}})
    only_error(refused, "FORBIDDEN")


async def test_self_approval_is_forbidden_and_writes_nothing(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    variables = {"input": {"items": [_gql_line("public_transport", 900)]}}
    cid = ok(await gql(client, o.finance, CREATE, variables))["createExpenseClaim"]["id"]
    version = ok(await gql(client, o.finance, SUBMIT, {"id": cid}))["submitExpenseClaim"]["version"]
    audit_before = await count(db, AuditEvent)
    refused = await gql(client, o.finance, APPROVE, {"id": cid})
    assert only_error(refused, "FORBIDDEN")["path"] == ["approveExpenseClaim"]
    assert refused["data"] is None
    assert await count(db, AuditEvent) == audit_before
    # Nor in one document with a step that would have succeeded on its own: both roll back.
    later = ok(await gql(client, o.finance, CREATE, {"input": {}}))["createExpenseClaim"]["id"]
    audit_before = await count(db, AuditEvent)
    both = await gql(
        client,
        o.finance,
        """mutation($later: UUID!, $id: UUID!) {
          withdrawExpenseClaim(id: $later) { status } approveExpenseClaim(id: $id) { id } }""",
        {"later": later, "id": cid},
    )
    assert only_error(both, "FORBIDDEN")["path"] == ["approveExpenseClaim"]
    assert both["data"] is None
    assert await count(db, AuditEvent) == audit_before
    assert await events(db, "expense_claim.approved") == []
    async with db() as session:
        row = await session.get_one(ExpenseClaim, uuid.UUID(cid))
        assert (row.status, row.decided_by_id, row.version) == ("submitted", None, version)
        assert (await session.get_one(ExpenseClaim, uuid.UUID(later))).status == "draft"


async def test_a_reason_is_needed_to_reject_or_return(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    cid = (await make_claim(client, o.claimant, line("parking", 400)))["id"]
    await step(client, o.claimant, cid, "submit")
    audit_before = await count(db, AuditEvent)
    for mutation in (REJECT, RETURN):
        refused = await gql(client, o.finance, mutation, {"id": cid, "reason": ""})
        error = only_error(refused, "VALIDATION")
        assert [e["pointer"] for e in error["extensions"]["errors"]] == ["/reason"]
        assert refused["data"] is None
    missing = await gql(client, o.finance, REJECT, {"id": cid})
    only_error(missing, "GRAPHQL_VALIDATION_FAILED")
    assert await count(db, AuditEvent) == audit_before
    assert await events(db, "expense_claim.rejected") == []
    async with db() as session:
        row = await session.get_one(ExpenseClaim, uuid.UUID(cid))
        assert (row.status, row.decision_reason) == ("submitted", None)


async def test_a_line_that_does_not_fit_its_category_points_at_the_field(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    o = await office(db, app)
    cid = (await make_claim(client, o.claimant))["id"]
    refused = await gql(
        client, o.claimant, ADD_ITEM, {"id": cid, "input": _gql_line("mileage", 100)}
    )
    error = only_error(refused, "RULE_VIOLATION")
    pointers = {e["pointer"] for e in error["extensions"]["errors"]}
    assert pointers == {"/amountPence", "/miles", "/vehicle"}
    assert await count(db, ExpenseItem, ExpenseItem.claim_id == uuid.UUID(cid)) == 0


async def test_another_organisations_claim_does_not_exist(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    other_org: Organisation,
) -> None:
    o = await office(db, app)
    cid = (await make_claim(client, o.claimant, line("parking", 400)))["id"]
    await step(client, o.claimant, cid, "submit")
    outsider = await factories.caller(db, app, other_org, "finance")
    only_error(await gql(client, outsider, ONE, {"id": cid}), "NOT_FOUND")
    only_error(await gql(client, outsider, APPROVE, {"id": cid}), "NOT_FOUND")
    only_error(await gql(client, outsider, REJECT, {"id": cid, "reason": "No"}), "NOT_FOUND")
    assert nodes(ok(await gql(client, outsider, LIST))["expenseClaims"]) == []
    async with db() as session:
        assert (await session.get_one(ExpenseClaim, uuid.UUID(cid))).status == "submitted"


@pytest.mark.parametrize(
    ("graphql_input", "model"),
    [
        (graphql_expenses.CreateExpenseClaimInput, domain.ExpenseClaimCreate),
        (graphql_expenses.UpdateExpenseClaimInput, domain.ExpenseClaimUpdate),
        (graphql_expenses.ExpenseItemInput, domain.ExpenseItemInput),
    ],
)
def test_inputs_carry_exactly_the_domain_fields(
    graphql_input: type, model: type[BaseModel]
) -> None:
    fields = {f.name: f for f in dataclasses.fields(graphql_input)}
    assert set(fields) == set(model.model_fields)
    required_here = {n for n, f in fields.items() if f.default is dataclasses.MISSING}
    required_there = {n for n, f in model.model_fields.items() if f.is_required()}
    assert required_here == required_there
