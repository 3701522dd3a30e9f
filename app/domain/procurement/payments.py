"""Evaluators' time paid through involvement payments: an expert by experience gets a
draft claim, with one involvement payment line tied to the lot, when they submit their
scores (``procurement_scoring``) and when the lot concludes (``consensus_meeting``), to
submit through the claims workflow like any other. Professionals are paid by their
employers, so get none; a person who declines involvement payments gets none.

Once per member and activity: ``PanelInvolvementLine`` is unique on the pair, so a
repeat (or a line the member deleted) makes nothing new.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import ExpenseClaim, ExpenseItem, Lot, PanelInvolvementLine, PanelMember
from app.domain import audit
from app.domain.actors import Actor
from app.domain.expenses.judging import declines_involvement, rejudge, uk_today
from app.domain.expenses.schemas import Category, DayPart
from app.domain.procurement.access import flush_unique
from app.domain.procurement.schemas import PanelRole

SCORING = "procurement_scoring"
CONSENSUS = "consensus_meeting"
# What the member starts with; they may change the line before submitting the claim.
_DAY_PART = {SCORING: DayPart.FULL_DAY, CONSENSUS: DayPart.HALF_DAY}
_WHAT = {SCORING: "Scoring bids", CONSENSUS: "Consensus meeting"}


async def draft_lines(
    session: AsyncSession, actor: Actor, lot: Lot, members: list[PanelMember], activity: str
) -> list[ExpenseClaim]:
    """A draft claim for each expert by experience of ``members`` not yet paid for
    ``activity`` on this lot."""
    experts = [m for m in members if m.role == PanelRole.EXPERT_BY_EXPERIENCE.value]
    if not experts:
        return []
    done = set(
        await session.scalars(
            select(PanelInvolvementLine.member_id).where(
                PanelInvolvementLine.activity == activity,
                col(PanelInvolvementLine.member_id).in_([m.id for m in experts]),
            )
        )
    )
    made = []
    for member in experts:
        if member.id in done or await declines_involvement(session, member.person_id):
            continue
        made.append(await _draft(session, actor, lot, member, activity))
    return made


async def _draft(
    session: AsyncSession, actor: Actor, lot: Lot, member: PanelMember, activity: str
) -> ExpenseClaim:
    # Made by Chorus for the member, who alone has a hand in it: whoever concluded the
    # lot may still decide the claim.
    claim = ExpenseClaim(
        organisation_id=lot.organisation_id,
        person_id=member.person_id,
        contributor_ids=[str(member.person_id)],
        purpose=f"Evaluation panel: {lot.title}",
    )
    item = ExpenseItem(
        organisation_id=lot.organisation_id,
        claim_id=claim.id,
        position=1,
        category=Category.INVOLVEMENT_PAYMENT.value,
        expense_date=uk_today(),
        description=f"{_WHAT[activity]} for the lot {lot.title}",
        lot_id=lot.id,
        day_part=_DAY_PART[activity].value,
        activity=activity,
    )
    await rejudge(session, claim, lines=([item], []))
    session.add(claim)
    session.add(item)
    session.add(
        PanelInvolvementLine(
            organisation_id=lot.organisation_id,
            member_id=member.id,
            activity=activity,
            claim_id=claim.id,
        )
    )
    await flush_unique(session, "That panel work was being paid for at the same time.")
    audit.record(
        session,
        actor,
        "expense_claim.created",
        "expense_claim",
        claim.id,
        claim.organisation_id,
        ["person_id", "purpose", "items"],
    )
    return claim
