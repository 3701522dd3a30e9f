"""Annotated dependencies shared by every REST router.

Every dependency is ``async def``, even those that never wait: FastAPI runs a plain
``def`` dependency in the thread pool, a hop per dependency per request."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AfterValidator
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.state import AppState
from app.domain.actors import Actor
from app.domain.auth.identity import resolve_actor
from app.domain.errors import PreconditionRequired, RuleViolation, Unauthenticated
from app.domain.pagination import DEFAULT_LIMIT, MAX_LIMIT, PageRequest, decode_cursor
from app.domain.schemas import UNSTORABLE_RULE, is_storable
from app.domain.versions import Expected, parse_if_match


async def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.chorus
    return state


State = Annotated[AppState, Depends(get_state)]


async def get_session(request: Request, state: State) -> AsyncIterator[AsyncSession]:
    """The request's one session. ``TransactionalRoute`` commits it before the response."""
    async with state.sessionmaker() as session:
        request.state.db_session = session
        yield session


Session = Annotated[AsyncSession, Depends(get_session)]


# Declares the scheme in OpenAPI; the check itself is ours, so the error is a problem.
_bearer = HTTPBearer(auto_error=False, description="An access token from /api/v1/auth/token.")


async def bearer_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthenticated("Send an access token as 'Authorization: Bearer <token>'.")
    return credentials.credentials


async def get_actor(
    request: Request, state: State, session: Session, token: Annotated[str, Depends(bearer_token)]
) -> Actor:
    verified = await state.tokens.verify(token)
    actor = await resolve_actor(session, verified)
    request.state.actor = actor
    return actor


CurrentActor = Annotated[Actor, Depends(get_actor)]


def _given_out(cursor: str | None) -> str | None:
    """A cursor we never gave out is a bad query parameter, reported as one."""
    if cursor:
        try:
            decode_cursor(cursor)
        except RuleViolation as error:
            raise ValueError(error.detail) from None
    return cursor


async def get_page(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")] = DEFAULT_LIMIT,
    cursor: Annotated[
        str | None,
        Query(description="From the last page's nextCursor."),
        AfterValidator(_given_out),
    ] = None,
) -> PageRequest:
    return PageRequest(limit=limit, cursor=cursor)


Pagination = Annotated[PageRequest, Depends(get_page)]


def read_if_match(value: str) -> Expected:
    """An If-Match header as sent: ``*`` or a list of ETags; anything else is 400."""
    expected = parse_if_match(value)
    if expected is None:
        raise RuleViolation("If-Match is not '*' or a list of ETags this API gave out.")
    return expected


async def get_keyset_page(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")] = DEFAULT_LIMIT,
    cursor: Annotated[
        str | None, Query(description="From the last page's nextCursor, with the same sort.")
    ] = None,
) -> PageRequest:
    """For lists in another order than by ID: the domain reads the cursor against the
    sort asked for (``pagination.Keyset``), so it is not checked here."""
    return PageRequest(limit=limit, cursor=cursor)


KeysetPagination = Annotated[PageRequest, Depends(get_keyset_page)]


async def get_if_match(
    if_match: Annotated[
        str | None,
        Header(
            description='The ETag from your last read, for example "3"; a list ("3", "4") '
            "matches any of them, `*` any current version. Weak ETags never match."
        ),
    ] = None,
) -> Expected:
    if if_match is None:
        raise PreconditionRequired(
            "Send If-Match with the ETag from your last read of this object."
        )
    return read_if_match(if_match)


IfMatch = Annotated[Expected, Depends(get_if_match)]


async def storable_text(request: Request) -> None:
    """Every route's query string and form fields, refused like a body field when they
    carry text the database cannot store; a JSON body is its input model's to check."""
    found: list[dict[str, object]] = [
        {"loc": ("query", name), "msg": UNSTORABLE_RULE, "type": "text_unstorable"}
        for name, value in request.query_params.multi_items()
        if not (is_storable(name) and is_storable(value))
    ]
    # Multipart bodies are left to their routes: papers stream theirs, so reading the form
    # here would spool the file; their text fields go through an input model.
    if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        form = await request.form()
        found += [
            {"loc": ("body", name), "msg": UNSTORABLE_RULE, "type": "text_unstorable"}
            for name, value in form.multi_items()
            if isinstance(value, str) and not (is_storable(name) and is_storable(value))
        ]
    if found:
        raise RequestValidationError(found)


def client_address(request: Request) -> str:
    # The ASGI client host: behind a proxy, uvicorn needs --proxy-headers (and
    # --forwarded-allow-ips) or every caller shares the proxy's address.
    return request.client.host if request.client else "unknown"
