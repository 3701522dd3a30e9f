"""``/payment-runs``: finance gathers approved claims, exports them, marks them paid."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.expenses import summary_out
from app.api.views.payments import HeldBackOut, PaymentRunDetailOut, PaymentRunOut
from app.domain.expenses import export, payments, settlement
from app.domain.expenses.payments import RunResult
from app.domain.expenses.schemas import MarkPaid, PaymentRunCreate
from app.domain.versions import etag

router = APIRouter(prefix="/payment-runs", tags=["expenses"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 422)
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
_CSV: dict[int | str, dict[str, Any]] = {
    200: {"description": "CSV, one row per payee.", "content": {"text/csv": {}}}
}


def _detail(result: RunResult, response: Response) -> PaymentRunDetailOut:
    response.headers["ETag"] = etag(result.run.version)
    return PaymentRunDetailOut(
        **PaymentRunOut.model_validate(result.run).model_dump(),
        claims=[summary_out(c) for c in result.claims],
        held_back=[HeldBackOut.model_validate(h, from_attributes=True) for h in result.held_back],
    )


@router.get("", response_model=PageOut[PaymentRunOut], responses=_READ)
async def list_runs(
    session: Session, actor: CurrentActor, page: Pagination
) -> PageOut[PaymentRunOut]:
    result = await payments.list_runs(session, actor, page)
    return PageOut(
        items=[PaymentRunOut.model_validate(r) for r in result.items],
        next_cursor=result.next_cursor,
    )


@router.post("", status_code=201, response_model=PaymentRunDetailOut, responses=_WRITE)
async def create_run(
    session: Session, actor: CurrentActor, body: PaymentRunCreate, response: Response
) -> PaymentRunDetailOut:
    """Every claim approved on or before `upTo` and in no run yet. Claims that must not be
    paid now (a declined involvement payment, no payee reference) are listed in `heldBack`
    with the reason, and stay approved."""
    result = await payments.create_run(session, actor, body)
    response.headers["Location"] = f"/api/v1/payment-runs/{result.run.id}"
    return _detail(result, response)


@router.get("/{run_id}", response_model=PaymentRunDetailOut, responses=_READ)
async def get_run(
    session: Session, actor: CurrentActor, run_id: uuid.UUID, response: Response
) -> PaymentRunDetailOut:
    return _detail(await payments.run_detail(session, actor, run_id), response)


@router.get(
    "/{run_id}/export.csv",
    response_class=Response,
    responses={**_CSV, **error_responses(401, 403, 404, 409)},
)
async def export_run(session: Session, actor: CurrentActor, run_id: uuid.UUID) -> Response:
    """One row per payee: person, name, payee reference, claim IDs, and expenses and
    involvement payments as separate amounts in pence (only the latter are taxable)."""
    body = await export.export_run(session, actor, run_id)
    return Response(
        body,
        media_type=CSV_MEDIA_TYPE,
        headers={
            "Content-Disposition": f'attachment; filename="payment-run-{run_id}.csv"',
            "Cache-Control": "private, no-store",
        },
    )


@router.post("/{run_id}/mark-paid", response_model=PaymentRunDetailOut, responses=_WRITE)
async def mark_paid(
    session: Session, actor: CurrentActor, run_id: uuid.UUID, body: MarkPaid, response: Response
) -> PaymentRunDetailOut:
    """Record the payment reference; every claim in the run becomes paid (emits
    `expense_claim.paid` for each) and never changes again. Repeating it with the same
    reference is safe."""
    return _detail(await settlement.mark_paid(session, actor, run_id, body), response)


@router.post("/{run_id}/cancel", response_model=PaymentRunDetailOut, responses=_WRITE)
async def cancel_run(
    session: Session, actor: CurrentActor, run_id: uuid.UUID, response: Response
) -> PaymentRunDetailOut:
    """Undo an unpaid run: its claims are approved again, free for the next run."""
    return _detail(await settlement.cancel_run(session, actor, run_id), response)
