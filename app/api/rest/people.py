"""``/people`` and what is recorded about each person."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from app.api.deps import CurrentActor, IfMatch, Pagination, Session, State
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.urls import absolute
from app.api.views.base import PageOut
from app.api.views.people import PersonView as PersonOut
from app.api.views.people import person_out
from app.domain.actors import OrgRole
from app.domain.people import service
from app.domain.people.schemas import PersonCreate, PersonUpdate
from app.domain.versions import etag

router = APIRouter(prefix="/people", tags=["people"], route_class=TransactionalRoute)


@router.get("", response_model=PageOut[PersonOut], responses=error_responses(401, 403, 422))
async def list_people(
    session: Session,
    actor: CurrentActor,
    page: Pagination,
    role: Annotated[OrgRole | None, Query(description="Only people with this role.")] = None,
) -> PageOut[PersonOut]:
    """People of the caller's organisation. Private fields only for those allowed them."""
    result = await service.list_people(session, actor, page, role=role)
    return PageOut(
        items=[person_out(actor, p) for p in result.items], next_cursor=result.next_cursor
    )


@router.post(
    "",
    status_code=201,
    response_model=PersonOut,
    responses=error_responses(401, 403, 409, 422),
)
async def create_person(
    session: Session, actor: CurrentActor, body: PersonCreate, response: Response
) -> PersonOut:
    """Coordinators add members; administrators may also grant roles and an initial password."""
    person = await service.create_person(session, actor, body)
    response.headers["Location"] = f"/api/v1/people/{person.id}"
    response.headers["ETag"] = etag(person.version)
    return person_out(actor, person)


@router.get("/{person_id}", response_model=PersonOut, responses=error_responses(401, 403, 404))
async def get_person(
    session: Session, actor: CurrentActor, person_id: uuid.UUID, response: Response
) -> PersonOut:
    person = await service.get_person(session, actor, person_id)
    response.headers["ETag"] = etag(person.version)
    return person_out(actor, person)


@router.patch(
    "/{person_id}",
    response_model=PersonOut,
    responses=error_responses(401, 403, 404, 409, 412, 422, 428),
)
async def update_person(
    session: Session,
    actor: CurrentActor,
    person_id: uuid.UUID,
    body: PersonUpdate,
    version: IfMatch,
    request: Request,
    state: State,
    response: Response,
) -> PersonOut:
    """People may edit their own name, pronouns, phone, access needs and email; staff edit
    the rest. A new `email` is not in force until confirmed from that address: the answer
    shows it as `pendingEmail`, and the old one stays the sign-in email until then.
    Reactivating a person who had a calendar feed sends them a new feed URL; the old one
    stays dead."""
    person = await service.update_person(
        session,
        actor,
        person_id,
        body,
        version,
        feed_base_url=absolute(request, "/api/v1/calendar"),
        confirm_email_url=state.settings.confirm_email_url,
    )
    response.headers["ETag"] = etag(person.version)
    return person_out(actor, person)
