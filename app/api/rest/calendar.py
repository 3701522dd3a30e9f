"""Calendar feeds: ``.ics`` for a board (bearer auth) and for a person (secret in the URL).

Calendar apps cannot send headers, so the personal feed's only credential is its path.
The access log records route templates, never raw paths, so the secret stays out of logs;
nothing here may log the path either.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response

from app.api.deps import CurrentActor, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.urls import absolute
from app.api.views.meetings import CalendarFeedOut
from app.domain.meetings import calendar

router = APIRouter(tags=["calendar"], route_class=TransactionalRoute)

ICS_MEDIA_TYPE = "text/calendar; charset=utf-8"
# Calendar apps poll; five minutes spares the database without hiding a change for long.
FEED_CACHE_CONTROL = "private, max-age=300"

_ICS: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "An iCalendar (RFC 5545) feed.",
        "content": {"text/calendar": {"schema": {"type": "string"}}},
    }
}


def _ics(body: bytes) -> Response:
    return Response(body, media_type=ICS_MEDIA_TYPE, headers={"Cache-Control": FEED_CACHE_CONTROL})


@router.get(
    "/boards/{board_id}/calendar.ics",
    response_class=Response,
    responses={**_ICS, **error_responses(401, 403, 404, 422)},
)
async def board_calendar(session: Session, actor: CurrentActor, board_id: uuid.UUID) -> Response:
    """The board's meetings as iCalendar; cancelled ones are marked `STATUS:CANCELLED`."""
    return _ics(await calendar.board_feed(session, actor, board_id))


@router.get(
    "/calendar/{feed_token}.ics",
    response_class=Response,
    responses={**_ICS, **error_responses(404)},
    openapi_extra={"security": []},
)
async def personal_calendar(
    session: Session,
    feed_token: Annotated[str, Path(description="The secret from POST /me/calendar-feed.")],
) -> Response:
    """A person's meetings, for calendar apps that cannot send headers: no bearer token,
    the secret in the path is the credential. Unknown or revoked secrets are 404."""
    return _ics(await calendar.personal_feed(session, feed_token))


@router.post(
    "/me/calendar-feed",
    status_code=201,
    response_model=CalendarFeedOut,
    responses=error_responses(401, 403),
)
async def create_calendar_feed(
    request: Request, session: Session, actor: CurrentActor, response: Response
) -> CalendarFeedOut:
    """A new personal feed URL, shown once. Any earlier feed URL stops working."""
    token, secret = await calendar.create_feed_token(session, actor)
    response.headers["Cache-Control"] = "no-store"
    path = f"/api/v1/calendar/{secret}.ics"
    response.headers["Location"] = path
    return CalendarFeedOut(url=absolute(request, path), created_at=token.created_at)


@router.delete(
    "/me/calendar-feed",
    status_code=204,
    response_class=Response,
    responses=error_responses(401, 403),
)
async def revoke_calendar_feed(session: Session, actor: CurrentActor) -> Response:
    """Stop the personal feed. Succeeds when there is none."""
    await calendar.revoke_feed_token(session, actor)
    return Response(status_code=204)
