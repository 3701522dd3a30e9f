"""``/expense-claims``: claims, and each step of their workflow.

Claim contents are private to the claimant, coordinators and finance; to anyone else a
claim does not exist (404).
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.deps import CurrentActor, IfMatch, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.expenses import ClaimOut, ClaimSummaryOut, claim_out, summary_out
from app.db.models import ExpenseClaim
from app.domain.actors import Actor
from app.domain.expenses import claims, workflow
from app.domain.expenses.schemas import (
    ClaimStatus,
    ExpenseClaimCreate,
    ExpenseClaimUpdate,
    ReasonInput,
    WithdrawInput,
)
from app.domain.expenses.views import claim_view, written_view
from app.domain.versions import etag

router = APIRouter(prefix="/expense-claims", tags=["expenses"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 412, 422, 428)


async def detail(
    session: AsyncSession, actor: Actor, claim: ExpenseClaim, response: Response
) -> ClaimOut:
    response.headers["ETag"] = etag(claim.version)
    return claim_out(await claim_view(session, actor, claim))


async def written(
    session: AsyncSession, actor: Actor, step: claims.Written, response: Response
) -> ClaimOut:
    response.headers["ETag"] = etag(step.claim.version)
    return claim_out(await written_view(session, actor, step))


@router.get("", response_model=PageOut[ClaimSummaryOut], responses=_READ)
async def list_claims(
    session: Session,
    actor: CurrentActor,
    page: Pagination,
    status: Annotated[ClaimStatus | None, Query()] = None,
    person_id: Annotated[uuid.UUID | None, Query(alias="personId")] = None,
    board_id: Annotated[uuid.UUID | None, Query(alias="boardId")] = None,
) -> PageOut[ClaimSummaryOut]:
    """Your own claims; coordinators and finance see everyone's."""
    result = await claims.list_claims(
        session, actor, page, status=status, person_id=person_id, board_id=board_id
    )
    return PageOut(items=[summary_out(c) for c in result.items], next_cursor=result.next_cursor)


@router.post("", status_code=201, response_model=ClaimOut, responses=_WRITE)
async def create_claim(
    session: Session, actor: CurrentActor, body: ExpenseClaimCreate, response: Response
) -> ClaimOut:
    """A draft claim, with lines if you have them. Coordinators may give `personId` to
    claim on a member's behalf; the claim records that it was."""
    created = await claims.create_claim(session, actor, body)
    response.headers["Location"] = f"/api/v1/expense-claims/{created.claim.id}"
    return await written(session, actor, created, response)


@router.get("/{claim_id}", response_model=ClaimOut, responses=_READ)
async def get_claim(
    session: Session, actor: CurrentActor, claim_id: uuid.UUID, response: Response
) -> ClaimOut:
    """The claim with every line, what the policy allowed for it and why, and receipts."""
    claim = await claims.get_claim(session, actor, claim_id)
    return await detail(session, actor, claim, response)


@router.patch("/{claim_id}", response_model=ClaimOut, responses=_WRITE)
async def update_claim(
    session: Session,
    actor: CurrentActor,
    claim_id: uuid.UUID,
    body: ExpenseClaimUpdate,
    version: IfMatch,
    response: Response,
) -> ClaimOut:
    claim = await claims.update_claim(session, actor, claim_id, body, version)
    return await detail(session, actor, claim, response)


@router.post("/{claim_id}/submit", response_model=ClaimOut, responses=_WRITE)
async def submit_claim(
    session: Session, actor: CurrentActor, claim_id: uuid.UUID, response: Response
) -> ClaimOut:
    """Judge every line again and submit (emits `expense_claim.submitted`). Refused (422)
    while a line has a problem; `errors` points at each. Safe to retry."""
    return await written(session, actor, await workflow.submit(session, actor, claim_id), response)


@router.post("/{claim_id}/approve", response_model=ClaimOut, responses=_WRITE)
async def approve_claim(
    session: Session, actor: CurrentActor, claim_id: uuid.UUID, response: Response
) -> ClaimOut:
    """Finance (not the claimant, nor whoever made the claim). Emits
    `expense_claim.approved`. Safe to retry."""
    return await detail(session, actor, await workflow.approve(session, actor, claim_id), response)


@router.post("/{claim_id}/reject", response_model=ClaimOut, responses=_WRITE)
async def reject_claim(
    session: Session,
    actor: CurrentActor,
    claim_id: uuid.UUID,
    body: ReasonInput,
    response: Response,
) -> ClaimOut:
    """Finance, with a reason the claimant reads. Emits `expense_claim.rejected`."""
    claim = await workflow.reject(session, actor, claim_id, body)
    return await detail(session, actor, claim, response)


@router.post("/{claim_id}/return", response_model=ClaimOut, responses=_WRITE)
async def return_claim(
    session: Session,
    actor: CurrentActor,
    claim_id: uuid.UUID,
    body: ReasonInput,
    response: Response,
) -> ClaimOut:
    """Finance: back to the claimant with a query to amend and submit again. Emits
    `expense_claim.returned`."""
    claim = await workflow.return_claim(session, actor, claim_id, body)
    return await detail(session, actor, claim, response)


@router.post("/{claim_id}/withdraw", response_model=ClaimOut, responses=_WRITE)
async def withdraw_claim(
    session: Session,
    actor: CurrentActor,
    claim_id: uuid.UUID,
    response: Response,
    body: WithdrawInput = WithdrawInput(),  # nothing in it is required, so neither is it
) -> ClaimOut:
    """The claimant (or a coordinator), before approval. Emits `expense_claim.withdrawn`."""
    claim = await workflow.withdraw(session, actor, claim_id, body)
    return await detail(session, actor, claim, response)
