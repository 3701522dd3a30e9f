"""Procurements, lots, bidders, questions and panels (with declarations and removals)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.procurement import (
    BidderOut,
    DeclarationOut,
    LotOut,
    PanelMemberOut,
    ProcurementOut,
    QuestionOut,
    lot_fields,
    member_fields,
    procurement_fields,
    question_fields,
)
from app.db.models import Lot, PanelMember, Procurement
from app.domain.actors import Actor
from app.domain.procurement import panels, setup
from app.domain.procurement.schemas import (
    BidderCreate,
    DeclarationsInput,
    LotCreate,
    PanelMemberCreate,
    ProcurementCreate,
    ProcurementTransition,
    QuestionCreate,
    Removal,
)

router = APIRouter(tags=["procurement"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 422)


def procurement_out(row: Procurement) -> ProcurementOut:
    return ProcurementOut.model_validate(procurement_fields(row))


async def lot_outs(session: AsyncSession, actor: Actor, rows: list[Lot]) -> list[LotOut]:
    found = await panels.mixes(session, actor, [r.id for r in rows])
    return [LotOut.model_validate(lot_fields(r, found[r.id])) for r in rows]


async def member_outs(session: AsyncSession, rows: list[PanelMember]) -> list[PanelMemberOut]:
    declared = await panels.declared_bidders(session, [r.id for r in rows])
    return [PanelMemberOut.model_validate(member_fields(r, declared[r.id])) for r in rows]


@router.get("/procurements", response_model=PageOut[ProcurementOut], responses=_READ)
async def list_procurements(
    session: Session, actor: CurrentActor, page: Pagination
) -> PageOut[ProcurementOut]:
    """Coordinators see every procurement; a person those whose panels they sit on."""
    result = await setup.list_procurements(session, actor, page)
    return PageOut(items=[procurement_out(r) for r in result.items], next_cursor=result.next_cursor)


@router.post("/procurements", status_code=201, response_model=ProcurementOut, responses=_WRITE)
async def create_procurement(
    session: Session, actor: CurrentActor, body: ProcurementCreate, response: Response
) -> ProcurementOut:
    """A procurement in draft (coordinators)."""
    row = await setup.create_procurement(session, actor, body)
    response.headers["Location"] = f"/api/v1/procurements/{row.id}"
    return procurement_out(row)


@router.get("/procurements/{procurement_id}", response_model=ProcurementOut, responses=_READ)
async def get_procurement(
    session: Session, actor: CurrentActor, procurement_id: uuid.UUID
) -> ProcurementOut:
    return procurement_out(await setup.get_procurement(session, actor, procurement_id))


@router.post(
    "/procurements/{procurement_id}/status", response_model=ProcurementOut, responses=_WRITE
)
async def move_procurement(
    session: Session, actor: CurrentActor, procurement_id: uuid.UUID, body: ProcurementTransition
) -> ProcurementOut:
    """draft -> open -> evaluating -> moderating -> concluded (every lot concluded first).
    Lots, bidders and questions are fixed from evaluating on. Emits `procurement.opened`,
    `procurement.evaluation_started`, `procurement.moderation_started`,
    `procurement.concluded`."""
    row = await setup.move_procurement(session, actor, procurement_id, body.status)
    return procurement_out(row)


@router.get("/procurements/{procurement_id}/lots", response_model=list[LotOut], responses=_READ)
async def list_lots(
    session: Session, actor: CurrentActor, procurement_id: uuid.UUID
) -> list[LotOut]:
    """Coordinators see every lot; a panel member only their own."""
    return await lot_outs(session, actor, await setup.list_lots(session, actor, procurement_id))


@router.post(
    "/procurements/{procurement_id}/lots",
    status_code=201,
    response_model=LotOut,
    responses=_WRITE,
)
async def create_lot(
    session: Session,
    actor: CurrentActor,
    procurement_id: uuid.UUID,
    body: LotCreate,
    response: Response,
) -> LotOut:
    row = await setup.create_lot(session, actor, procurement_id, body)
    response.headers["Location"] = f"/api/v1/lots/{row.id}"
    return (await lot_outs(session, actor, [row]))[0]


@router.get("/lots/{lot_id}", response_model=LotOut, responses=_READ)
async def get_lot(session: Session, actor: CurrentActor, lot_id: uuid.UUID) -> LotOut:
    """With whether its panel has the required mix. 404 to anyone off its panel."""
    access = await setup.get_lot(session, actor, lot_id)
    return (await lot_outs(session, actor, [access.lot]))[0]


@router.get("/lots/{lot_id}/bidders", response_model=list[BidderOut], responses=_READ)
async def list_bidders(session: Session, actor: CurrentActor, lot_id: uuid.UUID) -> list[BidderOut]:
    """Coordinators and the lot's own panel only."""
    rows = await setup.list_bidders(session, actor, lot_id)
    return [BidderOut.model_validate(r) for r in rows]


@router.post("/lots/{lot_id}/bidders", status_code=201, response_model=BidderOut, responses=_WRITE)
async def add_bidder(
    session: Session, actor: CurrentActor, lot_id: uuid.UUID, body: BidderCreate, response: Response
) -> BidderOut:
    """A bidding organisation (coordinators, before evaluation). No event names it."""
    row = await setup.add_bidder(session, actor, lot_id, body)
    response.headers["Location"] = f"/api/v1/lots/{lot_id}/bidders"
    return BidderOut.model_validate(row)


@router.get("/lots/{lot_id}/questions", response_model=list[QuestionOut], responses=_READ)
async def list_questions(
    session: Session, actor: CurrentActor, lot_id: uuid.UUID
) -> list[QuestionOut]:
    rows = await setup.list_questions(session, actor, lot_id)
    return [QuestionOut.model_validate(question_fields(r)) for r in rows]


@router.post(
    "/lots/{lot_id}/questions", status_code=201, response_model=QuestionOut, responses=_WRITE
)
async def add_question(
    session: Session,
    actor: CurrentActor,
    lot_id: uuid.UUID,
    body: QuestionCreate,
    response: Response,
) -> QuestionOut:
    """A question with its weight and scale: one descriptor per point, scaleMin first."""
    row = await setup.add_question(session, actor, lot_id, body)
    response.headers["Location"] = f"/api/v1/lots/{lot_id}/questions"
    return QuestionOut.model_validate(question_fields(row))


@router.get("/lots/{lot_id}/panel-members", response_model=list[PanelMemberOut], responses=_READ)
async def list_panel_members(
    session: Session, actor: CurrentActor, lot_id: uuid.UUID
) -> list[PanelMemberOut]:
    """Coordinators see the whole panel, removed members too; a member only themself."""
    return await member_outs(session, await panels.list_members(session, actor, lot_id))


@router.post(
    "/lots/{lot_id}/panel-members",
    status_code=201,
    response_model=PanelMemberOut,
    responses=_WRITE,
)
async def add_panel_member(
    session: Session,
    actor: CurrentActor,
    lot_id: uuid.UUID,
    body: PanelMemberCreate,
    response: Response,
) -> PanelMemberOut:
    """One of the organisation's people, with their role and the questions they score.
    Emits `panel.member_added`."""
    row = await panels.add_member(session, actor, lot_id, body)
    response.headers["Location"] = f"/api/v1/lots/{lot_id}/panel-members"
    return (await member_outs(session, [row]))[0]


@router.post("/panel-members/{member_id}/removal", response_model=PanelMemberOut, responses=_WRITE)
async def remove_panel_member(
    session: Session, actor: CurrentActor, member_id: uuid.UUID, body: Removal
) -> PanelMemberOut:
    """A coordinator takes a member off the lot (a conflict found some other way), with
    the reason kept. Emits `panel.member_removed`."""
    row = await panels.remove_member(session, actor, member_id, body)
    return (await member_outs(session, [row]))[0]


@router.get("/lots/{lot_id}/declarations", response_model=list[DeclarationOut], responses=_READ)
async def list_declarations(
    session: Session, actor: CurrentActor, lot_id: uuid.UUID
) -> list[DeclarationOut]:
    """Coordinators see the lot's declarations; a member their own."""
    rows = await panels.list_declarations(session, actor, lot_id)
    return [DeclarationOut.model_validate(r) for r in rows]


@router.post("/lots/{lot_id}/declarations", response_model=PanelMemberOut, responses=_WRITE)
async def declare_connections(
    session: Session, actor: CurrentActor, lot_id: uuid.UUID, body: DeclarationsInput
) -> PanelMemberOut:
    """The caller declares, per bidder, whether they are connected to it in any way; each
    once. A connection removes them from the lot (the reason kept) and so from its bids
    and scores. Emits `panel.member_removed` then."""
    member, _ = await panels.declare(session, actor, lot_id, body)
    return (await member_outs(session, [member]))[0]
