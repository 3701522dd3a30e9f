"""Post: ``/boards/{boardId}/print-queue``, ``/print-queue/{letterId}/posted`` and
``/meetings/{meetingId}/print-pack.pdf``, for coordinators and administrators."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, Pagination, Session, State
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.notifications import LetterOut, NotificationOut
from app.domain.notifications import print_pack, printing

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


_PDF: dict[int | str, dict[str, Any]] = {
    200: {"description": "One PDF to print.", "content": {print_pack.PDF_MEDIA_TYPE: {}}}
}


@router.get(
    "/meetings/{meeting_id}/print-pack.pdf",
    response_class=Response,
    responses={**_PDF, **error_responses(401, 403, 404)},
)
async def print_pack_pdf(
    session: Session, state: State, actor: CurrentActor, meeting_id: uuid.UUID
) -> Response:
    """For each person who gets the meeting's circulated papers by post: a cover letter
    (their address, the meeting, the papers) and the papers that are PDFs, merged; papers
    in other formats are named on the letter as sent separately. 404 if nobody chose post."""
    title, starts_at, people = await print_pack.plan(session, actor, meeting_id)

    async def read(digest: str) -> bytes:
        return b"".join([chunk async for chunk in await state.storage.open(digest)])

    body = await print_pack.build(title, starts_at, people, read)
    return Response(
        body,
        media_type=print_pack.PDF_MEDIA_TYPE,
        headers={
            "Content-Disposition": f'attachment; filename="print-pack-{meeting_id}.pdf"',
            "Cache-Control": "private, no-store",
        },
    )
