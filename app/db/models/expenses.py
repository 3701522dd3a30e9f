"""Expense policy versions, claims and their lines, receipts, payment runs and preferences.

Money is integer pence everywhere. A claim's totals are kept on the claim (recomputed with
every change to its lines) so lists, payment runs and reports never add up lines again.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field

from app.db.models.base import (
    JsonType,
    Timestamped,
    json_list_field,
    org_field,
    time_field,
    version_column,
)

CLAIM_STATUSES = (
    "draft",
    "submitted",
    "returned",
    "approved",
    "rejected",
    "withdrawn",
    "in_payment_run",
    "paid",
)
ITEM_CATEGORIES = (
    "public_transport",
    "mileage",
    "taxi",
    "parking",
    "subsistence",
    "accommodation",
    "care_costs",
    "involvement_payment",
    "other",
)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


_claim_version = version_column()
_run_version = version_column()
_preference_version = version_column()


class ExpensePolicy(Timestamped, table=True):
    """One version of an organisation's policy, in force from ``effective_from`` until the
    next version's date. The rules are a document validated by the domain's ``PolicyRules``."""

    __tablename__ = "expense_policies"
    __table_args__ = (UniqueConstraint("organisation_id", "effective_from"),)

    organisation_id: uuid.UUID = org_field()
    effective_from: date
    rules: dict[str, Any] = Field(default_factory=dict, sa_type=JsonType, nullable=False)
    created_by_id: uuid.UUID | None = None


class PaymentRun(Timestamped, table=True):
    __tablename__ = "payment_runs"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'paid', 'cancelled')", name="status"),
        CheckConstraint("total_pence = expenses_pence + involvement_pence", name="total"),
    )
    __mapper_args__ = {"version_id_col": _run_version}

    organisation_id: uuid.UUID = org_field()
    up_to: date
    status: str = "open"
    created_by_id: uuid.UUID | None = None
    claim_count: int = 0
    expenses_pence: int = 0
    involvement_pence: int = 0
    total_pence: int = 0
    exported_at: datetime | None = time_field()
    paid_at: datetime | None = time_field()
    paid_by_id: uuid.UUID | None = None
    payment_reference: str | None = None
    cancelled_at: datetime | None = time_field()
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_run_version)


class ExpenseClaim(Timestamped, table=True):
    __tablename__ = "expense_claims"
    __table_args__ = (
        CheckConstraint(_in("status", CLAIM_STATUSES), name="status"),
        CheckConstraint("allowed_pence = expenses_pence + involvement_pence", name="allowed"),
        CheckConstraint("claimed_pence >= 0 AND allowed_pence >= 0", name="amounts"),
        # In a run exactly while queued for payment or paid.
        CheckConstraint(
            "(payment_run_id IS NOT NULL) = (status IN ('in_payment_run', 'paid'))",
            name="run_iff_paying",
        ),
        Index("ix_expense_claims_org_status", "organisation_id", "status"),
        Index("ix_expense_claims_person_status", "person_id", "status"),
    )
    __mapper_args__ = {"version_id_col": _claim_version}

    organisation_id: uuid.UUID = org_field()
    # Financial records are kept: a person with claims cannot simply be deleted.
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="RESTRICT")
    created_by_id: uuid.UUID | None = None
    # Everyone who made, changed or submitted it, the claimant included (as strings): none
    # of them may decide it, so the record must outlive any one action's columns.
    contributor_ids: list[str] = json_list_field()
    # Someone other than the claimant made or changed it.
    on_behalf: bool = False
    board_id: uuid.UUID | None = Field(
        default=None, foreign_key="boards.id", ondelete="SET NULL", index=True
    )
    purpose: str | None = None
    status: str = "draft"
    claimed_pence: int = 0
    allowed_pence: int = 0
    expenses_pence: int = 0
    involvement_pence: int = 0
    submitted_at: datetime | None = time_field()
    first_submitted_at: datetime | None = time_field()
    submitted_by_id: uuid.UUID | None = None
    decided_at: datetime | None = time_field()
    decided_by_id: uuid.UUID | None = None
    # Why it was rejected or returned: shown to the claimant, coordinators and finance.
    decision_reason: str | None = None
    withdrawn_at: datetime | None = time_field()
    payment_run_id: uuid.UUID | None = Field(
        default=None, foreign_key="payment_runs.id", ondelete="RESTRICT", index=True
    )
    paid_at: datetime | None = time_field()
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_claim_version)


class ExpenseItem(Timestamped, table=True):
    """A line of a claim, with what the policy made of it and why."""

    __tablename__ = "expense_items"
    __table_args__ = (
        CheckConstraint(_in("category", ITEM_CATEGORIES), name="category"),
        CheckConstraint("claimed_pence >= 0 AND allowed_pence >= 0", name="amounts"),
        CheckConstraint(
            "(category = 'mileage') = (miles_tenths IS NOT NULL AND vehicle IS NOT NULL)",
            name="mileage_fields",
        ),
        CheckConstraint(
            "(category = 'involvement_payment') = (day_part IS NOT NULL)",
            name="involvement_fields",
        ),
        CheckConstraint("day_part IS NULL OR day_part IN ('full_day', 'half_day')", name="day"),
        CheckConstraint(
            "vehicle IS NULL OR vehicle IN ('car', 'motorcycle', 'bicycle')", name="vehicle"
        ),
        Index("ix_expense_items_category_date", "category", "expense_date"),
        UniqueConstraint("claim_id", "position"),
    )

    organisation_id: uuid.UUID = org_field()
    claim_id: uuid.UUID = Field(foreign_key="expense_claims.id", ondelete="CASCADE")
    # Order on the claim, as the claimant added the lines (IDs made in the same
    # millisecond do not sort by creation).
    position: int
    category: str
    expense_date: date
    meeting_id: uuid.UUID | None = Field(
        default=None, foreign_key="meetings.id", ondelete="SET NULL", index=True
    )
    # A procurement lot whose panel work this involvement payment is for (instead of a
    # meeting): set only by the panel's own lines (procurement/payments.py).
    lot_id: uuid.UUID | None = Field(
        default=None, foreign_key="procurement_lots.id", ondelete="SET NULL"
    )
    # The meeting's board, or the claim's: what totals by board count.
    board_id: uuid.UUID | None = Field(default=None, foreign_key="boards.id", ondelete="SET NULL")
    description: str
    # Entered by the claimant; computed for mileage and involvement payments.
    claimed_pence: int = 0
    allowed_pence: int = 0
    miles_tenths: int | None = None
    vehicle: str | None = None
    nights: int | None = None
    day_part: str | None = None
    activity: str | None = None
    policy_id: uuid.UUID | None = Field(
        default=None, foreign_key="expense_policies.id", ondelete="RESTRICT"
    )
    explanation: list[str] = json_list_field()
    # What stops the claim being submitted while this line is on it.
    problems: list[str] = json_list_field()


class ExpenseReceipt(Timestamped, table=True):
    __tablename__ = "expense_receipts"
    __table_args__ = (Index("ix_expense_receipts_org_digest", "organisation_id", "digest"),)

    organisation_id: uuid.UUID = org_field()
    claim_id: uuid.UUID = Field(foreign_key="expense_claims.id", ondelete="CASCADE", index=True)
    item_id: uuid.UUID | None = Field(
        default=None, foreign_key="expense_items.id", ondelete="SET NULL", index=True
    )
    # SHA-256 of the content, hex: the key in the receipt store, and how duplicates show.
    digest: str
    size_bytes: int
    content_type: str
    filename: str | None = None
    uploaded_by_id: uuid.UUID | None = None


class PaymentPreference(Timestamped, table=True):
    """How a person is paid. No bank details: the payee reference is the finance system's."""

    __tablename__ = "payment_preferences"
    __table_args__ = (
        UniqueConstraint("person_id"),
        CheckConstraint(
            "involvement_cap_pence IS NULL OR involvement_cap_pence >= 0",
            name="involvement_cap_pence",
        ),
    )
    __mapper_args__ = {"version_id_col": _preference_version}

    organisation_id: uuid.UUID = org_field()
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")
    # Sensitive: often because of benefits. Private to the person, coordinators and finance.
    declines_involvement_payments: bool = False
    payee_reference: str | None = None
    # The name the finance system pays, as finance recorded it: a display name is what the
    # person likes to be called, not necessarily the name on their account.
    payee_name: str | None = None
    # A lower involvement rate the person chose (some schemes allow it for benefit
    # reasons): at most this per involvement payment. Null: the policy's rate.
    involvement_cap_pence: int | None = None
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_preference_version)
