"""The expert bank: joining and leaving it (yourself, or a coordinator with your
consent), coordinators' search, and a lot's shortlist."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.expert_bank import ExpertBankEntryOut, ShortlistOut, entry_out, shortlist_out
from app.domain.procurement import bank, shortlist
from app.domain.procurement.schemas import ExpertBankInput, ExpertBankOnBehalf

router = APIRouter(tags=["expert bank"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 422)


@router.get("/me/expert-bank", response_model=ExpertBankEntryOut, responses=_READ)
async def get_my_expert_bank(session: Session, actor: CurrentActor) -> ExpertBankEntryOut:
    """The caller's own entry; 404 until they join."""
    return entry_out(await bank.get_entry(session, actor, actor.id))


@router.put("/me/expert-bank", response_model=ExpertBankEntryOut, responses=_WRITE)
async def put_my_expert_bank(
    session: Session, actor: CurrentActor, body: ExpertBankInput
) -> ExpertBankEntryOut:
    """Join the bank to evaluate bids, or replace what it holds. Lived experience is
    kept only from your own categories, and only with `experienceConsent`."""
    view, _ = await bank.put_entry(session, actor, actor.id, body)
    return entry_out(view)


@router.delete("/me/expert-bank", status_code=204, responses=_WRITE)
async def leave_my_expert_bank(session: Session, actor: CurrentActor) -> Response:
    """Leave the bank: the entry and any consented experience are deleted."""
    await bank.leave(session, actor, actor.id)
    return Response(status_code=204)


@router.get("/people/{person_id}/expert-bank", response_model=ExpertBankEntryOut, responses=_READ)
async def get_person_expert_bank(
    session: Session, actor: CurrentActor, person_id: uuid.UUID
) -> ExpertBankEntryOut:
    """A person's entry: the person themselves, coordinators and administrators."""
    return entry_out(await bank.get_entry(session, actor, person_id))


@router.put("/people/{person_id}/expert-bank", response_model=ExpertBankEntryOut, responses=_WRITE)
async def put_person_expert_bank(
    session: Session, actor: CurrentActor, person_id: uuid.UUID, body: ExpertBankOnBehalf
) -> ExpertBankEntryOut:
    """A coordinator puts a person in the bank on their behalf, recording in
    `consentNote` how the person agreed."""
    view, _ = await bank.put_entry(session, actor, person_id, body)
    return entry_out(view)


@router.delete("/people/{person_id}/expert-bank", status_code=204, responses=_WRITE)
async def leave_person_expert_bank(
    session: Session, actor: CurrentActor, person_id: uuid.UUID
) -> Response:
    await bank.leave(session, actor, person_id)
    return Response(status_code=204)


@router.get("/expert-bank", response_model=PageOut[ExpertBankEntryOut], responses=_READ)
async def search_expert_bank(
    session: Session,
    actor: CurrentActor,
    page: Pagination,
    skill: Annotated[str | None, Query(max_length=40)] = None,
    experience: Annotated[str | None, Query(max_length=80)] = None,
    trained: Annotated[
        str | None, Query(max_length=200, description="A training type, current (not expired).")
    ] = None,
    available_on: Annotated[
        date | None, Query(alias="availableOn", description="Free that day.")
    ] = None,
) -> PageOut[ExpertBankEntryOut]:
    """Coordinators search the bank, oldest entry first; filters combine."""
    found = await bank.search(
        session,
        actor,
        page,
        skill=skill,
        experience=experience,
        trained=trained,
        on=available_on,
    )
    return PageOut(items=[entry_out(v) for v in found.items], next_cursor=found.next_cursor)


@router.get("/lots/{lot_id}/shortlist", response_model=ShortlistOut, responses=_READ)
async def lot_shortlist(session: Session, actor: CurrentActor, lot_id: uuid.UUID) -> ShortlistOut:
    """Bank members not on the lot's panel; anyone connected to one of its bidders (a
    declaration of interest naming it, or a connection declared on a panel) or
    unavailable today is listed apart, with why. Coordinators only."""
    return shortlist_out(await shortlist.shortlist(session, actor, lot_id))
