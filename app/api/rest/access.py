"""Getting in: invitations, and setting a password from an emailed link."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from app.api.deps import CurrentActor, Session, State, client_address
from app.api.problem_docs import error_responses, throttled_response
from app.api.routing import TransactionalRoute
from app.api.views.access import AcceptedView, InvitationView
from app.domain.auth import email_change, links
from app.domain.auth.schemas import ConfirmEmail, PasswordResetRequest, SetPassword

router = APIRouter(tags=["auth"], route_class=TransactionalRoute)

RESET_ANSWER = (
    "If that address belongs to an account, a link to choose a new password is on its way. "
    "It works once, for a short time."
)


@router.post(
    "/people/{person_id}/invitation",
    status_code=202,
    response_model=InvitationView,
    responses=error_responses(401, 403, 404, 409),
    tags=["people"],
    summary="Invite a person to choose a password",
)
async def invite_person(
    session: Session, state: State, actor: CurrentActor, person_id: uuid.UUID
) -> InvitationView:
    """Emails the person a single-use link to set their password, valid for
    `CHORUS_INVITATION_DAYS` days (7 by default). Sending again revokes the earlier link.
    An inactive person cannot be invited (409)."""
    invitation = await links.invite(
        session, actor, person_id, links.LinkConfig.from_settings(state.settings)
    )
    return InvitationView(
        person_id=invitation.person_id,
        expires_at=invitation.expires_at,
        message_id=invitation.message_id,
    )


@router.post(
    "/auth/invitation/accept",
    response_model=AcceptedView,
    responses=error_responses(422),
    summary="Accept an invitation by setting a password",
)
async def accept_invitation(
    session: Session, body: SetPassword, response: Response
) -> AcceptedView:
    """The token from the invitation link and a new password (at least 12 characters, not
    a commonly used one). The link then stops working, and so does any earlier sign-in.
    A used, revoked or expired token is refused at `/token`."""
    response.headers["Cache-Control"] = "no-store"
    await links.redeem(
        session, body.token.get_secret_value(), links.INVITATION, body.password.get_secret_value()
    )
    return AcceptedView(detail="Your password is set. You can sign in now.")


@router.post(
    "/auth/email-change/confirm",
    response_model=AcceptedView,
    responses=error_responses(409, 422),
    summary="Confirm a new sign-in email",
)
async def confirm_email_change(
    session: Session, body: ConfirmEmail, response: Response
) -> AcceptedView:
    """The token from the link sent to the new address when a person's email was changed.
    The new address then becomes the sign-in email, in force for sign-in and messages; until
    now the old one was. A used, revoked or expired token is refused at `/token`; an
    address another person was given meanwhile is 409."""
    response.headers["Cache-Control"] = "no-store"
    await email_change.confirm(session, body.token.get_secret_value())
    return AcceptedView(detail="Your new email address is confirmed. Sign in with it from now on.")


@router.post(
    "/auth/password-reset",
    status_code=202,
    response_model=AcceptedView,
    responses={**error_responses(422), **throttled_response()},
    summary="Ask for a password reset link",
)
async def request_password_reset(
    request: Request, session: Session, state: State, body: PasswordResetRequest
) -> AcceptedView:
    """The same answer, in the same time, whether or not the address has an account, so it
    tells nobody which addresses do: the request is only queued. Each active person with
    that sign-in email then gets their own link. Too many requests from one client address
    in a window get 429 with `Retry-After`."""
    await state.throttle.password_reset_requested(client_address(request))
    links.request_reset(session, str(body.email))
    return AcceptedView(detail=RESET_ANSWER)


@router.post(
    "/auth/password-reset/complete",
    response_model=AcceptedView,
    responses=error_responses(422),
    summary="Set a new password from a reset link",
)
async def complete_password_reset(
    session: Session, body: SetPassword, response: Response
) -> AcceptedView:
    """As for accepting an invitation: the link works once, within the hour, and every
    earlier sign-in ends."""
    response.headers["Cache-Control"] = "no-store"
    await links.redeem(
        session, body.token.get_secret_value(), links.RESET, body.password.get_secret_value()
    )
    return AcceptedView(detail="Your password is set. You can sign in now.")
