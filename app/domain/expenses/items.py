"""Lines of a claim: what each category needs, adding, changing and removing them.

Every change re-applies the policy to the whole claim, because limits are cumulative:
a new car journey can push a later one past the mileage band, and a second lunch on the
same day shares the daily subsistence cap.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from pydantic import ValidationError
from pydantic.alias_generators import to_camel
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import ExpenseClaim, ExpenseItem, Meeting
from app.domain import audit, store
from app.domain.actors import Actor
from app.domain.errors import FieldProblem, RuleViolation
from app.domain.expenses.policy import DEFAULT_ACTIVITY, LABELS
from app.domain.expenses.schemas import COMPUTED, Category, ExpenseItemInput, ExpenseItemUpdate

# Fields that belong to some categories only.
_ONLY_FOR: dict[str, frozenset[Category]] = {
    "miles": frozenset({Category.MILEAGE}),
    "vehicle": frozenset({Category.MILEAGE}),
    "nights": frozenset({Category.ACCOMMODATION}),
    "day_part": frozenset({Category.INVOLVEMENT_PAYMENT}),
    "activity": frozenset({Category.INVOLVEMENT_PAYMENT}),
}
_NEEDED_FOR: dict[str, frozenset[Category]] = {
    "miles": frozenset({Category.MILEAGE}),
    "vehicle": frozenset({Category.MILEAGE}),
    "day_part": frozenset({Category.INVOLVEMENT_PAYMENT}),
    "meeting_id": frozenset({Category.INVOLVEMENT_PAYMENT}),
}


def shape_problems(
    data: ExpenseItemInput, pointer: str, *, for_lot: bool = False
) -> list[FieldProblem]:
    """What this category of line needs, and what it must leave out. A panel's line is
    tied to its lot, not a meeting."""
    found: list[FieldProblem] = []
    category = data.category
    label = LABELS[category]
    if category in COMPUTED and data.amount_pence is not None:
        found.append(
            FieldProblem(
                f"{pointer}/amountPence",
                f"Leave amountPence out: {label} are computed from the policy.",
            )
        )
    if category not in COMPUTED and data.amount_pence is None:
        found.append(FieldProblem(f"{pointer}/amountPence", f"amountPence is needed for {label}."))
    for name, categories in _NEEDED_FOR.items():
        if for_lot and name == "meeting_id":
            continue
        if category in categories and getattr(data, name) is None:
            found.append(
                FieldProblem(
                    f"{pointer}/{to_camel(name)}", f"{to_camel(name)} is needed for {label}."
                )
            )
    for name, categories in _ONLY_FOR.items():
        if category not in categories and getattr(data, name) is not None:
            found.append(
                FieldProblem(
                    f"{pointer}/{to_camel(name)}", f"{to_camel(name)} does not apply to {label}."
                )
            )
    return found


async def _meetings(
    session: AsyncSession, actor: Actor, ids: set[uuid.UUID]
) -> dict[uuid.UUID, Meeting]:
    if not ids:
        return {}
    rows = await session.scalars(
        select(Meeting).where(
            col(Meeting.id).in_(ids), Meeting.organisation_id == actor.organisation_id
        )
    )
    return {m.id: m for m in rows}


def _fill(
    item: ExpenseItem, data: ExpenseItemInput, claim: ExpenseClaim, meeting: Meeting | None
) -> None:
    category = data.category
    item.category = category.value
    item.expense_date = data.expense_date
    item.description = data.description
    item.meeting_id = data.meeting_id
    item.board_id = meeting.board_id if meeting else claim.board_id
    # Computed amounts are filled in when the policy is applied.
    item.claimed_pence = 0 if category in COMPUTED else data.amount_pence or 0
    item.miles_tenths = int(data.miles * 10) if data.miles is not None else None
    item.vehicle = data.vehicle.value if data.vehicle else None
    item.nights = (data.nights or 1) if category == Category.ACCOMMODATION else None
    item.day_part = data.day_part.value if data.day_part else None
    item.activity = (
        (data.activity or DEFAULT_ACTIVITY) if category == Category.INVOLVEMENT_PAYMENT else None
    )


async def new_lines(
    session: AsyncSession,
    actor: Actor,
    claim: ExpenseClaim,
    data: Sequence[ExpenseItemInput],
    pointer: str,
    first_position: int = 1,
) -> list[ExpenseItem]:
    """Check several lines at once (one query for their meetings) and make them, not yet
    added to the session: they are judged first, so each is inserted once."""
    found: list[FieldProblem] = []
    for index, line in enumerate(data):
        found += shape_problems(line, f"{pointer}/{index}" if pointer else "")
    meetings = await _meetings(session, actor, {d.meeting_id for d in data if d.meeting_id})
    for index, line in enumerate(data):
        if line.meeting_id is not None and line.meeting_id not in meetings:
            where = f"{pointer}/{index}" if pointer else ""
            found.append(FieldProblem(f"{where}/meetingId", "No meeting with that ID exists here."))
    if found:
        raise RuleViolation("A line is not valid for its category; see errors.", found)
    rows = []
    for position, line in enumerate(data, start=first_position):
        item = ExpenseItem(
            organisation_id=claim.organisation_id,
            claim_id=claim.id,
            position=position,
            category=line.category.value,
            expense_date=line.expense_date,
            description=line.description,
        )
        _fill(item, line, claim, meetings.get(line.meeting_id) if line.meeting_id else None)
        rows.append(item)
    return rows


async def get_item(session: AsyncSession, claim: ExpenseClaim, item_id: uuid.UUID) -> ExpenseItem:
    return await store.one(
        session, ExpenseItem, item_id, col(ExpenseItem.claim_id) == claim.id, "expense line"
    )


def _as_input(item: ExpenseItem) -> dict[str, Any]:
    category = Category(item.category)
    return {
        "category": category,
        "expense_date": item.expense_date,
        "description": item.description,
        "meeting_id": item.meeting_id,
        "amount_pence": None if category in COMPUTED else item.claimed_pence,
        "miles": Decimal(item.miles_tenths) / 10 if item.miles_tenths is not None else None,
        "vehicle": item.vehicle,
        "nights": item.nights,
        "day_part": item.day_part,
        "activity": item.activity,
    }


def merged(item: ExpenseItem, data: ExpenseItemUpdate) -> ExpenseItemInput:
    """The line after a PATCH. Fields not sent that the new category has no use for are
    dropped, so changing a taxi into mileage needs only the mileage fields."""
    changes = data.changes()
    values = {**_as_input(item), **changes}
    category = Category(values["category"])
    for name, categories in _ONLY_FOR.items():
        if name not in changes and category not in categories:
            values[name] = None
    if "amount_pence" not in changes and category in COMPUTED:
        values["amount_pence"] = None
    try:
        return ExpenseItemInput.model_validate({to_camel(k): v for k, v in values.items()})
    except ValidationError as error:
        raise RuleViolation("The changed line is not valid.") from error


async def change_line(
    session: AsyncSession,
    actor: Actor,
    claim: ExpenseClaim,
    item: ExpenseItem,
    data: ExpenseItemInput,
) -> None:
    found = shape_problems(data, "", for_lot=item.lot_id is not None)
    meetings = await _meetings(session, actor, {data.meeting_id} if data.meeting_id else set())
    if data.meeting_id is not None and data.meeting_id not in meetings:
        found.append(FieldProblem("/meetingId", "No meeting with that ID exists here."))
    if found:
        raise RuleViolation("The line is not valid for its category; see errors.", found)
    # Not flushed: the caller judges the claim again and writes the line once.
    _fill(item, data, claim, meetings.get(data.meeting_id) if data.meeting_id else None)


async def sync_boards(session: AsyncSession, claim: ExpenseClaim) -> None:
    """Lines not tied to a meeting count towards the claim's board."""
    await session.execute(
        update(ExpenseItem)
        .where(col(ExpenseItem.claim_id) == claim.id, col(ExpenseItem.meeting_id).is_(None))
        .values(board_id=claim.board_id)
        .execution_options(synchronize_session=False)
    )


def record(
    session: AsyncSession, actor: Actor, action: str, item: ExpenseItem, fields: set[str]
) -> None:
    audit.record(
        session,
        actor,
        f"expense_item.{action}",
        "expense_item",
        item.id,
        item.organisation_id,
        fields,
    )
