"""Totals for finance: allowed amounts by person, board and period, expenses and
involvement payments apart. Periods are the lines' expense dates (months or UK tax years);
a line counts towards its meeting's board, or else the claim's."""

from __future__ import annotations

import csv
import io
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db.models import ExpenseClaim, ExpenseItem
from app.domain.actors import Actor, Permission, require
from app.domain.errors import RuleViolation
from app.domain.expenses import money
from app.domain.expenses.schemas import Category, ClaimStatus


class GroupBy(StrEnum):
    PERSON = "person"
    BOARD = "board"
    MONTH = "month"
    TAX_YEAR = "tax_year"


# What finance has agreed to pay: approved, waiting in a run, or paid.
REPORTED = (ClaimStatus.APPROVED, ClaimStatus.IN_PAYMENT_RUN, ClaimStatus.PAID)


_Key = tuple[uuid.UUID | None, uuid.UUID | None, str | None]


@dataclass(frozen=True)
class TotalRow:
    person_id: uuid.UUID | None
    board_id: uuid.UUID | None
    period: str | None
    claim_count: int
    expenses_pence: int
    involvement_pence: int

    @property
    def total_pence(self) -> int:
        return self.expenses_pence + self.involvement_pence


def _period(day: date, group_by: Sequence[GroupBy]) -> str | None:
    if GroupBy.MONTH in group_by:
        return f"{day.year}-{day.month:02d}"
    if GroupBy.TAX_YEAR in group_by:
        return money.tax_year_label(money.tax_year(day))
    return None


async def totals(
    session: AsyncSession,
    actor: Actor,
    *,
    group_by: Sequence[GroupBy],
    date_from: date | None = None,
    date_to: date | None = None,
    statuses: Sequence[ClaimStatus] = REPORTED,
) -> list[TotalRow]:
    """One query, summed per claim, board, day and category in SQL, then folded here."""
    require(actor, Permission.EXPENSE_REPORTS_READ)
    if GroupBy.MONTH in group_by and GroupBy.TAX_YEAR in group_by:
        raise RuleViolation.field("/groupBy", "Group by month or by tax year, not both.")
    if date_from and date_to and date_from > date_to:
        raise RuleViolation.field("/to", "The end date is before the start date.")
    statement = (
        sa_select(
            col(ExpenseClaim.person_id),
            col(ExpenseItem.board_id),
            col(ExpenseItem.expense_date),
            col(ExpenseItem.claim_id),
            col(ExpenseItem.category),
            func.sum(col(ExpenseItem.allowed_pence)),
        )
        .join(ExpenseClaim, col(ExpenseClaim.id) == col(ExpenseItem.claim_id))
        .where(
            col(ExpenseClaim.organisation_id) == actor.organisation_id,
            col(ExpenseClaim.status).in_([s.value for s in statuses]),
        )
        .group_by(
            col(ExpenseClaim.person_id),
            col(ExpenseItem.board_id),
            col(ExpenseItem.expense_date),
            col(ExpenseItem.claim_id),
            col(ExpenseItem.category),
        )
    )
    if date_from:
        statement = statement.where(col(ExpenseItem.expense_date) >= date_from)
    if date_to:
        statement = statement.where(col(ExpenseItem.expense_date) <= date_to)
    claims: dict[_Key, set[uuid.UUID]] = defaultdict(set)
    amounts: dict[_Key, list[int]] = defaultdict(lambda: [0, 0])
    for person_id, board_id, day, claim_id, category, pence in await session.execute(statement):
        key: _Key = (
            person_id if GroupBy.PERSON in group_by else None,
            board_id if GroupBy.BOARD in group_by else None,
            _period(day, group_by),
        )
        claims[key].add(claim_id)
        amounts[key][1 if category == Category.INVOLVEMENT_PAYMENT else 0] += int(pence or 0)
    rows = [
        TotalRow(*key, len(claims[key]), expenses, involvement)
        for key, (expenses, involvement) in amounts.items()
    ]
    return sorted(
        rows, key=lambda r: (r.period or "", str(r.person_id or ""), str(r.board_id or ""))
    )


def to_csv(rows: Sequence[TotalRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "personId",
            "boardId",
            "period",
            "claimCount",
            "expensesPence",
            "involvementPence",
            "totalPence",
        ]
    )
    for r in rows:
        writer.writerow(
            [
                r.person_id or "",
                r.board_id or "",
                r.period or "",
                r.claim_count,
                r.expenses_pence,
                r.involvement_pence,
                r.total_pence,
            ]
        )
    return out.getvalue()
