"""Use cases that change a draft (or returned) claim's lines.

The claim is the unit of concurrency: each change locks it, and a PATCH of a line carries
the claim's ETag, because a line's allowance depends on the claim's other lines. The
claim itself (judgement, contributors) is written once at the end: one new version.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import ExpenseClaim, ExpenseItem
from app.domain.actors import Actor
from app.domain.errors import NotFound
from app.domain.expenses import items as lines
from app.domain.expenses.claims import (
    contribute,
    get_claim,
    lock_claim,
    require_editable,
    require_editor,
)
from app.domain.expenses.judging import items_of, receipts_of, rejudge
from app.domain.expenses.schemas import ExpenseItemInput, ExpenseItemUpdate
from app.domain.versions import Precondition, check_version


async def list_items(session: AsyncSession, actor: Actor, claim_id: uuid.UUID) -> list[ExpenseItem]:
    claim = await get_claim(session, actor, claim_id)
    return await items_of(session, claim.id)


@dataclass(frozen=True)
class LineChange:
    item: ExpenseItem
    claim: ExpenseClaim  # judged again, with its new version


async def add_item(
    session: AsyncSession, actor: Actor, claim_id: uuid.UUID, data: ExpenseItemInput
) -> LineChange:
    claim = await lock_claim(session, actor, claim_id)
    require_editor(actor, claim)
    require_editable(claim)
    # The claim's lines are read first, so the new one is judged with them and inserted
    # once, judgement and all, at the position after theirs.
    existing = await items_of(session, claim.id)
    receipts = await receipts_of(session, claim.id)
    after = max((i.position for i in existing), default=0)
    (item,) = await lines.new_lines(session, actor, claim, [data], "", after + 1)
    await rejudge(session, claim, lines=([*existing, item], receipts))
    session.add(item)
    contribute(actor, claim)
    await session.flush()
    lines.record(session, actor, "added", item, set(data.model_fields_set))
    return LineChange(item, claim)


async def update_item(
    session: AsyncSession,
    actor: Actor,
    claim_id: uuid.UUID,
    item_id: uuid.UUID,
    data: ExpenseItemUpdate,
    expected_claim_version: Precondition,
) -> LineChange:
    claim = await lock_claim(session, actor, claim_id)
    require_editor(actor, claim)
    existing = await items_of(session, claim.id)
    item = next((i for i in existing if i.id == item_id), None)
    if item is None:
        raise NotFound("expense line")
    check_version(claim.version, expected_claim_version)
    require_editable(claim)
    receipts = await receipts_of(session, claim.id)
    # The change and the new judgement go to the line in one UPDATE.
    await lines.change_line(session, actor, claim, item, lines.merged(item, data))
    await rejudge(session, claim, lines=(existing, receipts))
    contribute(actor, claim)
    await session.flush()
    lines.record(session, actor, "updated", item, set(data.model_fields_set))
    return LineChange(item, claim)


async def delete_item(
    session: AsyncSession, actor: Actor, claim_id: uuid.UUID, item_id: uuid.UUID
) -> None:
    claim = await lock_claim(session, actor, claim_id)
    require_editor(actor, claim)
    item = await lines.get_item(session, claim, item_id)
    require_editable(claim)
    await session.delete(item)
    await rejudge(session, claim)
    contribute(actor, claim)
    await session.flush()
    lines.record(session, actor, "removed", item, set())
