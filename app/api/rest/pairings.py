"""Coaching and shadowing pairs."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.recruitment import PairingOut
from app.domain.recruitment import pairings
from app.domain.recruitment.schemas import PairingCreate, PairingKind

router = APIRouter(tags=["recruitment"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 422)


@router.get("/pairings", response_model=PageOut[PairingOut], responses=_READ)
async def list_pairings(
    session: Session,
    actor: CurrentActor,
    page: Pagination,
    person_id: Annotated[uuid.UUID | None, Query(alias="personId")] = None,
    kind: Annotated[PairingKind | None, Query()] = None,
) -> PageOut[PairingOut]:
    """Your pairings, on either side; coordinators see everyone's."""
    result = await pairings.list_pairings(session, actor, page, person_id=person_id, kind=kind)
    return PageOut(
        items=[PairingOut.model_validate(p) for p in result.items],
        next_cursor=result.next_cursor,
    )


@router.post("/pairings", status_code=201, response_model=PairingOut, responses=_WRITE)
async def create_pairing(
    session: Session, actor: CurrentActor, body: PairingCreate, response: Response
) -> PairingOut:
    """Pair a new member with a coach, or a shadow with a seat holder (coordinators).
    During the period a shadow receives, as a guest, the papers of every meeting the
    holder is entitled to. Emits `pairing.created`."""
    row = await pairings.create_pairing(session, actor, body)
    response.headers["Location"] = f"/api/v1/pairings/{row.id}"
    return PairingOut.model_validate(row)


@router.get("/pairings/{pairing_id}", response_model=PairingOut, responses=_READ)
async def get_pairing(session: Session, actor: CurrentActor, pairing_id: uuid.UUID) -> PairingOut:
    """The two people and coordinators; anyone else gets 404."""
    return PairingOut.model_validate(await pairings.get_pairing(session, actor, pairing_id))


@router.delete("/pairings/{pairing_id}", status_code=204, responses=_WRITE)
async def delete_pairing(session: Session, actor: CurrentActor, pairing_id: uuid.UUID) -> Response:
    """End a pairing (coordinators). Papers already sent stay with the shadow."""
    await pairings.delete_pairing(session, actor, pairing_id)
    return Response(status_code=204)
