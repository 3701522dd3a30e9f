"""Moderation: the chair opens it once every scorer has submitted; the meeting's agreed
score per question and bidder, with why it differs from any individual score; the lot
concluded once every score is agreed; weighted totals and ranks."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import AgreedScore, Bidder, Lot, PanelMember, Question, Score
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor
from app.domain.errors import Conflict, InvalidTransition, PermissionDenied, RuleViolation
from app.domain.procurement import payments, ranking
from app.domain.procurement.access import LotAccess, flush_unique, lot_access
from app.domain.procurement.mix import mix
from app.domain.procurement.schemas import AgreedScoreInput, LotPhase, ProcurementStatus
from app.domain.procurement.scoring import declared_for_all, in_scale, require_unsealed
from app.domain.procurement.setup import bidders_of, questions_of

_MODERATABLE = {ProcurementStatus.EVALUATING.value, ProcurementStatus.MODERATING.value}


async def _active_members(session: AsyncSession, lot_id: uuid.UUID) -> list[PanelMember]:
    rows = await session.scalars(
        select(PanelMember).where(
            PanelMember.lot_id == lot_id, col(PanelMember.removed_at).is_(None)
        )
    )
    return list(rows)


def _step(lot: Lot, target: LotPhase) -> None:
    allowed = {LotPhase.MODERATING: LotPhase.SCORING, LotPhase.CONCLUDED: LotPhase.MODERATING}
    if lot.phase != allowed[target].value:
        raise InvalidTransition("lot", lot.phase, target, [allowed[target].value])


async def open_moderation(session: AsyncSession, actor: Actor, lot_id: uuid.UUID) -> Lot:
    access = await lot_access(session, actor, lot_id, for_update=True)
    if not access.chair:
        raise PermissionDenied("Only the lot's chair opens moderation.")
    await declared_for_all(session, access)
    if access.procurement.status not in _MODERATABLE:
        raise Conflict("Moderation opens while the procurement is evaluating or moderating.")
    _step(access.lot, LotPhase.MODERATING)
    members = await _active_members(session, lot_id)
    if not mix(members).complete:
        raise Conflict(
            "The panel lacks its required mix: an expert by experience and another scorer."
        )
    waiting = sum(1 for m in members if m.question_ids and m.submitted_at is None)
    if waiting:
        raise Conflict(f"{waiting} panel member(s) have not submitted their scores yet.")
    return await _move(session, actor, access, LotPhase.MODERATING, "lot.moderation_opened")


async def _move(
    session: AsyncSession, actor: Actor, access: LotAccess, phase: LotPhase, event: str
) -> Lot:
    lot = access.lot
    lot.phase = phase.value
    if phase == LotPhase.MODERATING:
        lot.moderation_opened_at = utcnow()
    else:
        lot.concluded_at = utcnow()
    await session.flush()
    audit.record(session, actor, event, "lot", lot.id, lot.organisation_id, ["phase"])
    audit.emit(
        session,
        lot.organisation_id,
        event,
        {"lotId": str(lot.id), "procurementId": str(lot.procurement_id), "phase": lot.phase},
    )
    return lot


async def record_agreed(
    session: AsyncSession, actor: Actor, lot_id: uuid.UUID, data: AgreedScoreInput
) -> AgreedScore:
    """The chair (or a coordinator) records the meeting's decision; again to correct it."""
    access = await lot_access(session, actor, lot_id)
    access.require_chair_or_manager()
    if access.lot.phase != LotPhase.MODERATING.value:
        raise Conflict("Agreed scores are recorded while the lot is in moderation.")
    if data.bidder_id not in {b.id for b in await bidders_of(session, lot_id)}:
        raise RuleViolation.field("/bidderId", "Not a bidder of this lot.")
    question = next(
        (q for q in await questions_of(session, lot_id) if q.id == data.question_id), None
    )
    if question is None:
        raise RuleViolation.field("/questionId", "Not a question of this lot.")
    in_scale(question, data.score, "/score")
    individual = set(
        await session.scalars(
            select(Score.score)
            .join(PanelMember, col(PanelMember.id) == Score.member_id)
            .where(
                Score.bidder_id == data.bidder_id,
                Score.question_id == data.question_id,
                col(PanelMember.removed_at).is_(None),
                col(PanelMember.submitted_at).is_not(None),
            )
        )
    )
    if individual - {data.score} and data.difference_reason is None:
        raise RuleViolation.field(
            "/differenceReason",
            "The agreed score differs from an individual score: say why.",
        )
    row = await session.scalar(
        select(AgreedScore).where(
            AgreedScore.bidder_id == data.bidder_id, AgreedScore.question_id == data.question_id
        )
    )
    if row is None:
        row = AgreedScore(
            organisation_id=actor.organisation_id,
            lot_id=lot_id,
            bidder_id=data.bidder_id,
            question_id=data.question_id,
            score=data.score,
            rationale=data.rationale,
            difference_reason=data.difference_reason,
            recorded_by_id=actor.id,
        )
        session.add(row)
        await flush_unique(session, "That agreed score was recorded at the same time.")
    else:
        row.score, row.rationale = data.score, data.rationale
        row.difference_reason, row.recorded_by_id = data.difference_reason, actor.id
        row.updated_at = utcnow()
    await session.flush()
    audit.record(
        session,
        actor,
        "agreed_score.recorded",
        "agreed_score",
        row.id,
        row.organisation_id,
        data.model_fields_set,
    )
    return row


async def agreed_of(session: AsyncSession, lot_id: uuid.UUID) -> list[AgreedScore]:
    rows = await session.scalars(
        select(AgreedScore).where(AgreedScore.lot_id == lot_id).order_by(col(AgreedScore.id))
    )
    return list(rows)


async def list_agreed(session: AsyncSession, actor: Actor, lot_id: uuid.UUID) -> list[AgreedScore]:
    access = await lot_access(session, actor, lot_id)
    await require_unsealed(session, access)
    return await agreed_of(session, lot_id)


async def conclude(session: AsyncSession, actor: Actor, lot_id: uuid.UUID) -> Lot:
    access = await lot_access(session, actor, lot_id, for_update=True)
    access.require_chair_or_manager()
    _step(access.lot, LotPhase.CONCLUDED)
    bidders = await bidders_of(session, lot_id)
    questions = await questions_of(session, lot_id)
    agreed = {(a.bidder_id, a.question_id) for a in await agreed_of(session, lot_id)}
    missing = sum(1 for b in bidders for q in questions if (b.id, q.id) not in agreed)
    if missing:
        raise Conflict(f"{missing} agreed score(s) still to record before concluding.")
    lot = await _move(session, actor, access, LotPhase.CONCLUDED, "lot.concluded")
    # The lot keeps no register of the consensus meeting: its members at the end are
    # taken as the ones who sat in it.
    members = await _active_members(session, lot_id)
    await payments.draft_lines(session, actor, lot, members, payments.CONSENSUS)
    return lot


@dataclass(frozen=True)
class Results:
    lot: Lot
    bidders: dict[uuid.UUID, Bidder]
    standings: list[ranking.Standing]


def weighted(questions: list[Question]) -> list[ranking.Weighted]:
    return [ranking.Weighted(q.id, q.weight, q.scale_max) for q in questions]


async def results(session: AsyncSession, actor: Actor, lot_id: uuid.UUID) -> Results:
    access = await lot_access(session, actor, lot_id)
    await require_unsealed(session, access)
    bidders = await bidders_of(session, lot_id)
    questions = await questions_of(session, lot_id)
    agreed = {(a.bidder_id, a.question_id): a.score for a in await agreed_of(session, lot_id)}
    table = ranking.standings([b.id for b in bidders], weighted(questions), agreed)
    return Results(access.lot, {b.id: b for b in bidders}, table)
