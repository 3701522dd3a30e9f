"""Telling a claimant what became of their claim: returned to them, approved, paid.

Amounts are in the email and the letter, which reach the claimant alone; never in the
text message (see the ``.text.txt`` templates), which anyone holding the phone can read.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, ExpenseClaim, Organisation, PaymentRun
from app.domain.actors import Actor
from app.domain.expenses.money import pounds
from app.domain.notifications import outbox
from app.domain.notifications.wording import day

RETURNED, APPROVED, PAID = "claim_returned", "claim_approved", "claim_paid"


def _made_on(claim: ExpenseClaim) -> str:
    return day(claim.first_submitted_at or claim.submitted_at or claim.created_at)


async def _easy(session: AsyncSession, board_ids: set[uuid.UUID]) -> set[uuid.UUID]:
    """The boards among these that ask for easy-read wording."""
    if not board_ids:
        return set()
    return set(
        await session.scalars(
            select(Board.id).where(col(Board.id).in_(board_ids), col(Board.easy_read_notifications))
        )
    )


async def decided(session: AsyncSession, actor: Actor, claim: ExpenseClaim, template: str) -> None:
    people = await outbox.active_people(session, [claim.person_id], actor)
    person = people.get(claim.person_id)
    if person is None:
        return
    organisation = await session.get_one(Organisation, claim.organisation_id)
    values = {"name": person.display_name, "organisation": organisation.name}
    values["date"] = _made_on(claim)
    if template == RETURNED:
        values["reason"] = claim.decision_reason or "none given"
    else:
        values["amount"] = pounds(claim.expenses_pence + claim.involvement_pence)
    easy = claim.board_id is not None and bool(await _easy(session, {claim.board_id}))
    outbox.enqueue(session, person, template, values, easy=easy)


async def paid(
    session: AsyncSession, actor: Actor, run: PaymentRun, claim_ids: Sequence[uuid.UUID]
) -> None:
    """Each claimant in a run marked paid, in a fixed number of statements."""
    if not claim_ids:
        return
    claims = list(
        await session.scalars(select(ExpenseClaim).where(col(ExpenseClaim.id).in_(claim_ids)))
    )
    people = await outbox.active_people(session, {c.person_id for c in claims}, actor)
    organisation = await session.get_one(Organisation, run.organisation_id)
    easy = await _easy(session, {c.board_id for c in claims if c.board_id is not None})
    paid_on = day(run.paid_at) if run.paid_at else ""
    for claim in sorted(claims, key=lambda c: c.id):
        person = people.get(claim.person_id)
        if person is None:
            continue
        values = {
            "name": person.display_name,
            "organisation": organisation.name,
            "date": _made_on(claim),
            "amount": pounds(claim.expenses_pence + claim.involvement_pence),
            "paid_on": paid_on,
        }
        outbox.enqueue(session, person, PAID, values, easy=claim.board_id in easy)
