"""Expense claims, their lines and receipts."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, datetime

from pydantic import Field

from app.api.views.base import View, version_field
from app.db.models import ExpenseClaim, ExpenseItem
from app.domain.expenses.receipts import ReceiptView
from app.domain.expenses.schemas import Category, ClaimStatus, DayPart, Vehicle
from app.domain.expenses.views import ClaimView


class ReceiptOut(View):
    id: uuid.UUID
    claim_id: uuid.UUID
    item_id: uuid.UUID | None
    content_type: str
    size_bytes: int
    filename: str | None
    digest: str
    duplicate: bool = Field(
        description="The same file is on another live claim, or twice on this one."
    )
    duplicate_claim_ids: list[uuid.UUID]
    created_at: datetime


class ItemOut(View):
    """A line of a claim, with what the policy allowed for it and why."""

    id: uuid.UUID
    claim_id: uuid.UUID
    category: Category
    expense_date: date
    meeting_id: uuid.UUID | None
    lot_id: uuid.UUID | None = Field(
        default=None,
        description="The procurement lot whose evaluation panel work an involvement payment "
        "is for, in place of a meeting.",
    )
    board_id: uuid.UUID | None = Field(description="The meeting's board, or the claim's.")
    description: str
    claimed_pence: int = Field(
        description="What was spent; computed for mileage and involvement payments."
    )
    allowed_pence: int = Field(description="What the policy allows for the line.")
    miles: float | None
    vehicle: Vehicle | None
    nights: int | None
    day_part: DayPart | None
    activity: str | None
    policy_id: uuid.UUID | None = Field(
        description="The policy version the line was judged by; null for the built-in defaults."
    )
    explanation: list[str] = Field(
        description="How the policy arrived at `allowedPence`, step by step."
    )
    problems: list[str] = Field(
        description="What stops the claim being submitted while this line is on it."
    )
    receipt_ids: list[uuid.UUID]


class ClaimSummaryOut(View):
    """A claim for expenses and involvement payments. Private to the claimant,
    coordinators and finance. Amounts are integer pence."""

    id: uuid.UUID
    person_id: uuid.UUID = Field(description="The claimant.")
    created_by_id: uuid.UUID | None = Field(description="Who made the claim.")
    on_behalf: bool = Field(
        description="Someone other than the claimant made or changed it (a coordinator)."
    )
    board_id: uuid.UUID | None
    purpose: str | None
    status: ClaimStatus
    claimed_pence: int
    allowed_pence: int = Field(description="`expensesPence + involvementPence`.")
    expenses_pence: int
    involvement_pence: int
    submitted_at: datetime | None
    first_submitted_at: datetime | None
    decided_at: datetime | None
    decided_by_id: uuid.UUID | None
    decision_reason: str | None = Field(
        description="Why it was last rejected, returned or withdrawn."
    )
    payment_run_id: uuid.UUID | None
    paid_at: datetime | None
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("updateExpenseClaim")


class ClaimOut(ClaimSummaryOut):
    items: list[ItemOut] = Field(description="Every line, in the order they were added.")
    receipts: list[ReceiptOut]
    allowed_actions: list[str] = Field(
        description="The workflow steps its status allows that the caller may take, such as "
        "submit or approve. Approve, reject and return are never offered to anyone who "
        "made, changed or submitted the claim (segregation of duties)."
    )
    flags: list[str]


# The fields a row carries as they are; the rest are worked out below.
_RECEIPT_COLUMNS = [
    n for n in ReceiptOut.model_fields if n not in {"duplicate", "duplicate_claim_ids"}
]
_ITEM_COLUMNS = [n for n in ItemOut.model_fields if n not in {"miles", "receipt_ids"}]


def receipt_out(view: ReceiptView) -> ReceiptOut:
    return ReceiptOut.model_validate(
        {
            **{name: getattr(view.receipt, name) for name in _RECEIPT_COLUMNS},
            "duplicate": view.duplicate,
            "duplicate_claim_ids": view.duplicate_claim_ids,
        }
    )


def miles(item: ExpenseItem) -> float | None:
    """Stored in tenths so sums stay exact; shown in miles."""
    return item.miles_tenths / 10 if item.miles_tenths is not None else None


def item_out(item: ExpenseItem, receipt_ids: list[uuid.UUID] | None = None) -> ItemOut:
    return ItemOut.model_validate(
        {
            **{name: getattr(item, name) for name in _ITEM_COLUMNS},
            "miles": miles(item),
            "receipt_ids": receipt_ids or [],
        }
    )


def summary_out(claim: ExpenseClaim) -> ClaimSummaryOut:
    return ClaimSummaryOut.model_validate(claim)


def claim_out(view: ClaimView) -> ClaimOut:
    by_item: defaultdict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for r in view.receipts:
        if r.receipt.item_id is not None:
            by_item[r.receipt.item_id].append(r.receipt.id)
    return ClaimOut.model_validate(
        {
            **{name: getattr(view.claim, name) for name in ClaimSummaryOut.model_fields},
            "items": [item_out(i, by_item.get(i.id)) for i in view.items],
            "receipts": [receipt_out(r) for r in view.receipts],
            "allowed_actions": view.allowed_actions,
            "flags": view.flags,
        }
    )


_RECEIPT_COLUMNS = [
    n for n in ReceiptOut.model_fields if n not in {"duplicate", "duplicate_claim_ids"}
]
_ITEM_COLUMNS = [n for n in ItemOut.model_fields if n not in {"miles", "receipt_ids"}]
