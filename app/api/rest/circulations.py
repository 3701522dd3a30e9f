"""Circulating papers, who has them, acknowledgements, and each person's own papers."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Body, Response

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.papers import (
    CirculatedPaper,
    CirculationCreated,
    CirculationOut,
    MeetingSummary,
    MyPaperOut,
    RecipientOut,
    VersionOut,
    circulation_out,
    paper_out,
    recipient_out,
)
from app.domain.papers import circulation, history, inbox, reads, recipients
from app.domain.papers.schemas import AcknowledgementCreate, CirculationCreate

router = APIRouter(tags=["papers"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 422)
# No body, or no version in it: acknowledge whatever is current.
_CURRENT = AcknowledgementCreate()


@router.post(
    "/meetings/{meeting_id}/circulations",
    status_code=201,
    response_model=CirculationCreated,
    responses=_WRITE,
)
async def circulate(
    session: Session,
    actor: CurrentActor,
    meeting_id: uuid.UUID,
    response: Response,
    # No body: every ready paper, to the usual recipients, on time.
    body: CirculationCreate = CirculationCreate(),
) -> CirculationCreated:
    """Send the meeting's ready papers (or those named in `paperIds`) to the board's active
    members, the seat holders at the meeting and any `extraRecipientIds`. The recipients
    are fixed now. Later than the board's notice period, a `lateReason` is required and
    the circulation is marked late. One that would send nothing new (a repeat, or the
    loser of a race with another circulation of the meeting) is 409."""
    result = await circulation.circulate(session, actor, meeting_id, body)
    c = result.circulation
    response.headers["Location"] = f"/api/v1/meetings/{meeting_id}/circulations"
    sent = [CirculatedPaper(paper_id=p.id, version=p.current_version) for p in result.papers]
    return CirculationCreated(
        **circulation_out(c, []).model_dump(exclude={"papers"}),
        papers=sent,
        new_recipient_count=result.new_recipients,
    )


@router.get(
    "/meetings/{meeting_id}/circulations",
    response_model=PageOut[CirculationOut],
    responses=_READ,
)
async def list_circulations(
    session: Session, actor: CurrentActor, meeting_id: uuid.UUID, page: Pagination
) -> PageOut[CirculationOut]:
    """Every circulation of the meeting's papers, revisions included, oldest first."""
    result = await history.list_circulations(session, actor, meeting_id, page)
    papers = await history.papers_of(session, [c.id for c in result.items])
    return PageOut(
        items=[circulation_out(c, papers[c.id]) for c in result.items],
        next_cursor=result.next_cursor,
    )


@router.get("/papers/{paper_id}/recipients", response_model=PageOut[RecipientOut], responses=_READ)
async def list_recipients(
    session: Session, actor: CurrentActor, paper_id: uuid.UUID, page: Pagination
) -> PageOut[RecipientOut]:
    """Coordinators: each recipient's circulation, first opening and acknowledgement."""
    paper, result = await recipients.list_recipients(session, actor, paper_id, page)
    return PageOut(
        items=[recipient_out(r, paper.current_version) for r in result.items],
        next_cursor=result.next_cursor,
    )


@router.post(
    "/papers/{paper_id}/acknowledgements",
    status_code=201,
    response_model=RecipientOut,
    responses={200: {"description": "Already acknowledged: nothing changed."}, **_WRITE},
)
async def acknowledge(
    session: Session,
    actor: CurrentActor,
    paper_id: uuid.UUID,
    response: Response,
    body: Annotated[AcknowledgementCreate, Body()] = _CURRENT,
) -> RecipientOut:
    """A recipient confirms they have read the current version (or the `version` named,
    which must still be current: 409 otherwise). Repeating it is harmless (200)."""
    paper, recipient, created = await recipients.acknowledge(session, actor, paper_id, body)
    if not created:
        response.status_code = 200
    else:
        response.headers["Location"] = f"/api/v1/papers/{paper_id}/recipients"
    return recipient_out(recipient, paper.current_version)


@router.get("/me/papers", response_model=PageOut[MyPaperOut], responses=_READ)
async def my_papers(session: Session, actor: CurrentActor, page: Pagination) -> PageOut[MyPaperOut]:
    """Papers circulated to you for meetings still to come: `new`, `opened`,
    `acknowledged`, or `changed` since you opened it (with what changed)."""
    result = await inbox.my_papers(session, actor, page)
    current = await reads.current_versions(session, [i.paper for i in result.items])
    return PageOut(
        items=[
            MyPaperOut(
                paper=paper_out(i.paper, current.get(i.paper.id)),
                meeting=MeetingSummary.model_validate(i.meeting),
                status=i.status,
                circulated_at=i.recipient.circulated_at,
                first_opened_at=i.recipient.first_opened_at,
                acknowledged_at=i.recipient.acknowledged_at,
                changes=[VersionOut.model_validate(v) for v in i.changes],
            )
            for i in result.items
        ],
        next_cursor=result.next_cursor,
    )
