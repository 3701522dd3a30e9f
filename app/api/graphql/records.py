"""Minutes and payment runs over GraphQL: the same domain functions and permissions as
REST's ``/meetings/{id}/minutes`` and ``/payment-runs``. Draft minutes answer only the
board's members and staff (to anyone else they are NOT_FOUND, as over REST); payment
runs are finance's. The payment-run CSV stays a REST download."""

from __future__ import annotations

import uuid

import strawberry

from app.api.graphql import fields
from app.api.graphql.connections import Connection, connection, page_request
from app.api.graphql.context import Info
from app.api.graphql.derive import Node, input_type, node, nodes, object_type
from app.api.graphql.inputs import Version, to_domain
from app.api.views import expenses as claim_views
from app.api.views import meetings as meeting_views
from app.api.views import payments as views
from app.db import models as db
from app.domain.expenses import payments, settlement
from app.domain.expenses import schemas as expenses
from app.domain.expenses.payments import RunResult
from app.domain.meetings import proceedings
from app.domain.meetings import schemas as meetings
from app.domain.pagination import DEFAULT_LIMIT


@object_type(meeting_views.MinutesOut, name="Minutes")
class Minutes:
    pass


@input_type(meetings.MinutesInput, name="MinutesInput")
class MinutesGqlInput:
    pass


@input_type(meetings.MinutesPublicTextInput, name="MinutesPublicTextInput")
class MinutesPublicTextGqlInput:
    pass


@object_type(claim_views.ClaimSummaryOut, name="ExpenseClaimSummary")
class ExpenseClaimSummary:
    pass


@object_type(views.HeldBackOut, name="HeldBackClaim")
class HeldBackClaim:
    pass


@object_type(views.PaymentRunOut, name="PaymentRun")
class PaymentRun(Node):
    pass


@object_type(views.PaymentRunDetailOut, name="PaymentRunDetail")
class PaymentRunDetail:
    claims: list[ExpenseClaimSummary]
    held_back: list[HeldBackClaim]


@input_type(expenses.PaymentRunCreate, name="CreatePaymentRunInput")
class CreatePaymentRunInput:
    pass


@input_type(expenses.MarkPaid, name="MarkPaymentRunPaidInput")
class MarkPaymentRunPaidInput:
    pass


def _detail(result: RunResult) -> PaymentRunDetail:
    return node(
        PaymentRunDetail,
        result.run,
        claims=nodes(ExpenseClaimSummary, result.claims),
        held_back=nodes(HeldBackClaim, result.held_back),
    )


def _minutes(row: db.Minutes) -> Minutes:
    return node(Minutes, row)


@strawberry.type
class RecordQueries:
    @fields.field(
        description="A meeting's minutes. Drafts are for the board's members and staff only."
    )
    async def minutes(self, info: Info, meeting_id: uuid.UUID) -> Minutes | None:
        async with info.context.reading() as session:
            row = await proceedings.get_minutes(session, info.context.actor, meeting_id)
        return _minutes(row)

    @fields.field(description="Payment runs, oldest first (finance).")
    async def payment_runs(
        self, info: Info, first: int = DEFAULT_LIMIT, after: str | None = None
    ) -> Connection[PaymentRun]:
        request = page_request(first, after)
        async with info.context.reading() as session:
            page = await payments.list_runs(session, info.context.actor, request)
        return connection(nodes(PaymentRun, page.items), page.next_cursor, after)

    @fields.field(description="A payment run with its claims (finance).")
    async def payment_run(self, info: Info, id: uuid.UUID) -> PaymentRunDetail | None:
        async with info.context.reading() as session:
            result = await payments.run_detail(session, info.context.actor, id)
        return _detail(result)


@strawberry.type
class RecordMutations:
    @fields.mutation(
        description="Write the draft minutes (the chair, the secretary, or staff). Send "
        "`version` to edit existing ones; approved minutes are final."
    )
    async def save_minutes(
        self,
        info: Info,
        meeting_id: uuid.UUID,
        input: MinutesGqlInput,
        version: int | None = None,
    ) -> Minutes:
        data = to_domain(meetings.MinutesInput, input)
        async with info.context.writing() as session:
            row = await proceedings.save_minutes(
                session, info.context.actor, meeting_id, data, version
            )
        return _minutes(row)

    @fields.mutation(description="Approve the minutes; the quorum is judged now.")
    async def approve_minutes(self, info: Info, meeting_id: uuid.UUID) -> Minutes:
        async with info.context.writing() as session:
            row = await proceedings.approve_minutes(session, info.context.actor, meeting_id)
        return _minutes(row)

    @fields.mutation(
        description="The public version of the minutes, personal passages as `[redacted]`."
    )
    async def set_minutes_public_text(
        self,
        info: Info,
        meeting_id: uuid.UUID,
        version: Version,
        input: MinutesPublicTextGqlInput,
    ) -> Minutes:
        data = to_domain(meetings.MinutesPublicTextInput, input)
        async with info.context.writing() as session:
            row = await proceedings.set_public_text(
                session, info.context.actor, meeting_id, data, version
            )
        return _minutes(row)

    @fields.mutation(
        description="Gather every claim approved on or before `upTo` and in no run yet; "
        "claims that must not be paid now are in `heldBack`, each with the step that "
        "clears it."
    )
    async def create_payment_run(
        self, info: Info, input: CreatePaymentRunInput
    ) -> PaymentRunDetail:
        data = to_domain(expenses.PaymentRunCreate, input)
        async with info.context.writing() as session:
            result = await payments.create_run(session, info.context.actor, data)
        return _detail(result)

    @fields.mutation(description="Record the payment reference: every claim becomes paid.")
    async def mark_payment_run_paid(
        self, info: Info, id: uuid.UUID, input: MarkPaymentRunPaidInput
    ) -> PaymentRunDetail:
        data = to_domain(expenses.MarkPaid, input)
        async with info.context.writing() as session:
            result = await settlement.mark_paid(session, info.context.actor, id, data)
        return _detail(result)

    @fields.mutation(description="Undo an unpaid run: its claims are approved again.")
    async def cancel_payment_run(self, info: Info, id: uuid.UUID) -> PaymentRunDetail:
        async with info.context.writing() as session:
            result = await settlement.cancel_run(session, info.context.actor, id)
        return _detail(result)
