"""Inputs for expenses, and the policy's rules document. Money is integer pence."""

from __future__ import annotations

import uuid
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints, field_validator

from app.domain.schemas import Input, IsoDate, Patch, StrictPence

# A million pounds: far above any real line, low enough that sums stay in a 32-bit column.
MAX_PENCE = 100_000_000
Pence = Annotated[StrictPence, Field(ge=0, le=MAX_PENCE)]
Activity = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]


class Category(StrEnum):
    PUBLIC_TRANSPORT = "public_transport"
    MILEAGE = "mileage"
    TAXI = "taxi"
    PARKING = "parking"
    SUBSISTENCE = "subsistence"
    ACCOMMODATION = "accommodation"
    CARE_COSTS = "care_costs"
    INVOLVEMENT_PAYMENT = "involvement_payment"
    OTHER = "other"


# Amounts of these are computed from the policy, never typed in by the claimant.
COMPUTED = frozenset({Category.MILEAGE, Category.INVOLVEMENT_PAYMENT})


class Vehicle(StrEnum):
    CAR = "car"
    MOTORCYCLE = "motorcycle"
    BICYCLE = "bicycle"


class DayPart(StrEnum):
    FULL_DAY = "full_day"
    HALF_DAY = "half_day"


class ClaimStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    IN_PAYMENT_RUN = "in_payment_run"
    PAID = "paid"


class RunStatus(StrEnum):
    OPEN = "open"
    PAID = "paid"
    CANCELLED = "cancelled"


class ClearedBy(StrEnum):
    """The step that lets a claim held back from a payment run be paid."""

    RETURN_CLAIM = "return_claim"
    SET_PAYEE_DETAILS = "set_payee_details"


class MileageRates(Input):
    car_pence: Pence = 45
    car_threshold_miles: int = Field(default=10_000, ge=0, le=1_000_000)
    car_after_threshold_pence: Pence = 25
    motorcycle_pence: Pence = 24
    bicycle_pence: Pence = 20


class InvolvementRate(Input):
    full_day_pence: Pence
    half_day_pence: Pence


def _default_thresholds() -> dict[Category, int]:
    return {
        Category.PUBLIC_TRANSPORT: 2_000,
        Category.TAXI: 0,
        Category.PARKING: 1_000,
        Category.SUBSISTENCE: 1_000,
        Category.ACCOMMODATION: 0,
        Category.CARE_COSTS: 0,
        Category.OTHER: 0,
    }


def _default_involvement() -> dict[str, InvolvementRate]:
    day = {"fullDayPence": 15_000, "halfDayPence": 7_500}
    # An evaluation panel's work (procurement/payments.py): scoring bids, and the
    # consensus meeting that agrees the scores.
    return {
        "meeting": InvolvementRate.model_validate(day),
        "procurement_scoring": InvolvementRate.model_validate(day),
        "consensus_meeting": InvolvementRate.model_validate(day),
    }


class PolicyRules(Input):
    """What one version of the policy says. Every field has the default an organisation
    starts with, so a new version need only state what changes."""

    mileage: MileageRates = Field(default_factory=MileageRates)
    # None: no cap.
    subsistence_daily_cap_pence: Pence | None = 2_500
    accommodation_nightly_cap_pence: Pence | None = 12_000
    # A receipt is needed when a line's amount is above its category's threshold; a
    # category not listed never needs one.
    receipt_thresholds_pence: dict[Category, Pence] = Field(default_factory=_default_thresholds)
    claim_deadline_days: int = Field(default=90, ge=1, le=3_650)
    # By activity; an involvement payment line names its activity ("meeting" if none).
    involvement_rates: dict[Activity, InvolvementRate] = Field(
        default_factory=_default_involvement, max_length=50
    )

    @field_validator("receipt_thresholds_pence")
    @classmethod
    def _no_computed(cls, value: dict[Category, int]) -> dict[Category, int]:
        if COMPUTED & value.keys():
            raise ValueError("mileage and involvement payments are computed and need no receipt")
        return value


class ExpensePolicyCreate(PolicyRules):
    """A new version. Fields left out keep the value of the version in force the day before."""

    effective_from: IsoDate


class ExpenseItemInput(Input):
    category: Category
    expense_date: IsoDate
    description: str = Field(min_length=1, max_length=500)
    meeting_id: uuid.UUID | None = None
    # What was spent. Left out for mileage and involvement payments: those are computed.
    amount_pence: Pence | None = None
    miles: Decimal | None = Field(
        default=None, gt=0, le=10_000, decimal_places=1, description="To a tenth of a mile."
    )
    vehicle: Vehicle | None = None
    # The cap is per night.
    nights: int | None = Field(
        default=None, ge=1, le=60, description="Accommodation: the nights the amount covers."
    )
    # Involvement payment: full or half day, for an activity of the policy.
    day_part: DayPart | None = None
    activity: Activity | None = Field(
        default=None,
        description="An activity of the policy's involvement rates; defaults to 'meeting'.",
    )


class ExpenseItemUpdate(Patch):
    """Fields sent replace the line's; the result must still be a valid line."""

    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"category", "expense_date", "description"})

    category: Category | None = None
    expense_date: IsoDate | None = None
    description: str | None = Field(default=None, min_length=1, max_length=500)
    meeting_id: uuid.UUID | None = None
    amount_pence: Pence | None = None
    miles: Decimal | None = Field(default=None, gt=0, le=10_000, decimal_places=1)
    vehicle: Vehicle | None = None
    nights: int | None = Field(default=None, ge=1, le=60)
    day_part: DayPart | None = None
    activity: Activity | None = None


class ExpenseClaimCreate(Input):
    person_id: uuid.UUID | None = Field(
        default=None,
        description="Coordinators claim on a member's behalf; left out, the claim is yours.",
    )
    board_id: uuid.UUID | None = None
    purpose: str | None = Field(default=None, max_length=500)
    items: list[ExpenseItemInput] = Field(
        default_factory=list, max_length=100, description="Lines, if you have them; at most 100."
    )


class ExpenseClaimUpdate(Patch):
    board_id: uuid.UUID | None = None
    purpose: str | None = Field(default=None, max_length=500)


class ReasonInput(Input):
    """Rejecting or returning a claim always says why; the claimant reads it."""

    reason: str = Field(min_length=1, max_length=2_000)


class WithdrawInput(Input):
    reason: str | None = Field(default=None, max_length=2_000)


class PaymentRunCreate(Input):
    # Claims approved on or before this date (UK time) go into the run.
    up_to: IsoDate


class MarkPaid(Input):
    payment_reference: str = Field(min_length=1, max_length=100)


class PaymentPreferencesInput(Input):
    declines_involvement_payments: bool
    # Left out: unchanged. Only finance staff may set it: it says where money goes.
    payee_reference: str | None = Field(default=None, min_length=1, max_length=100)
    # Left out: unchanged. Finance only, like the reference: it is the name money goes to.
    payee_name: str | None = Field(default=None, min_length=1, max_length=200)
    # Left out: unchanged; null: the policy's rate. The person (or staff) may set it.
    involvement_cap_pence: Pence | None = Field(
        default=None,
        description="Take at most this per involvement payment: a lower rate than the "
        "policy's, which some schemes allow for benefit reasons. Null: the policy's rate.",
    )
