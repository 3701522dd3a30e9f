"""Post: ``/boards/{boardId}/print-queue`` and ``/print-queue/{letterId}/posted``, for
coordinators and administrators."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.notifications import LetterOut, NotificationOut
from app.domain.notifications import printing

router = APIRouter(tags=["notifications"], route_class=TransactionalRoute)


@router.get(
    "/boards/{board_id}/print-queue",
    response_model=PageOut[LetterOut],
    responses=error_responses(401, 403, 404, 422),
)
async def list_print_queue(
    session: Session, actor: CurrentActor, board_id: uuid.UUID, page: Pagination
) -> PageOut[LetterOut]:
    """Letters waiting to be printed for the board's current members who chose post,
    oldest first: who, where, and what to print."""
    found = await printing.print_queue(session, actor, board_id, page)
    return PageOut(
        items=[LetterOut.model_validate(letter) for letter in found.items],
        next_cursor=found.next_cursor,
    )


@router.post(
    "/print-queue/{letter_id}/posted",
    response_model=NotificationOut,
    responses=error_responses(401, 403, 404, 409),
)
async def mark_letter_posted(
    session: Session, actor: CurrentActor, letter_id: uuid.UUID
) -> NotificationOut:
    """Say a letter was printed and posted (audited): it leaves the queue, its text is
    dropped, and the person's log shows it `printed`. Twice is 409."""
    entry = await printing.mark_posted(session, actor, letter_id)
    return NotificationOut.model_validate(entry)
