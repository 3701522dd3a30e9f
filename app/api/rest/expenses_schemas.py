"""Output models for expenses, shared by the expenses, payment-run and report routers."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from app.api.rest.schemas import Out
from app.db.models import ExpenseClaim, ExpenseItem
from app.domain.expenses.policies import PolicyInForce
from app.domain.expenses.receipts import ReceiptView
from app.domain.expenses.schemas import Category, ClaimStatus, DayPart, RunStatus, Vehicle
from app.domain.expenses.views import ClaimView


class MileageRatesOut(Out):
    car_pence: int
    car_threshold_miles: int
    car_after_threshold_pence: int
    motorcycle_pence: int
    bicycle_pence: int


class InvolvementRateOut(Out):
    full_day_pence: int
    half_day_pence: int


class PolicyOut(Out):
    id: uuid.UUID | None  # null: the built-in defaults, no version set yet
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


class ReceiptOut(Out):
    id: uuid.UUID
    claim_id: uuid.UUID
    item_id: uuid.UUID | None
    content_type: str
    size_bytes: int
    filename: str | None
    digest: str
    # The same file is on another live claim, or twice on this one.
    duplicate: bool
    duplicate_claim_ids: list[uuid.UUID]
    created_at: datetime


def receipt_out(view: ReceiptView) -> ReceiptOut:
    r = view.receipt
    return ReceiptOut(
        id=r.id,
        claim_id=r.claim_id,
        item_id=r.item_id,
        content_type=r.content_type,
        size_bytes=r.size_bytes,
        filename=r.filename,
        digest=r.digest,
        duplicate=view.duplicate,
        duplicate_claim_ids=view.duplicate_claim_ids,
        created_at=r.created_at,
    )


class ItemOut(Out):
    id: uuid.UUID
    claim_id: uuid.UUID
    category: Category
    expense_date: date
    meeting_id: uuid.UUID | None
    board_id: uuid.UUID | None
    description: str
    claimed_pence: int
    allowed_pence: int
    miles: float | None
    vehicle: Vehicle | None
    nights: int | None
    day_part: DayPart | None
    activity: str | None
    # The policy version the line was judged by; null for the built-in defaults.
    policy_id: uuid.UUID | None
    explanation: list[str]
    # What stops the claim being submitted while this line is on it.
    problems: list[str]
    receipt_ids: list[uuid.UUID]


def item_out(item: ExpenseItem, receipt_ids: list[uuid.UUID] | None = None) -> ItemOut:
    return ItemOut(
        id=item.id,
        claim_id=item.claim_id,
        category=Category(item.category),
        expense_date=item.expense_date,
        meeting_id=item.meeting_id,
        board_id=item.board_id,
        description=item.description,
        claimed_pence=item.claimed_pence,
        allowed_pence=item.allowed_pence,
        miles=item.miles_tenths / 10 if item.miles_tenths is not None else None,
        vehicle=Vehicle(item.vehicle) if item.vehicle else None,
        nights=item.nights,
        day_part=DayPart(item.day_part) if item.day_part else None,
        activity=item.activity,
        policy_id=item.policy_id,
        explanation=item.explanation,
        problems=item.problems,
        receipt_ids=receipt_ids or [],
    )


class ClaimSummaryOut(Out):
    id: uuid.UUID
    person_id: uuid.UUID
    created_by_id: uuid.UUID | None
    on_behalf: bool
    board_id: uuid.UUID | None
    purpose: str | None
    status: ClaimStatus
    claimed_pence: int
    allowed_pence: int
    expenses_pence: int
    involvement_pence: int
    submitted_at: datetime | None
    first_submitted_at: datetime | None
    decided_at: datetime | None
    decided_by_id: uuid.UUID | None
    # Why it was last rejected, returned or withdrawn.
    decision_reason: str | None
    payment_run_id: uuid.UUID | None
    paid_at: datetime | None
    created_at: datetime
    updated_at: datetime | None


class ClaimOut(ClaimSummaryOut):
    items: list[ItemOut]
    receipts: list[ReceiptOut]
    allowed_actions: list[str]
    flags: list[str]


def summary_out(claim: ExpenseClaim) -> ClaimSummaryOut:
    return ClaimSummaryOut.model_validate(claim)


def claim_out(view: ClaimView) -> ClaimOut:
    by_item: dict[uuid.UUID, list[uuid.UUID]] = {}
    for r in view.receipts:
        if r.receipt.item_id is not None:
            by_item.setdefault(r.receipt.item_id, []).append(r.receipt.id)
    base = ClaimSummaryOut.model_validate(view.claim).model_dump()
    return ClaimOut(
        **base,
        items=[item_out(i, by_item.get(i.id)) for i in view.items],
        receipts=[receipt_out(r) for r in view.receipts],
        allowed_actions=view.allowed_actions,
        flags=view.flags,
    )


class PaymentRunOut(Out):
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


class HeldBackOut(Out):
    claim_id: uuid.UUID
    person_id: uuid.UUID
    reason: str


class PaymentRunDetailOut(PaymentRunOut):
    claims: list[ClaimSummaryOut]
    # Approved claims up to the date that were left out, and why (only when made).
    held_back: list[HeldBackOut]
