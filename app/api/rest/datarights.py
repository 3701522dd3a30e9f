"""A person's data rights: subject access export, erasure, who read their private fields."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.datarights import ErasureOut, PrivateReadOut
from app.domain.datarights import erasure, export, reads

router = APIRouter(
    prefix="/people/{person_id}", tags=["data rights"], route_class=TransactionalRoute
)

_ZIP = {"content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}}}


@router.get(
    "/export",
    response_class=Response,
    responses={
        200: {"description": "JSON files in a ZIP.", **_ZIP},
        **error_responses(401, 403, 404),
    },
)
async def export_person(session: Session, actor: CurrentActor, person_id: uuid.UUID) -> Response:
    """Subject access: everything held about the person. The person or an administrator."""
    content = await export.export_person(session, actor, person_id)
    return Response(
        content,
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="person-{person_id}.zip"'},
    )


@router.post(
    "/erasure",
    status_code=201,
    response_model=ErasureOut,
    responses=error_responses(401, 403, 404, 409),
)
async def erase_person(
    session: Session, actor: CurrentActor, person_id: uuid.UUID, response: Response
) -> ErasureOut:
    """Administrators: the person becomes "former member"; the board's record stays."""
    made = await erasure.erase_person(session, actor, person_id)
    response.headers["Location"] = f"/api/v1/people/{person_id}/erasure"
    return ErasureOut.model_validate(made)


@router.get("/erasure", response_model=ErasureOut, responses=error_responses(401, 403, 404))
async def get_erasure(session: Session, actor: CurrentActor, person_id: uuid.UUID) -> ErasureOut:
    """Administrators: when and by whom this person was erased; 404 if they were not."""
    return ErasureOut.model_validate(await erasure.erasure_of(session, actor, person_id))


@router.get(
    "/private-reads",
    response_model=PageOut[PrivateReadOut],
    responses=error_responses(401, 403, 404, 422),
)
async def list_private_reads(
    session: Session, actor: CurrentActor, person_id: uuid.UUID, page: Pagination
) -> PageOut[PrivateReadOut]:
    """Who read this person's private fields. The person or an administrator."""
    result = await reads.reads_of(session, actor, person_id, page)
    return PageOut(
        items=[PrivateReadOut.model_validate(r) for r in result.items],
        next_cursor=result.next_cursor,
    )
