"""Judging a person's open claims again when a fact outside the claim changes: their
payment preferences, or their attendance at a meeting a line pays for. Their drafts then
show the change at once, not only when they submit. A claim already submitted keeps what
it was submitted with (approval re-checks declines and attendance)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import ExpenseClaim, ExpenseItem
from app.domain.expenses.claims import EDITABLE
from app.domain.expenses.judging import rejudge
from app.domain.expenses.schemas import Category


async def rejudge_open_claims(
    session: AsyncSession, person_id: uuid.UUID, meeting_id: uuid.UUID | None = None
) -> None:
    """Every draft or returned claim of the person, or only those paying an involvement
    payment for ``meeting_id``."""
    statement = select(ExpenseClaim).where(
        ExpenseClaim.person_id == person_id,
        col(ExpenseClaim.status).in_([s.value for s in EDITABLE]),
    )
    if meeting_id is not None:
        statement = statement.where(
            select(ExpenseItem.id)
            .where(
                col(ExpenseItem.claim_id) == col(ExpenseClaim.id),
                col(ExpenseItem.meeting_id) == meeting_id,
                col(ExpenseItem.category) == Category.INVOLVEMENT_PAYMENT.value,
            )
            .exists()
        )
    for claim in list(await session.scalars(statement)):
        await rejudge(session, claim)
    await session.flush()
