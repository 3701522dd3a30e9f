"""Claims with their lines and receipts, read in a fixed number of queries for any number
of claims: what REST detail responses use, and what GraphQL loaders will."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import ExpenseClaim, ExpenseItem
from app.domain.actors import Actor
from app.domain.expenses.claims import Written, items_by_claim, receipts_by_claim
from app.domain.expenses.receipts import ReceiptView, receipt_views
from app.domain.expenses.workflow import allowed_for


@dataclass(frozen=True)
class ClaimView:
    claim: ExpenseClaim
    items: list[ExpenseItem]
    receipts: list[ReceiptView]
    actor: Actor

    @property
    def allowed_actions(self) -> list[str]:
        return allowed_for(self.actor, self.claim)

    @property
    def flags(self) -> list[str]:
        """What finance should look at before approving."""
        found = [
            f"Receipt {r.receipt.id} is also on claim {other}."
            for r in self.receipts
            for other in r.duplicate_claim_ids
            if other != self.claim.id
        ]
        found += [
            f"Receipt {r.receipt.id} is on this claim more than once."
            for r in self.receipts
            if self.claim.id in r.duplicate_claim_ids
        ]
        found += [
            f"Receipt {r.receipt.id} is also on a claim you cannot see."
            for r in self.receipts
            if r.duplicate and not r.duplicate_claim_ids
        ]
        if self.claim.on_behalf:
            found.append("Made on the claimant's behalf.")
        return found


async def claim_views(
    session: AsyncSession, actor: Actor, claims: Sequence[ExpenseClaim]
) -> list[ClaimView]:
    ids = [c.id for c in claims]
    items = await items_by_claim(session, actor, ids)
    receipts = await receipts_by_claim(session, actor, ids)
    views = await receipt_views(session, actor, [r for rs in receipts.values() for r in rs])
    by_claim: dict[uuid.UUID, list[ReceiptView]] = defaultdict(list)
    for view in views:
        by_claim[view.receipt.claim_id].append(view)
    return [
        ClaimView(claim, items.get(claim.id, []), by_claim[claim.id], actor) for claim in claims
    ]


async def claim_view(session: AsyncSession, actor: Actor, claim: ExpenseClaim) -> ClaimView:
    (view,) = await claim_views(session, actor, [claim])
    return view


async def written_view(session: AsyncSession, actor: Actor, written: Written) -> ClaimView:
    """The response to a step, from the rows it wrote where it has them: they are what
    the database now holds (every value, the version included, set by this request)."""
    if written.judged is None:
        return await claim_view(session, actor, written.claim)
    receipts = await receipt_views(session, actor, written.judged.receipts)
    return ClaimView(written.claim, list(written.judged.items), receipts, actor)
