"""Finance's shapes: the expenses policy, payment runs, payment preferences, totals."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.api.views.base import View
from app.api.views.expenses import ClaimSummaryOut
from app.domain.expenses.policies import PolicyInForce
from app.domain.expenses.schemas import Category, ClearedBy, RunStatus


class MileageRatesOut(View):
    car_pence: int
    car_threshold_miles: int
    car_after_threshold_pence: int
    motorcycle_pence: int
    bicycle_pence: int


class InvolvementRateOut(View):
    full_day_pence: int
    half_day_pence: int


class PolicyOut(View):
    id: uuid.UUID | None = Field(description="Null: the built-in defaults, no version set yet.")
    effective_from: date | None
    effective_until: date | None
    mileage: MileageRatesOut
    subsistence_daily_cap_pence: int | None
    accommodation_nightly_cap_pence: int | None
    receipt_thresholds_pence: dict[Category, int]
    claim_deadline_days: int
    involvement_rates: dict[str, InvolvementRateOut]


def policy_out(found: PolicyInForce) -> PolicyOut:
    version, rules = found.version, found.version.rules
    return PolicyOut(
        id=version.id,
        effective_from=version.effective_from if version.id else None,
        effective_until=found.effective_until,
        mileage=MileageRatesOut.model_validate(rules.mileage),
        subsistence_daily_cap_pence=rules.subsistence_daily_cap_pence,
        accommodation_nightly_cap_pence=rules.accommodation_nightly_cap_pence,
        receipt_thresholds_pence=rules.receipt_thresholds_pence,
        claim_deadline_days=rules.claim_deadline_days,
        involvement_rates={
            k: InvolvementRateOut.model_validate(v) for k, v in rules.involvement_rates.items()
        },
    )


class PaymentRunOut(View):
    id: uuid.UUID
    up_to: date
    status: RunStatus
    claim_count: int
    expenses_pence: int
    involvement_pence: int
    total_pence: int
    created_by_id: uuid.UUID | None
    exported_at: datetime | None
    paid_at: datetime | None
    paid_by_id: uuid.UUID | None
    payment_reference: str | None
    cancelled_at: datetime | None
    created_at: datetime


class HeldBackOut(View):
    claim_id: uuid.UUID
    person_id: uuid.UUID
    reason: str = Field(description="Why it was left out, naming the step that clears it.")
    cleared_by: ClearedBy = Field(description="That step, for software to offer it.")


class PaymentRunDetailOut(PaymentRunOut):
    claims: list[ClaimSummaryOut]
    held_back: list[HeldBackOut] = Field(
        description="Approved claims up to the date that were left out, and why (only when "
        "the run is made)."
    )


class PaymentPreferencesOut(View):
    person_id: uuid.UUID
    declines_involvement_payments: bool
    payee_reference: str | None
    payee_name: str | None = Field(description="The name the payment-run CSV pays.")
    involvement_cap_pence: int | None = Field(
        description="A lower involvement rate the person takes: at most this a payment."
    )
    updated_at: datetime | None


class TotalOut(View):
    person_id: uuid.UUID | None
    board_id: uuid.UUID | None
    period: str | None
    claim_count: int
    expenses_pence: int
    involvement_pence: int
    total_pence: int
