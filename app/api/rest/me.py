"""``/me``: who the caller is, and their schedule."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, Session, State
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.me import ApiClientSummary, MeOut, MyMembership, OrganisationOut
from app.api.views.people import PersonPrivate
from app.api.views.schedule import ScheduleOut, schedule_out
from app.domain.auth.identity import me as load_me
from app.domain.people.schemas import PasswordChange
from app.domain.people.service import change_own_password
from app.domain.schedule.service import my_schedule

router = APIRouter(tags=["me"], route_class=TransactionalRoute)


@router.get("/me", response_model=MeOut, responses=error_responses(401))
async def get_me(session: Session, actor: CurrentActor) -> MeOut:
    """The caller, their organisation, roles, board memberships and scopes."""
    me = await load_me(session, actor)
    return MeOut(
        kind=actor.kind,
        organisation=OrganisationOut.model_validate(me.organisation),
        person=PersonPrivate.model_validate(me.person) if me.person else None,
        client=ApiClientSummary.model_validate(me.client) if me.client else None,
        roles=sorted(actor.roles),
        scopes=sorted(actor.scopes),
        memberships=[MyMembership.model_validate(m) for m in me.memberships],
    )


@router.get("/me/schedule", response_model=ScheduleOut, responses=error_responses(401, 403))
async def get_my_schedule(session: Session, state: State, actor: CurrentActor) -> ScheduleOut:
    """Your meetings of the next `CHORUS_SCHEDULE_HORIZON_DAYS` days (42 by default), each
    with the seats you hold and the papers circulated to you and where you are with them;
    your open actions; and your claims waiting on you (drafts, and returned ones with the
    query). One call, a fixed number of statements. 403 for an API client."""
    horizon = timedelta(days=state.settings.schedule_horizon_days)
    return schedule_out(await my_schedule(session, actor, horizon))


@router.post("/me/password", status_code=204, responses=error_responses(401, 403, 422))
async def change_password(session: Session, actor: CurrentActor, body: PasswordChange) -> Response:
    """Change your own password. Every sign-in of yours ends, and every access token issued
    before (this one too) stops working at once: sign in again with the new password."""
    await change_own_password(session, actor, body)
    return Response(status_code=204)
