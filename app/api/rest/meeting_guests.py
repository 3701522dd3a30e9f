"""Guests of a meeting: people who are not members, invited with a reason."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.meetings import GuestOut
from app.domain.meetings import guests
from app.domain.meetings.schemas import GuestInvite

router = APIRouter(tags=["meetings"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 422)


@router.get("/meetings/{meeting_id}/guests", response_model=list[GuestOut], responses=_READ)
async def list_meeting_guests(
    session: Session, actor: CurrentActor, meeting_id: uuid.UUID
) -> list[GuestOut]:
    """Who is invited to this meeting besides the board's members, oldest first."""
    rows = await guests.list_guests(session, actor, meeting_id)
    return [GuestOut.model_validate(r) for r in rows]


@router.post(
    "/meetings/{meeting_id}/guests", status_code=201, response_model=GuestOut, responses=_WRITE
)
async def invite_meeting_guest(
    session: Session,
    actor: CurrentActor,
    meeting_id: uuid.UUID,
    body: GuestInvite,
    response: Response,
) -> GuestOut:
    """Invite someone who is not a member (staff, the chair or the secretary). They
    receive the meeting's papers from the next circulation (as `guest`) and may be
    recorded on its attendance; they never count towards the quorum. Emits
    `meeting.guest_invited`. `Location` is the meeting's guest list, which shows them."""
    guest = await guests.invite_guest(session, actor, meeting_id, body)
    response.headers["Location"] = f"/api/v1/meetings/{meeting_id}/guests"
    return GuestOut.model_validate(guest)


@router.delete("/meetings/{meeting_id}/guests/{person_id}", status_code=204, responses=_WRITE)
async def remove_meeting_guest(
    session: Session, actor: CurrentActor, meeting_id: uuid.UUID, person_id: uuid.UUID
) -> Response:
    """Withdraw an invitation. Papers already circulated to the guest stay with them.
    Emits `meeting.guest_removed`."""
    await guests.remove_guest(session, actor, meeting_id, person_id)
    return Response(status_code=204)
