"""Recruitment: opportunities, applications and referrals, and their stages."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.recruitment import (
    ApplicationOut,
    OpportunityOut,
    application_out,
    opportunity_out,
)
from app.db.models import Application
from app.domain.actors import Actor
from app.domain.recruitment import applications, history, opportunities, progress
from app.domain.recruitment.schemas import (
    ApplicationCreate,
    OpportunityCreate,
    OpportunityStatus,
    StageChange,
)
from app.domain.recruitment.stages import Stage
from app.domain.versions import etag

router = APIRouter(tags=["recruitment"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 422)


async def _outs(
    session: AsyncSession, actor: Actor, rows: list[Application]
) -> list[ApplicationOut]:
    # One query for every application's history, however many are on the page.
    moves = await history.history_by_application(session, actor, [r.id for r in rows])
    return [application_out(r, moves.get(r.id, [])) for r in rows]


async def _one(
    session: AsyncSession, actor: Actor, row: Application, response: Response
) -> ApplicationOut:
    response.headers["ETag"] = etag(row.version)
    return (await _outs(session, actor, [row]))[0]


@router.get("/opportunities", response_model=PageOut[OpportunityOut], responses=_READ)
async def list_opportunities(
    session: Session,
    actor: CurrentActor,
    page: Pagination,
    board_id: Annotated[uuid.UUID | None, Query(alias="boardId")] = None,
    status: Annotated[OpportunityStatus | None, Query()] = None,
) -> PageOut[OpportunityOut]:
    """Vacancies of the organisation, oldest first (scope `recruitment:read`)."""
    result = await opportunities.list_opportunities(
        session, actor, page, board_id=board_id, status=status
    )
    return PageOut(items=[opportunity_out(o) for o in result.items], next_cursor=result.next_cursor)


@router.post("/opportunities", status_code=201, response_model=OpportunityOut, responses=_WRITE)
async def create_opportunity(
    session: Session, actor: CurrentActor, body: OpportunityCreate, response: Response
) -> OpportunityOut:
    """Open a vacancy on a board, or in a seat's pool, with the rule applicants must meet
    (coordinators). Emits `opportunity.opened`."""
    row = await opportunities.create_opportunity(session, actor, body)
    response.headers["Location"] = f"/api/v1/opportunities/{row.id}"
    response.headers["ETag"] = etag(row.version)
    return opportunity_out(row)


@router.get("/opportunities/{opportunity_id}", response_model=OpportunityOut, responses=_READ)
async def get_opportunity(
    session: Session, actor: CurrentActor, opportunity_id: uuid.UUID, response: Response
) -> OpportunityOut:
    row = await opportunities.get_opportunity(session, actor, opportunity_id)
    response.headers["ETag"] = etag(row.version)
    return opportunity_out(row)


@router.post(
    "/opportunities/{opportunity_id}/close", response_model=OpportunityOut, responses=_WRITE
)
async def close_opportunity(
    session: Session, actor: CurrentActor, opportunity_id: uuid.UUID, response: Response
) -> OpportunityOut:
    """No new applications; those under way carry on. Emits `opportunity.closed`."""
    row = await opportunities.close_opportunity(session, actor, opportunity_id)
    response.headers["ETag"] = etag(row.version)
    return opportunity_out(row)


@router.get(
    "/opportunities/{opportunity_id}/applications",
    response_model=PageOut[ApplicationOut],
    responses=_READ,
)
async def list_applications(
    session: Session,
    actor: CurrentActor,
    opportunity_id: uuid.UUID,
    page: Pagination,
    stage: Annotated[Stage | None, Query()] = None,
) -> PageOut[ApplicationOut]:
    """Coordinators see every application; an applicant only their own."""
    result = await applications.list_applications(session, actor, opportunity_id, page, stage=stage)
    return PageOut(items=await _outs(session, actor, result.items), next_cursor=result.next_cursor)


@router.post(
    "/opportunities/{opportunity_id}/applications",
    status_code=201,
    response_model=ApplicationOut,
    responses=_WRITE,
)
async def apply(
    session: Session,
    actor: CurrentActor,
    opportunity_id: uuid.UUID,
    body: ApplicationCreate,
    response: Response,
) -> ApplicationOut:
    """Apply (`referral: self`), refer someone as a member (`member`), or, as a
    coordinator, record a referral from outside by the referrer's name and organisation
    (`outside`). `answers` holds only what the rule asks. Emits `application.created`."""
    row = await applications.apply(session, actor, opportunity_id, body)
    response.headers["Location"] = f"/api/v1/applications/{row.id}"
    return await _one(session, actor, row, response)


@router.get("/applications/{application_id}", response_model=ApplicationOut, responses=_READ)
async def get_application(
    session: Session, actor: CurrentActor, application_id: uuid.UUID, response: Response
) -> ApplicationOut:
    """Coordinators, administrators and the applicant; anyone else gets 404."""
    row = await applications.get_application(session, actor, application_id)
    return await _one(session, actor, row, response)


@router.post(
    "/applications/{application_id}/stage", response_model=ApplicationOut, responses=_WRITE
)
async def move_application(
    session: Session,
    actor: CurrentActor,
    application_id: uuid.UUID,
    body: StageChange,
    response: Response,
) -> ApplicationOut:
    """Move to the next stage, with a reason: applied, eligible (only if the answers meet
    the rule), interviewed, training, active; or withdrawn (the applicant too) or
    unsuccessful. Becoming active makes the applicant a person (or links the person with
    their email) and a member of the board. Emits `application.stage_changed`."""
    row = await progress.move(session, actor, application_id, body)
    return await _one(session, actor, row, response)
