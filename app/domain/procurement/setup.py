"""Procurements, their lots, each lot's bidders and questions, and the procurement's
status table. Structure is fixed once evaluation starts: scores must mean one thing."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, func, select

from app.db.models import Bidder, Lot, Procurement, Question
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.errors import Conflict, InvalidTransition
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.procurement.access import (
    LotAccess,
    flush_unique,
    lot_access,
    manages,
    readable_lots,
    readable_procurements,
    require_manage,
)
from app.domain.procurement.schemas import (
    BidderCreate,
    LotCreate,
    LotPhase,
    ProcurementCreate,
    ProcurementStatus,
    QuestionCreate,
)

S = ProcurementStatus
TRANSITIONS: dict[S, tuple[S, ...]] = {
    S.DRAFT: (S.OPEN,),
    S.OPEN: (S.EVALUATING,),
    S.EVALUATING: (S.MODERATING,),
    S.MODERATING: (S.CONCLUDED,),
    S.CONCLUDED: (),
}
_SHAPING = {S.DRAFT.value, S.OPEN.value}
EVENTS = {
    S.OPEN: "procurement.opened",
    S.EVALUATING: "procurement.evaluation_started",
    S.MODERATING: "procurement.moderation_started",
    S.CONCLUDED: "procurement.concluded",
}


async def get_procurement(
    session: AsyncSession, actor: Actor, procurement_id: uuid.UUID
) -> Procurement:
    require(actor, Permission.PROCUREMENT_READ)
    return await store.one(
        session, Procurement, procurement_id, readable_procurements(actor), "procurement"
    )


async def list_procurements(
    session: AsyncSession, actor: Actor, page: PageRequest
) -> Page[Procurement]:
    require(actor, Permission.PROCUREMENT_READ)
    statement = select(Procurement).where(readable_procurements(actor))
    return await paginate(session, statement, col(Procurement.id), page)


async def create_procurement(
    session: AsyncSession, actor: Actor, data: ProcurementCreate
) -> Procurement:
    require(actor, Permission.PROCUREMENT_MANAGE)
    row = Procurement(
        organisation_id=actor.organisation_id,
        title=data.title,
        reference=data.reference,
        created_by_id=actor.id,
    )
    session.add(row)
    await session.flush()
    audit.record(
        session,
        actor,
        "procurement.created",
        "procurement",
        row.id,
        row.organisation_id,
        data.model_fields_set,
    )
    return row


async def move_procurement(
    session: AsyncSession, actor: Actor, procurement_id: uuid.UUID, target: ProcurementStatus
) -> Procurement:
    """One step along the table; repeating the step just taken answers as it is."""
    require(actor, Permission.PROCUREMENT_MANAGE)
    row = await store.one(
        session,
        Procurement,
        procurement_id,
        readable_procurements(actor),
        "procurement",
        for_update=True,
    )
    current = ProcurementStatus(row.status)
    if target == current:
        return row
    allowed = TRANSITIONS[current]
    if target not in allowed:
        raise InvalidTransition("procurement", current, target, [a.value for a in allowed])
    # Scoring happens only while the procurement is evaluating: moving on before every lot
    # has left scoring would shut a panel out mid-way.
    behind = {
        S.MODERATING: (LotPhase.SCORING,),
        S.CONCLUDED: (LotPhase.SCORING, LotPhase.MODERATING),
    }
    if target in behind:
        waiting = await session.scalar(
            select(func.count())
            .select_from(Lot)
            .where(
                Lot.procurement_id == row.id,
                col(Lot.phase).in_([p.value for p in behind[target]]),
            )
        )
        if waiting:
            step = "moderation" if target == S.MODERATING else "conclusion"
            raise Conflict(f"{waiting} lot(s) must reach {step} first.")
    await store.patch(session, actor, row, {"status": target.value}, "procurement")
    audit.emit(
        session,
        row.organisation_id,
        EVENTS[target],
        {"procurementId": str(row.id), "status": target.value},
    )
    return row


def _shaping(procurement: Procurement) -> None:
    if procurement.status not in _SHAPING:
        raise Conflict(
            "Lots, bidders and questions are fixed once evaluation starts; this "
            f"procurement is {procurement.status}."
        )


async def create_lot(
    session: AsyncSession, actor: Actor, procurement_id: uuid.UUID, data: LotCreate
) -> Lot:
    procurement = await get_procurement(session, actor, procurement_id)
    require_manage(manages(actor))
    _shaping(procurement)
    lot = Lot(
        organisation_id=actor.organisation_id, procurement_id=procurement.id, title=data.title
    )
    session.add(lot)
    await session.flush()
    audit.record(session, actor, "lot.created", "lot", lot.id, lot.organisation_id, ["title"])
    return lot


async def list_lots(session: AsyncSession, actor: Actor, procurement_id: uuid.UUID) -> list[Lot]:
    """Coordinators see every lot; a panel member only their own."""
    await get_procurement(session, actor, procurement_id)
    rows = await session.scalars(
        select(Lot)
        .where(Lot.procurement_id == procurement_id, readable_lots(actor))
        .order_by(col(Lot.id))
    )
    return list(rows)


async def get_lot(session: AsyncSession, actor: Actor, lot_id: uuid.UUID) -> LotAccess:
    return await lot_access(session, actor, lot_id)


async def add_bidder(
    session: AsyncSession, actor: Actor, lot_id: uuid.UUID, data: BidderCreate
) -> Bidder:
    access = await lot_access(session, actor, lot_id)
    access.require_manager()
    _shaping(access.procurement)
    clash = await session.scalar(
        select(Bidder.id).where(Bidder.lot_id == lot_id, Bidder.name == data.name)
    )
    if clash is not None:
        raise Conflict("That organisation already bids for this lot.")
    bidder = Bidder(organisation_id=actor.organisation_id, lot_id=lot_id, name=data.name)
    session.add(bidder)
    await flush_unique(session, "That organisation already bids for this lot.")
    # The name is what is sensitive: the audit keeps the field, never the value.
    audit.record(
        session, actor, "bidder.added", "bidder", bidder.id, bidder.organisation_id, ["name"]
    )
    return bidder


async def list_bidders(session: AsyncSession, actor: Actor, lot_id: uuid.UUID) -> list[Bidder]:
    """Only coordinators and the lot's own panel reach this (lot_access is 404 to others)."""
    await lot_access(session, actor, lot_id)
    return await bidders_of(session, lot_id)


async def bidders_of(session: AsyncSession, lot_id: uuid.UUID) -> list[Bidder]:
    rows = await session.scalars(
        select(Bidder).where(Bidder.lot_id == lot_id).order_by(col(Bidder.id))
    )
    return list(rows)


async def add_question(
    session: AsyncSession, actor: Actor, lot_id: uuid.UUID, data: QuestionCreate
) -> Question:
    access = await lot_access(session, actor, lot_id)
    access.require_manager()
    _shaping(access.procurement)
    count = await session.scalar(
        select(func.count()).select_from(Question).where(Question.lot_id == lot_id)
    )
    question = Question(
        organisation_id=actor.organisation_id,
        lot_id=lot_id,
        position=int(count or 0) + 1,
        text=data.text,
        weight=data.weight,
        scale_min=data.scale_min,
        scale_max=data.scale_max,
        descriptors=list(data.descriptors),
    )
    session.add(question)
    await session.flush()
    audit.record(
        session,
        actor,
        "question.added",
        "question",
        question.id,
        question.organisation_id,
        data.model_fields_set,
    )
    return question


async def list_questions(session: AsyncSession, actor: Actor, lot_id: uuid.UUID) -> list[Question]:
    await lot_access(session, actor, lot_id)
    return await questions_of(session, lot_id)


async def questions_of(session: AsyncSession, lot_id: uuid.UUID) -> list[Question]:
    rows = await session.scalars(
        select(Question).where(Question.lot_id == lot_id).order_by(col(Question.position))
    )
    return list(rows)
