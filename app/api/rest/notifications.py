"""Notification preferences and the log, for the person (``/me/...``) and for staff
(``/people/{personId}/...``): coordinators and administrators only."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Response

from app.api.deps import CurrentActor, Pagination, Session, read_if_match
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.notifications import NotificationOut, NotificationPreferencesOut
from app.domain.actors import Actor
from app.domain.errors import PermissionDenied
from app.domain.notifications import log, preferences
from app.domain.notifications.schemas import NotificationPreferencesInput
from app.domain.pagination import PageRequest
from app.domain.versions import etag

router = APIRouter(tags=["notifications"], route_class=TransactionalRoute)

IfMatch = Annotated[str | None, Header(description="Needed to change preferences already set.")]


def _me(actor: Actor) -> uuid.UUID:
    if not actor.is_person:
        raise PermissionDenied("Only a person has notification preferences of their own.")
    return actor.id


def _out(found: preferences.Preferences, response: Response) -> NotificationPreferencesOut:
    if found.version is not None:
        response.headers["ETag"] = etag(found.version)
    return NotificationPreferencesOut.model_validate(found)


async def _put(
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    body: NotificationPreferencesInput,
    if_match: str | None,
    response: Response,
) -> NotificationPreferencesOut:
    version = read_if_match(if_match) if if_match is not None else None
    found = await preferences.set_preferences(session, actor, person_id, body, version)
    return _out(found, response)


async def _log(
    session: Session, actor: Actor, person_id: uuid.UUID, page: PageRequest
) -> PageOut[NotificationOut]:
    found = await log.list_notifications(session, actor, person_id, page)
    return PageOut(
        items=[NotificationOut.model_validate(e) for e in found.items],
        next_cursor=found.next_cursor,
    )


_PREFS = NotificationPreferencesOut
_GET = error_responses(401, 403, 404)
_PUT = error_responses(401, 403, 404, 412, 422, 428)


@router.get("/me/notification-preferences", response_model=_PREFS, responses=_GET)
async def get_my_notification_preferences(
    session: Session, actor: CurrentActor, response: Response
) -> NotificationPreferencesOut:
    """Email until first set; an ETag once set."""
    found = await preferences.get_preferences(session, actor, _me(actor))
    return _out(found, response)


@router.put("/me/notification-preferences", response_model=_PREFS, responses=_PUT)
async def put_my_notification_preferences(
    session: Session,
    actor: CurrentActor,
    body: NotificationPreferencesInput,
    response: Response,
    if_match: IfMatch = None,
) -> NotificationPreferencesOut:
    """Applies to messages already waiting too. Sign-in links always go by email."""
    return await _put(session, actor, _me(actor), body, if_match, response)


@router.get("/people/{person_id}/notification-preferences", response_model=_PREFS, responses=_GET)
async def get_notification_preferences(
    session: Session, actor: CurrentActor, person_id: uuid.UUID, response: Response
) -> NotificationPreferencesOut:
    """The person, coordinators and administrators."""
    found = await preferences.get_preferences(session, actor, person_id)
    return _out(found, response)


@router.put("/people/{person_id}/notification-preferences", response_model=_PREFS, responses=_PUT)
async def put_notification_preferences(
    session: Session,
    actor: CurrentActor,
    person_id: uuid.UUID,
    body: NotificationPreferencesInput,
    response: Response,
    if_match: IfMatch = None,
) -> NotificationPreferencesOut:
    """The person, coordinators and administrators; applies to messages already waiting."""
    return await _put(session, actor, person_id, body, if_match, response)


_LOG = error_responses(401, 403, 404, 422)


@router.get("/me/notifications", response_model=PageOut[NotificationOut], responses=_LOG)
async def list_my_notifications(
    session: Session, actor: CurrentActor, page: Pagination
) -> PageOut[NotificationOut]:
    """What was sent to me, oldest first: template, subject and status, never the body."""
    return await _log(session, actor, _me(actor), page)


@router.get(
    "/people/{person_id}/notifications", response_model=PageOut[NotificationOut], responses=_LOG
)
async def list_notifications(
    session: Session, actor: CurrentActor, person_id: uuid.UUID, page: Pagination
) -> PageOut[NotificationOut]:
    """A person's notification log (coordinators, administrators, the person): channel,
    template, subject, status, attempts and times; never the body or the address."""
    return await _log(session, actor, person_id, page)
