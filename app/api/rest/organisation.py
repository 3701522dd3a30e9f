"""``/organisation``: the caller's organisation and the settings that apply across it."""

from __future__ import annotations

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, IfMatch, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.me import OrganisationOut
from app.domain import organisations
from app.domain.organisations import OrganisationUpdate
from app.domain.versions import etag

router = APIRouter(tags=["organisation"], route_class=TransactionalRoute)


@router.get("/organisation", response_model=OrganisationOut, responses=error_responses(401))
async def get_organisation(
    session: Session, actor: CurrentActor, response: Response
) -> OrganisationOut:
    """The caller's organisation and its settings."""
    row = await organisations.get_organisation(session, actor)
    response.headers["ETag"] = etag(row.version)
    return OrganisationOut.model_validate(row)


@router.patch(
    "/organisation",
    response_model=OrganisationOut,
    responses=error_responses(401, 403, 412, 422, 428),
)
async def update_organisation(
    session: Session,
    actor: CurrentActor,
    body: OrganisationUpdate,
    version: IfMatch,
    response: Response,
) -> OrganisationOut:
    """Administrators change the organisation's name and `smallCountThreshold`, the
    small-number suppression every report applies."""
    row = await organisations.update_organisation(session, actor, body, version)
    response.headers["ETag"] = etag(row.version)
    return OrganisationOut.model_validate(row)
