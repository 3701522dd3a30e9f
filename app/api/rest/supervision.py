"""Supervision: naming supervisors and the safeguarding lead, and the records."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.support import SupervisionRecordOut, SupervisorOut, SupportSettingsOut
from app.domain.support import supervision
from app.domain.support.schemas import SafeguardingLeadSet, SupervisionRecordCreate, SupervisorSet

router = APIRouter(tags=["support"], route_class=TransactionalRoute)


@router.put(
    "/people/{person_id}/supervisor",
    response_model=SupervisorOut,
    responses=error_responses(401, 403, 404, 422),
)
async def set_supervisor(
    session: Session, actor: CurrentActor, person_id: uuid.UUID, body: SupervisorSet
) -> SupervisorOut:
    """Coordinators name who supervises a member (they do not read the records)."""
    row = await supervision.set_supervisor(session, actor, person_id, body)
    return SupervisorOut.model_validate(row)


@router.put(
    "/support/safeguarding-lead",
    response_model=SupportSettingsOut,
    responses=error_responses(401, 403, 404, 422),
)
async def set_safeguarding_lead(
    session: Session, actor: CurrentActor, body: SafeguardingLeadSet
) -> SupportSettingsOut:
    """Administrators name the safeguarding lead, who may read every supervision record."""
    row = await supervision.set_safeguarding_lead(session, actor, body)
    return SupportSettingsOut.model_validate(row)


@router.get(
    "/people/{person_id}/supervision-records",
    response_model=PageOut[SupervisionRecordOut],
    responses=error_responses(401, 403, 404, 422),
)
async def list_supervision_records(
    session: Session, actor: CurrentActor, person_id: uuid.UUID, page: Pagination
) -> PageOut[SupervisionRecordOut]:
    """The member, their supervisor and the safeguarding lead only."""
    found = await supervision.list_records(session, actor, person_id, page)
    return PageOut(
        items=[SupervisionRecordOut.model_validate(r) for r in found.items],
        next_cursor=found.next_cursor,
    )


@router.post(
    "/people/{person_id}/supervision-records",
    status_code=201,
    response_model=SupervisionRecordOut,
    responses=error_responses(401, 403, 404, 422),
)
async def add_supervision_record(
    session: Session,
    actor: CurrentActor,
    person_id: uuid.UUID,
    body: SupervisionRecordCreate,
    response: Response,
) -> SupervisionRecordOut:
    """The member or their supervisor records a supervision session or check-in."""
    row = await supervision.add_record(session, actor, person_id, body)
    response.headers["Location"] = f"/api/v1/people/{person_id}/supervision-records"
    return SupervisionRecordOut.model_validate(row)
