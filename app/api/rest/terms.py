"""Membership terms: a board's term settings, renewals, stand-downs and freshness."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.boards import MembershipOut
from app.api.views.terms import FreshnessOut, TermChangeOut, TermSettingsOut
from app.domain.terms import changes, freshness, settings
from app.domain.terms.schemas import RenewalInput, StandDownInput, TermSettingsInput
from app.domain.versions import etag

router = APIRouter(tags=["terms"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_STEP = error_responses(401, 403, 404, 409, 422)


def _settings_out(board_id: uuid.UUID, data: TermSettingsInput) -> TermSettingsOut:
    return TermSettingsOut(
        board_id=board_id, alert_days=data.alert_days, freshness_years=data.freshness_years
    )


@router.get("/boards/{board_id}/term-settings", response_model=TermSettingsOut, responses=_READ)
async def get_term_settings(
    session: Session, actor: CurrentActor, board_id: uuid.UUID
) -> TermSettingsOut:
    """When members are told their term is ending, and the freshness window."""
    return _settings_out(*await settings.get_settings(session, actor, board_id))


@router.put("/boards/{board_id}/term-settings", response_model=TermSettingsOut, responses=_READ)
async def set_term_settings(
    session: Session, actor: CurrentActor, board_id: uuid.UUID, body: TermSettingsInput
) -> TermSettingsOut:
    """Coordinators set `alertDays` (60 unless set) and `freshnessYears` (2)."""
    return _settings_out(*await settings.set_settings(session, actor, board_id, body))


@router.post("/memberships/{membership_id}/renewal", response_model=MembershipOut, responses=_STEP)
async def renew_membership(
    session: Session,
    actor: CurrentActor,
    membership_id: uuid.UUID,
    body: RenewalInput,
    response: Response,
) -> MembershipOut:
    """Renew a term to a later `termEnd`, with the reason (`membership.renewed`)."""
    membership, _ = await changes.renew(session, actor, membership_id, body)
    response.headers["ETag"] = etag(membership.version)
    return MembershipOut.model_validate(membership)


@router.post(
    "/memberships/{membership_id}/stand-down", response_model=MembershipOut, responses=_STEP
)
async def stand_down(
    session: Session,
    actor: CurrentActor,
    membership_id: uuid.UUID,
    body: StandDownInput,
    response: Response,
) -> MembershipOut:
    """The member stands down (or a coordinator records it): the membership is left, its
    term ending on `effectiveOn` (today unless given), with the reason
    (`membership.stood_down`)."""
    membership, _ = await changes.stand_down(session, actor, membership_id, body)
    response.headers["ETag"] = etag(membership.version)
    return MembershipOut.model_validate(membership)


@router.get(
    "/memberships/{membership_id}/term-changes",
    response_model=list[TermChangeOut],
    responses=_READ,
)
async def list_term_changes(
    session: Session, actor: CurrentActor, membership_id: uuid.UUID
) -> list[TermChangeOut]:
    """Renewals and stand-downs with their reasons: the member and coordinators only."""
    rows = await changes.list_changes(session, actor, membership_id)
    return [TermChangeOut.model_validate(r) for r in rows]


@router.get("/boards/{board_id}/freshness", response_model=FreshnessOut, responses=_READ)
async def get_freshness(session: Session, actor: CurrentActor, board_id: uuid.UUID) -> FreshnessOut:
    """Share of active members whose first term here began within `freshnessYears`.
    Counts under 5 (zero included) are null with `suppressed: true`."""
    report = await freshness.board_freshness(session, actor, board_id)
    return FreshnessOut.model_validate(report)
