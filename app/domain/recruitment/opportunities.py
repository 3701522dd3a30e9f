"""Opportunities: vacancies on a board or in a seat's pool, with their eligibility rule."""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Opportunity, Seat
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.service import get_board
from app.domain.errors import NotFound, RuleViolation
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.recruitment.schemas import OpportunityCreate, OpportunityStatus


def readable(actor: Actor) -> ColumnElement[bool]:
    return store.in_org(Opportunity, actor)


async def get_opportunity(
    session: AsyncSession, actor: Actor, opportunity_id: uuid.UUID
) -> Opportunity:
    require(actor, Permission.RECRUITMENT_READ)
    return await store.one(session, Opportunity, opportunity_id, readable(actor), "opportunity")


async def list_opportunities(
    session: AsyncSession,
    actor: Actor,
    page: PageRequest,
    *,
    board_id: uuid.UUID | None = None,
    status: OpportunityStatus | None = None,
) -> Page[Opportunity]:
    require(actor, Permission.RECRUITMENT_READ)
    statement = select(Opportunity).where(readable(actor))
    if board_id is not None:
        statement = statement.where(Opportunity.board_id == board_id)
    if status is not None:
        statement = statement.where(Opportunity.status == status.value)
    return await paginate(session, statement, col(Opportunity.id), page)


async def create_opportunity(
    session: AsyncSession, actor: Actor, data: OpportunityCreate
) -> Opportunity:
    require(actor, Permission.RECRUITMENT_MANAGE)
    try:
        board = await get_board(session, actor, data.board_id)
    except NotFound:
        raise RuleViolation.field("/boardId", "No board with that ID exists here.") from None
    if data.seat_id is not None:
        seat = await session.scalar(
            select(Seat).where(Seat.id == data.seat_id, store.in_org(Seat, actor))
        )
        if seat is None or seat.advisory_board_id != board.id:
            raise RuleViolation.field("/seatId", "The seat must be one this board holds.")
    opportunity = Opportunity(
        organisation_id=actor.organisation_id,
        board_id=board.id,
        seat_id=data.seat_id,
        title=data.title,
        description=data.description,
        places=data.places,
        closes_on=data.closes_on,
        eligibility=data.eligibility,
        created_by_id=actor.id,
    )
    session.add(opportunity)
    await session.flush()
    audit.record(
        session,
        actor,
        "opportunity.created",
        "opportunity",
        opportunity.id,
        opportunity.organisation_id,
        data.model_fields_set,
    )
    audit.emit(
        session,
        opportunity.organisation_id,
        "opportunity.opened",
        {"opportunityId": str(opportunity.id), "boardId": str(board.id)},
    )
    return opportunity


async def close_opportunity(
    session: AsyncSession, actor: Actor, opportunity_id: uuid.UUID
) -> Opportunity:
    """No new applications; those under way carry on. Closing twice changes nothing."""
    opportunity = await get_opportunity(session, actor, opportunity_id)
    require(actor, Permission.RECRUITMENT_MANAGE)
    changed = await store.patch(
        session, actor, opportunity, {"status": OpportunityStatus.CLOSED.value}, "opportunity"
    )
    if changed:
        audit.emit(
            session,
            opportunity.organisation_id,
            "opportunity.closed",
            {"opportunityId": str(opportunity.id), "boardId": str(opportunity.board_id)},
        )
    return opportunity
