"""Independent scoring: each member scores their questions for every bidder, drafts
freely, then submits, which seals them. A later change needs a reason, and the earlier
value is kept (``ScoreChange``). Nobody sees another's scores before moderation."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import PanelMember, Question, Score, ScoreChange
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor
from app.domain.errors import Conflict, PermissionDenied, RuleViolation
from app.domain.procurement import payments
from app.domain.procurement.access import LotAccess, flush_unique, lot_access
from app.domain.procurement.panels import declared_bidders
from app.domain.procurement.schemas import LotPhase, ProcurementStatus, ScoreInput
from app.domain.procurement.setup import bidders_of, questions_of


def in_scale(question: Question, score: int, pointer: str) -> None:
    if not question.scale_min <= score <= question.scale_max:
        raise RuleViolation.field(
            pointer,
            f"The score must be on the question's scale, {question.scale_min} to "
            f"{question.scale_max}.",
        )


async def declared_for_all(session: AsyncSession, access: LotAccess) -> PanelMember:
    """The caller as a member cleared to see bids: declared for every bidder."""
    member = access.member
    if member is None:
        raise PermissionDenied("Only the lot's panel members score it.")
    bidders = {b.id for b in await bidders_of(session, access.lot.id)}
    declared = (await declared_bidders(session, [member.id]))[member.id]
    if not bidders <= declared:
        raise PermissionDenied(
            "Declare whether you are connected to each bidder before seeing any bid or score."
        )
    return member


async def require_unsealed(session: AsyncSession, access: LotAccess) -> None:
    """Scores are open to this caller: moderation is open, they have submitted (or score
    nothing), and, as a member, they have declared for every bidder."""
    access.require_all_scores()
    if not access.manager:
        await declared_for_all(session, access)


async def my_scores(
    session: AsyncSession, actor: Actor, lot_id: uuid.UUID
) -> tuple[list[Score], dict[uuid.UUID, list[ScoreChange]]]:
    access = await lot_access(session, actor, lot_id)
    member = await declared_for_all(session, access)
    return await scores_of(session, [member.id])


async def scores_of(
    session: AsyncSession, member_ids: list[uuid.UUID]
) -> tuple[list[Score], dict[uuid.UUID, list[ScoreChange]]]:
    """The scores and each one's changes: two statements however many."""
    if not member_ids:
        return [], {}
    scores = list(
        await session.scalars(
            select(Score).where(col(Score.member_id).in_(member_ids)).order_by(col(Score.id))
        )
    )
    changes: defaultdict[uuid.UUID, list[ScoreChange]] = defaultdict(list)
    if scores:
        found = await session.scalars(
            select(ScoreChange)
            .where(col(ScoreChange.score_id).in_([s.id for s in scores]))
            .order_by(col(ScoreChange.id))
        )
        for change in found:
            changes[change.score_id].append(change)
    return scores, changes


def _scoring_open(access: LotAccess) -> None:
    if access.procurement.status != ProcurementStatus.EVALUATING.value:
        raise Conflict("Scores are entered while the procurement is evaluating.")
    if access.lot.phase != LotPhase.SCORING.value:
        raise Conflict("Moderation has opened: individual scores are closed.")


async def save_score(
    session: AsyncSession, actor: Actor, lot_id: uuid.UUID, data: ScoreInput
) -> tuple[Score, list[ScoreChange]]:
    """A draft, or (after submitting) a change with its reason."""
    access = await lot_access(session, actor, lot_id)
    member = await declared_for_all(session, access)
    _scoring_open(access)
    if data.bidder_id not in {b.id for b in await bidders_of(session, lot_id)}:
        raise RuleViolation.field("/bidderId", "Not a bidder of this lot.")
    question = next(
        (q for q in await questions_of(session, lot_id) if q.id == data.question_id), None
    )
    if question is None or str(question.id) not in member.question_ids:
        raise RuleViolation.field("/questionId", "Not a question you score on this lot.")
    in_scale(question, data.score, "/score")
    sealed = member.submitted_at is not None
    if sealed and data.reason is None:
        raise RuleViolation.field("/reason", "A change after submitting needs a reason.")
    row = await session.scalar(
        select(Score).where(
            Score.member_id == member.id,
            Score.bidder_id == data.bidder_id,
            Score.question_id == data.question_id,
        )
    )
    history: list[ScoreChange] = []
    changed = row is None or (row.score, row.rationale) != (data.score, data.rationale)
    if row is None:
        row = Score(
            organisation_id=actor.organisation_id,
            member_id=member.id,
            bidder_id=data.bidder_id,
            question_id=data.question_id,
            score=data.score,
            rationale=data.rationale,
        )
        session.add(row)
        await flush_unique(session, "That score was entered at the same time: try again.")
    else:
        if sealed and changed:
            assert data.reason is not None
            session.add(
                ScoreChange(
                    organisation_id=actor.organisation_id,
                    score_id=row.id,
                    from_score=row.score,
                    from_rationale=row.rationale,
                    to_score=data.score,
                    to_rationale=data.rationale,
                    reason=data.reason,
                    actor_id=actor.id,
                )
            )
        row.score, row.rationale, row.updated_at = data.score, data.rationale, utcnow()
        await session.flush()
        history = (await scores_of(session, [member.id]))[1].get(row.id, [])
    audit.record(
        session,
        actor,
        "score.saved",
        "score",
        row.id,
        row.organisation_id,
        ["score", "rationale"],
    )
    if sealed and changed:
        audit.emit(
            session,
            row.organisation_id,
            "lot.score_changed",
            {"lotId": str(lot_id), "memberId": str(member.id)},
        )
    return row, history


async def submit(session: AsyncSession, actor: Actor, lot_id: uuid.UUID) -> PanelMember:
    """Seal the caller's scores: every question they score, for every bidder."""
    access = await lot_access(session, actor, lot_id)
    member = await declared_for_all(session, access)
    _scoring_open(access)
    if member.submitted_at is not None:
        return member
    bidders = await bidders_of(session, lot_id)
    scores, _ = await scores_of(session, [member.id])
    have = {(s.bidder_id, str(s.question_id)) for s in scores}
    missing = sum(1 for b in bidders for q in member.question_ids if (b.id, q) not in have)
    if missing:
        raise Conflict(f"{missing} score(s) still to enter before submitting.")
    member.submitted_at = utcnow()
    await session.flush()
    audit.record(
        session,
        actor,
        "panel_member.submitted",
        "panel_member",
        member.id,
        member.organisation_id,
        ["submitted_at"],
    )
    audit.emit(
        session,
        member.organisation_id,
        "lot.scores_submitted",
        {"lotId": str(lot_id), "memberId": str(member.id)},
    )
    await payments.draft_lines(session, actor, access.lot, [member], payments.SCORING)
    return member


async def all_scores(
    session: AsyncSession, actor: Actor, lot_id: uuid.UUID
) -> tuple[list[Score], dict[uuid.UUID, list[ScoreChange]]]:
    """Everyone's scores, once moderation is open and the caller has submitted."""
    access = await lot_access(session, actor, lot_id)
    await require_unsealed(session, access)
    # A removed member's scores stay in the trail (trail.py) but count for nothing here.
    members = await session.scalars(
        select(PanelMember.id).where(
            PanelMember.lot_id == lot_id, col(PanelMember.removed_at).is_(None)
        )
    )
    return await scores_of(session, list(members))
