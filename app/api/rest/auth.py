"""``/auth``: the OAuth2 token and revocation endpoints."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Literal
from urllib.parse import unquote

from fastapi import APIRouter, Form, Request, Response
from pydantic import BaseModel

from app.api.deps import Session, State, client_address
from app.api.problem_docs import error_responses, throttled_response
from app.api.routing import TransactionalRoute
from app.domain.auth import grants, refresh
from app.domain.errors import OAuthError, TokenReuseDetected

router = APIRouter(prefix="/auth", tags=["auth"], route_class=TransactionalRoute)


class TokenResponse(BaseModel):
    """Standard OAuth2 names, so off-the-shelf OAuth clients work unchanged."""

    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type
    expires_in: int
    scope: str
    refresh_token: str | None = None


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        client_id, _, secret = base64.b64decode(value).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        raise OAuthError("invalid_client", "The Basic credentials are malformed.") from None
    return unquote(client_id), unquote(secret)


def _required(value: str | None, name: str) -> str:
    if not value:
        raise OAuthError("invalid_request", f"The {name} parameter is required for this grant.")
    return value


@router.post(
    "/token",
    response_model=TokenResponse,
    response_model_exclude_none=True,
    responses={**error_responses(400, 401), **throttled_response()},
    summary="Get an access token",
)
async def token(
    request: Request,
    response: Response,
    state: State,
    session: Session,
    # Checked below rather than by the form's type, so that a missing or unknown grant type
    # gets an RFC 6749 error (invalid_request, unsupported_grant_type), not a 422.
    grant_type: Annotated[
        str | None,
        Form(description="`password`, `client_credentials` or `refresh_token`."),
    ] = None,
    username: Annotated[str | None, Form()] = None,
    password: Annotated[str | None, Form()] = None,
    client_id: Annotated[str | None, Form()] = None,
    client_secret: Annotated[str | None, Form()] = None,
    scope: Annotated[str | None, Form()] = None,
    refresh_token: Annotated[str | None, Form()] = None,
) -> TokenResponse:
    """Password grant for people, client credentials for partner systems (form fields or
    HTTP Basic), and refresh tokens that rotate on every use. Repeated failed password
    grants for one email, or from one client address, are refused with 429 and
    `Retry-After` until their window runs out."""
    response.headers["Cache-Control"] = "no-store"
    ttl = state.settings.refresh_token_ttl_days
    if grant_type == "password":
        grant = await grants.password_grant(
            session,
            state.tokens,
            ttl,
            _required(username, "username"),
            _required(password, "password"),
            state.throttle,
            client_address(request),
        )
    elif grant_type == "client_credentials":
        basic = _basic_credentials(request)
        cid, secret = basic or (client_id, client_secret)
        grant = await grants.client_credentials_grant(
            session,
            state.tokens,
            _required(cid, "client_id"),
            _required(secret, "client_secret"),
            scope,
        )
    elif grant_type == "refresh_token":
        try:
            grant = await grants.refresh_grant(
                session, state.tokens, ttl, _required(refresh_token, "refresh_token")
            )
        except TokenReuseDetected:
            # The family revocation must survive the error response.
            await session.commit()
            raise
    else:
        _required(grant_type, "grant_type")
        raise OAuthError("unsupported_grant_type", "This grant type is not supported.")
    return TokenResponse(
        access_token=grant.access_token,
        expires_in=grant.expires_in,
        scope=grant.scope,
        refresh_token=grant.refresh_token,
    )


@router.post(
    "/revoke",
    status_code=200,
    response_class=Response,
    responses={200: {"description": "Revoked, or never known: the answer is the same."}},
    summary="Revoke a refresh token and its sign-in",
)
async def revoke(
    session: Session,
    token: Annotated[str, Form()],
    token_type_hint: Annotated[str | None, Form()] = None,
) -> Response:
    """Always 200, whether or not the token was known (RFC 7009)."""
    await refresh.revoke(session, token)
    return Response(status_code=200)
