"""The expense policy over GraphQL: the version in force on a day and every version, as
``GET /expense-policy`` and ``/expense-policy/versions`` give them. REST's maps (receipt
thresholds by category, involvement rates by activity) are lists of entries here, since
GraphQL has no map type. New versions are made over REST (their input is such maps)."""

from __future__ import annotations

from datetime import date

import strawberry

from app.api.graphql import fields
from app.api.graphql.context import Info
from app.api.graphql.derive import node, object_type
from app.api.views import payments as views
from app.domain.expenses import policies
from app.domain.expenses.schemas import Category


@object_type(views.MileageRatesOut, name="MileageRates")
class MileageRates:
    pass


@strawberry.type(description="A receipt is needed for a line of this category at this amount.")
class ReceiptThreshold:
    category: Category
    pence: int


@strawberry.type(description="What an involvement payment pays for an activity.")
class InvolvementRate:
    activity: str
    full_day_pence: int
    half_day_pence: int


@object_type(
    views.PolicyOut,
    name="ExpensePolicy",
    exclude=("receipt_thresholds_pence", "involvement_rates"),
)
class ExpensePolicy:
    receipt_thresholds: list[ReceiptThreshold]
    involvement_rates: list[InvolvementRate]


def _policy(found: policies.PolicyInForce) -> ExpensePolicy:
    out = views.policy_out(found)
    return node(
        ExpensePolicy,
        out,
        mileage=node(MileageRates, out.mileage),
        receipt_thresholds=[
            ReceiptThreshold(category=c, pence=p) for c, p in out.receipt_thresholds_pence.items()
        ],
        involvement_rates=[
            InvolvementRate(
                activity=a, full_day_pence=r.full_day_pence, half_day_pence=r.half_day_pence
            )
            for a, r in out.involvement_rates.items()
        ],
    )


@strawberry.type
class ExpensePolicyQueries:
    @fields.field(
        description="The policy in force on a day (today by default): mileage rates, caps, "
        "receipt thresholds, the claiming deadline and involvement rates."
    )
    async def expense_policy(self, info: Info, on: date | None = None) -> ExpensePolicy:
        async with info.context.reading() as session:
            found = await policies.policy_on(session, info.context.actor, on)
        return _policy(found)

    @fields.field(description="Every version, oldest first, each with its dates in force.")
    async def expense_policy_versions(self, info: Info) -> list[ExpensePolicy]:
        async with info.context.reading() as session:
            found = await policies.list_versions(session, info.context.actor)
        return [_policy(v) for v in found]
