"""``/expense-totals``: what finance has agreed to pay, by person, board and period."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from app.api.deps import CurrentActor, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.payments import TotalOut
from app.domain.expenses import reports
from app.domain.expenses.reports import REPORTED, GroupBy, TotalRow
from app.domain.expenses.schemas import ClaimStatus
from app.domain.schemas import IsoDate

router = APIRouter(tags=["expenses"], route_class=TransactionalRoute)

_CSV: dict[int | str, dict[str, Any]] = {
    200: {"description": "CSV, one row per group.", "content": {"text/csv": {}}}
}


GroupQuery = Annotated[
    list[GroupBy],
    Query(
        alias="groupBy",
        description="Repeat to combine: person, board, and month or tax_year.",
    ),
]
StatusQuery = Annotated[
    list[ClaimStatus] | None,
    Query(description="Claims counted (repeatable); default approved, in_payment_run, paid."),
]
FromQuery = Annotated[IsoDate | None, Query(alias="from", description="First expense date.")]
ToQuery = Annotated[IsoDate | None, Query(alias="to", description="Last expense date.")]


async def _rows(
    session: Session,
    actor: CurrentActor,
    group_by: list[GroupBy],
    date_from: date | None,
    date_to: date | None,
    status: list[ClaimStatus] | None,
) -> list[TotalRow]:
    return await reports.totals(
        session,
        actor,
        group_by=group_by,
        date_from=date_from,
        date_to=date_to,
        statuses=status or REPORTED,
    )


@router.get(
    "/expense-totals", response_model=list[TotalOut], responses=error_responses(401, 403, 422)
)
async def totals(
    session: Session,
    actor: CurrentActor,
    group_by: GroupQuery = [GroupBy.PERSON],  # noqa: B006 - FastAPI copies defaults
    date_from: FromQuery = None,
    date_to: ToQuery = None,
    status: StatusQuery = None,
) -> list[TotalOut]:
    """Finance: allowed amounts with expenses and involvement payments apart, by the
    lines' expense dates. A line counts towards its meeting's board, else the claim's."""
    rows = await _rows(session, actor, group_by, date_from, date_to, status)
    return [
        TotalOut(
            person_id=r.person_id,
            board_id=r.board_id,
            period=r.period,
            claim_count=r.claim_count,
            expenses_pence=r.expenses_pence,
            involvement_pence=r.involvement_pence,
            total_pence=r.total_pence,
        )
        for r in rows
    ]


@router.get(
    "/expense-totals.csv",
    response_class=Response,
    responses={**_CSV, **error_responses(401, 403, 422)},
)
async def totals_csv(
    session: Session,
    actor: CurrentActor,
    group_by: GroupQuery = [GroupBy.PERSON],  # noqa: B006 - FastAPI copies defaults
    date_from: FromQuery = None,
    date_to: ToQuery = None,
    status: StatusQuery = None,
) -> Response:
    """The same totals as CSV."""
    rows = await _rows(session, actor, group_by, date_from, date_to, status)
    return Response(
        reports.to_csv(rows),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": 'attachment; filename="expense-totals.csv"',
            "Cache-Control": "private, no-store",
        },
    )
