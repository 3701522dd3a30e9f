"""Expense claims as GraphQL types: their lines with what the policy allowed and why, and
a mutation for each step of the workflow.

Visibility is REST's (``/expense-claims``): a claim is private to the claimant,
coordinators and finance (``claims.readable``); to anyone else it does not exist, as
another organisation's does not. Field names follow REST's ``ClaimOut`` and ``ItemOut``:
a line's totals are ``claimedPence`` (what was asked for) and ``allowedPence`` (what the
policy allows), and its ``explanation`` says why.

``expenseClaims { edges { node { items } } }`` is one query for the page and one
DataLoader batch for every claim's lines (``claims.items_by_claim``).

Receipts, flags and payment runs stay REST-only for now (receipts are a streamed
multipart upload).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

import strawberry
from strawberry import UNSET

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.inputs import Version, to_domain
from app.db import models as db
from app.domain.expenses import claims, editing, workflow
from app.domain.expenses import schemas as domain
from app.domain.expenses.schemas import Category, ClaimStatus, DayPart, Vehicle
from app.domain.pagination import DEFAULT_LIMIT

# -- types ---------------------------------------------------------------------------


@strawberry.type(description="A line of a claim, with what the policy allowed for it and why.")
class ExpenseItem:
    id: uuid.UUID
    claim_id: uuid.UUID
    category: Category
    expense_date: date
    meeting_id: uuid.UUID | None
    board_id: uuid.UUID | None = strawberry.field(
        description="The meeting's board, or the claim's."
    )
    description: str
    claimed_pence: int = strawberry.field(
        description="What was spent; computed for mileage and involvement payments."
    )
    allowed_pence: int = strawberry.field(description="What the policy allows for the line.")
    miles: float | None
    vehicle: Vehicle | None
    nights: int | None
    day_part: DayPart | None
    activity: str | None
    policy_id: uuid.UUID | None = strawberry.field(
        description="The policy version the line was judged by; null for the built-in defaults."
    )
    explanation: list[str] = strawberry.field(
        description="How the policy arrived at `allowedPence`, step by step."
    )
    problems: list[str] = strawberry.field(
        description="What stops the claim being submitted while this line is on it."
    )


@strawberry.type(
    description="A claim for expenses and involvement payments. Private to the claimant, "
    "coordinators and finance. Amounts are integer pence."
)
class ExpenseClaim:
    id: uuid.UUID
    person_id: uuid.UUID = strawberry.field(description="The claimant.")
    created_by_id: uuid.UUID | None = strawberry.field(description="Who made the claim.")
    on_behalf: bool = strawberry.field(
        description="Made by a coordinator on the claimant's behalf."
    )
    board_id: uuid.UUID | None
    purpose: str | None
    status: ClaimStatus
    claimed_pence: int
    allowed_pence: int = strawberry.field(description="`expensesPence + involvementPence`.")
    expenses_pence: int
    involvement_pence: int
    submitted_at: datetime | None
    first_submitted_at: datetime | None
    decided_at: datetime | None
    decided_by_id: uuid.UUID | None
    decision_reason: str | None = strawberry.field(
        description="Why it was last rejected, returned or withdrawn."
    )
    payment_run_id: uuid.UUID | None
    paid_at: datetime | None
    allowed_actions: list[str] = strawberry.field(
        description="The workflow steps its status allows, such as submit or approve."
    )
    created_at: datetime
    updated_at: datetime | None
    version: int = strawberry.field(
        description="The row version: send it back as `version` to updateExpenseClaim."
    )

    @fields.field(description="Every line, in the order they were added.")
    async def items(self, info: Info) -> list[ExpenseItem]:
        rows = await info.context.loaders.expense_items.load(self.id)
        return [item_node(row) for row in rows]


@strawberry.type(description="A line added or changed, and its claim judged again.")
class ExpenseItemChange:
    item: ExpenseItem
    claim: ExpenseClaim = strawberry.field(
        description="With its new totals and `version`: a line's allowance depends on the others."
    )


# -- mapping rows to nodes -----------------------------------------------------------


def item_node(row: db.ExpenseItem) -> ExpenseItem:
    return ExpenseItem(
        id=row.id,
        claim_id=row.claim_id,
        category=Category(row.category),
        expense_date=row.expense_date,
        meeting_id=row.meeting_id,
        board_id=row.board_id,
        description=row.description,
        claimed_pence=row.claimed_pence,
        allowed_pence=row.allowed_pence,
        miles=row.miles_tenths / 10 if row.miles_tenths is not None else None,
        vehicle=Vehicle(row.vehicle) if row.vehicle else None,
        nights=row.nights,
        day_part=DayPart(row.day_part) if row.day_part else None,
        activity=row.activity,
        policy_id=row.policy_id,
        explanation=list(row.explanation),
        problems=list(row.problems),
    )


def claim_node(row: db.ExpenseClaim) -> ExpenseClaim:
    status = ClaimStatus(row.status)
    return ExpenseClaim(
        id=row.id,
        person_id=row.person_id,
        created_by_id=row.created_by_id,
        on_behalf=row.on_behalf,
        board_id=row.board_id,
        purpose=row.purpose,
        status=status,
        claimed_pence=row.claimed_pence,
        allowed_pence=row.allowed_pence,
        expenses_pence=row.expenses_pence,
        involvement_pence=row.involvement_pence,
        submitted_at=row.submitted_at,
        first_submitted_at=row.first_submitted_at,
        decided_at=row.decided_at,
        decided_by_id=row.decided_by_id,
        decision_reason=row.decision_reason,
        payment_run_id=row.payment_run_id,
        paid_at=row.paid_at,
        allowed_actions=workflow.allowed(status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
    )


# -- inputs --------------------------------------------------------------------------


@strawberry.input(
    description="Mileage and involvement payments leave `amountPence` out: the policy "
    "computes them. Mileage gives `miles` and `vehicle`; involvement payments `meetingId` "
    "and `dayPart`."
)
class ExpenseItemInput:
    category: Category
    expense_date: date
    description: str
    meeting_id: uuid.UUID | None = UNSET
    amount_pence: int | None = UNSET
    miles: Decimal | None = strawberry.field(default=UNSET, description="To a tenth of a mile.")
    vehicle: Vehicle | None = UNSET
    nights: int | None = strawberry.field(
        default=UNSET, description="Accommodation: the nights the amount covers."
    )
    day_part: DayPart | None = UNSET
    activity: str | None = strawberry.field(
        default=UNSET,
        description="An activity of the policy's involvement rates; defaults to 'meeting'.",
    )


@strawberry.input
class CreateExpenseClaimInput:
    person_id: uuid.UUID | None = strawberry.field(
        default=UNSET,
        description="Coordinators claim on a member's behalf; left out, the claim is yours.",
    )
    board_id: uuid.UUID | None = UNSET
    purpose: str | None = UNSET
    items: list[ExpenseItemInput] | None = strawberry.field(
        default=UNSET, description="Lines, if you have them; at most 100."
    )


@strawberry.input(description="Only the fields sent are changed.")
class UpdateExpenseClaimInput:
    board_id: uuid.UUID | None = UNSET
    purpose: str | None = UNSET


# -- operations (merged into Query and Mutation) -------------------------------------


@strawberry.type
class ExpenseQueries:
    @fields.field(description="Your own claims; coordinators and finance see everyone's.")
    async def expense_claims(
        self,
        info: Info,
        first: int = DEFAULT_LIMIT,
        after: str | None = None,
        status: ClaimStatus | None = None,
        person_id: uuid.UUID | None = None,
        board_id: uuid.UUID | None = None,
    ) -> Connection[ExpenseClaim] | None:
        request = page_request(first, after)
        async with info.context.reading() as session:
            page = await claims.list_claims(
                session,
                info.context.actor,
                request,
                status=status,
                person_id=person_id,
                board_id=board_id,
            )
        return connection([claim_node(c) for c in page.items], page.next_cursor, after)

    @strawberry.field
    async def expense_claim(self, info: Info, id: uuid.UUID) -> ExpenseClaim | None:
        async with info.context.reading() as session:
            row = await claims.get_claim(session, info.context.actor, id)
        return claim_node(row)


@strawberry.type
class ExpenseMutations:
    @fields.mutation(
        description="A draft claim, with lines if you have them. Coordinators may give "
        "`personId` to claim on a member's behalf; the claim records that it was."
    )
    async def create_expense_claim(
        self, info: Info, input: CreateExpenseClaimInput
    ) -> ExpenseClaim:
        data = to_domain(domain.ExpenseClaimCreate, input)
        async with info.context.writing() as session:
            row = await claims.create_claim(session, info.context.actor, data)
        return claim_node(row)

    @fields.mutation(description="Change the board or purpose of a draft or returned claim.")
    async def update_expense_claim(
        self, info: Info, id: uuid.UUID, version: Version, input: UpdateExpenseClaimInput
    ) -> ExpenseClaim:
        data = to_domain(domain.ExpenseClaimUpdate, input)
        async with info.context.writing() as session:
            row = await claims.update_claim(session, info.context.actor, id, data, version)
        return claim_node(row)

    @fields.mutation(
        description="Add a line to a draft or returned claim. The whole claim is judged again."
    )
    async def add_expense_item(
        self,
        info: Info,
        claim_id: uuid.UUID,
        input: ExpenseItemInput,
    ) -> ExpenseItemChange:
        data = to_domain(domain.ExpenseItemInput, input)
        async with info.context.writing() as session:
            change = await editing.add_item(session, info.context.actor, claim_id, data)
        return ExpenseItemChange(item=item_node(change.item), claim=claim_node(change.claim))

    @fields.mutation(
        description="Judge every line again and submit. Refused with RULE_VIOLATION while a "
        "line has a problem; `errors` points at each. Safe to retry."
    )
    async def submit_expense_claim(self, info: Info, id: uuid.UUID) -> ExpenseClaim:
        async with info.context.writing() as session:
            row = await workflow.submit(session, info.context.actor, id)
        return claim_node(row)

    @fields.mutation(
        description="Finance (not the claimant, nor whoever made the claim). Safe to retry."
    )
    async def approve_expense_claim(self, info: Info, id: uuid.UUID) -> ExpenseClaim:
        async with info.context.writing() as session:
            row = await workflow.approve(session, info.context.actor, id)
        return claim_node(row)

    @fields.mutation(description="Finance, with a reason the claimant reads.")
    async def reject_expense_claim(self, info: Info, id: uuid.UUID, reason: str) -> ExpenseClaim:
        data = domain.ReasonInput.model_validate({"reason": reason})
        async with info.context.writing() as session:
            row = await workflow.reject(session, info.context.actor, id, data)
        return claim_node(row)

    @fields.mutation(
        description="Finance: back to the claimant with a query to amend and submit again."
    )
    async def return_expense_claim(self, info: Info, id: uuid.UUID, reason: str) -> ExpenseClaim:
        data = domain.ReasonInput.model_validate({"reason": reason})
        async with info.context.writing() as session:
            row = await workflow.return_claim(session, info.context.actor, id, data)
        return claim_node(row)

    @fields.mutation(description="The claimant (or a coordinator), before approval.")
    async def withdraw_expense_claim(
        self, info: Info, id: uuid.UUID, reason: str | None = UNSET
    ) -> ExpenseClaim:
        data = domain.WithdrawInput.model_validate({} if reason is UNSET else {"reason": reason})
        async with info.context.writing() as session:
            row = await workflow.withdraw(session, info.context.actor, id, data)
        return claim_node(row)
