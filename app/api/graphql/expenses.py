"""Expense claims as GraphQL types: their lines with what the policy allowed and why, and
a mutation for each step of the workflow.

Visibility is REST's (``/expense-claims``): a claim is private to the claimant,
coordinators and finance (``claims.readable``); to anyone else it does not exist, as
another organisation's does not. Field names follow REST's ``ClaimOut`` and ``ItemOut``:
a line's totals are ``claimedPence`` (what was asked for) and ``allowedPence`` (what the
policy allows), and its ``explanation`` says why.

``expenseClaims { edges { node { items } } }`` is one query for the page and one
DataLoader batch for every claim's lines (``claims.items_by_claim``).

Receipts and flags stay REST-only for now (receipts are a streamed
multipart upload).
"""

from __future__ import annotations

import uuid

import strawberry
from strawberry import UNSET

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, input_type, node, object_type
from app.api.graphql.inputs import Version, to_domain
from app.api.views import expenses as views
from app.db import models as db
from app.domain.actors import Actor
from app.domain.expenses import claims, editing, workflow
from app.domain.expenses import schemas as domain
from app.domain.expenses.schemas import ClaimStatus
from app.domain.pagination import DEFAULT_LIMIT

# -- types ---------------------------------------------------------------------------


@object_type(views.ItemOut, name="ExpenseItem", exclude=("receipt_ids",))
class ExpenseItem:
    pass


# Receipts and flags stay REST-only (see above).
@object_type(views.ClaimOut, name="ExpenseClaim", exclude=("receipts", "flags"))
class ExpenseClaim(Node):
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


def item_node(row: db.ExpenseItem) -> ExpenseItem:
    return node(ExpenseItem, row, miles=views.miles(row))


def claim_node(row: db.ExpenseClaim, actor: Actor) -> ExpenseClaim:
    return node(ExpenseClaim, row, allowed_actions=workflow.allowed_for(actor, row))


# -- inputs --------------------------------------------------------------------------


@input_type(
    domain.ExpenseItemInput,
    name="ExpenseItemInput",
    description="Mileage and involvement payments leave `amountPence` out: the policy "
    "computes them. Mileage gives `miles` and `vehicle`; involvement payments `meetingId` "
    "and `dayPart`.",
)
class ExpenseItemInput:
    pass


@input_type(domain.ExpenseClaimCreate, name="CreateExpenseClaimInput")
class CreateExpenseClaimInput:
    pass


@input_type(domain.ExpenseClaimUpdate, name="UpdateExpenseClaimInput")
class UpdateExpenseClaimInput:
    pass


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
        return connection(
            [claim_node(c, info.context.actor) for c in page.items], page.next_cursor, after
        )

    @strawberry.field
    async def expense_claim(self, info: Info, id: uuid.UUID) -> ExpenseClaim | None:
        async with info.context.reading() as session:
            row = await claims.get_claim(session, info.context.actor, id)
        return claim_node(row, info.context.actor)


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
            row = (await claims.create_claim(session, info.context.actor, data)).claim
        return claim_node(row, info.context.actor)

    @fields.mutation(description="Change the board or purpose of a draft or returned claim.")
    async def update_expense_claim(
        self, info: Info, id: uuid.UUID, version: Version, input: UpdateExpenseClaimInput
    ) -> ExpenseClaim:
        data = to_domain(domain.ExpenseClaimUpdate, input)
        async with info.context.writing() as session:
            row = await claims.update_claim(session, info.context.actor, id, data, version)
        return claim_node(row, info.context.actor)

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
        return ExpenseItemChange(
            item=item_node(change.item), claim=claim_node(change.claim, info.context.actor)
        )

    @fields.mutation(
        description="Judge every line again and submit. Refused with RULE_VIOLATION while a "
        "line has a problem; `errors` points at each. Safe to retry."
    )
    async def submit_expense_claim(self, info: Info, id: uuid.UUID) -> ExpenseClaim:
        async with info.context.writing() as session:
            row = (await workflow.submit(session, info.context.actor, id)).claim
        return claim_node(row, info.context.actor)

    @fields.mutation(
        description="Finance (not the claimant, nor whoever made the claim). Safe to retry."
    )
    async def approve_expense_claim(self, info: Info, id: uuid.UUID) -> ExpenseClaim:
        async with info.context.writing() as session:
            row = await workflow.approve(session, info.context.actor, id)
        return claim_node(row, info.context.actor)

    @fields.mutation(description="Finance, with a reason the claimant reads.")
    async def reject_expense_claim(self, info: Info, id: uuid.UUID, reason: str) -> ExpenseClaim:
        data = domain.ReasonInput.model_validate({"reason": reason})
        async with info.context.writing() as session:
            row = await workflow.reject(session, info.context.actor, id, data)
        return claim_node(row, info.context.actor)

    @fields.mutation(
        description="Finance: back to the claimant with a query to amend and submit again."
    )
    async def return_expense_claim(self, info: Info, id: uuid.UUID, reason: str) -> ExpenseClaim:
        data = domain.ReasonInput.model_validate({"reason": reason})
        async with info.context.writing() as session:
            row = await workflow.return_claim(session, info.context.actor, id, data)
        return claim_node(row, info.context.actor)

    @fields.mutation(description="The claimant (or a coordinator), before approval.")
    async def withdraw_expense_claim(
        self, info: Info, id: uuid.UUID, reason: str | None = UNSET
    ) -> ExpenseClaim:
        data = domain.WithdrawInput.model_validate({} if reason is UNSET else {"reason": reason})
        async with info.context.writing() as session:
            row = await workflow.withdraw(session, info.context.actor, id, data)
        return claim_node(row, info.context.actor)
