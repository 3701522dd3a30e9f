"""``/expense-policy``: the organisation's expense policy and its dated versions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.deps import CurrentActor, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.payments import PolicyOut, policy_out
from app.domain.expenses import policies
from app.domain.expenses.schemas import ExpensePolicyCreate
from app.domain.schemas import IsoDate

router = APIRouter(prefix="/expense-policy", tags=["expenses"], route_class=TransactionalRoute)


@router.get("", response_model=PolicyOut, responses=error_responses(401, 403, 422))
async def get_policy(
    session: Session,
    actor: CurrentActor,
    on: Annotated[IsoDate | None, Query(description="The day to look at (default today).")] = None,
) -> PolicyOut:
    """The policy in force on a day: mileage rates, caps, receipt thresholds, the claiming
    deadline and involvement payment rates. Built-in defaults until a version is set."""
    return policy_out(await policies.policy_on(session, actor, on))


@router.get("/versions", response_model=list[PolicyOut], responses=error_responses(401, 403))
async def list_policy_versions(session: Session, actor: CurrentActor) -> list[PolicyOut]:
    """Every version, oldest first, each with the dates it is in force."""
    return [policy_out(v) for v in await policies.list_versions(session, actor)]


@router.post(
    "",
    status_code=201,
    response_model=PolicyOut,
    responses=error_responses(401, 403, 409, 422),
)
async def create_policy_version(
    session: Session, actor: CurrentActor, body: ExpensePolicyCreate, response: Response
) -> PolicyOut:
    """Finance: a new version taking effect on `effectiveFrom`. Fields left out keep the
    values of the version in force the day before (`mileage` field by field; the maps of
    receipt thresholds and involvement rates are replaced whole when given). Each expense
    is judged by the version in force on its date."""
    created = await policies.create_version(session, actor, body)
    response.headers["Location"] = "/api/v1/expense-policy/versions"
    return policy_out(created)
