"""A board's opt-in to a public page of its record (the page itself: ``public.py``)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from app.api.deps import CurrentActor, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.publishing import PublicationOut, publication_out
from app.domain.publishing import settings
from app.domain.publishing.schemas import PublicationInput

router = APIRouter(tags=["publishing"], route_class=TransactionalRoute)


@router.get(
    "/boards/{board_id}/publication",
    response_model=PublicationOut,
    responses=error_responses(401, 403, 404),
)
async def get_board_publication(
    session: Session, actor: CurrentActor, board_id: uuid.UUID
) -> PublicationOut:
    """Whether the board's record is public, and at which slug."""
    row = await settings.get_publication(session, actor, board_id)
    return publication_out(board_id, row)


@router.put(
    "/boards/{board_id}/publication",
    response_model=PublicationOut,
    responses=error_responses(401, 403, 404, 409, 422),
)
async def set_board_publication(
    session: Session, actor: CurrentActor, board_id: uuid.UUID, body: PublicationInput
) -> PublicationOut:
    """Coordinators opt the board in (`published: true`, emits `board.published`) or out
    (emits `board.unpublished`; the slug then answers 404), and set the slug and the
    easy-read summary. A slug in use anywhere in the service is 409."""
    row = await settings.set_publication(session, actor, board_id, body)
    return publication_out(board_id, row)
