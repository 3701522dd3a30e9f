"""A new version of a circulated paper: sent on to everyone who had it, on the same rules."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db.models import Board, Circulation, CirculationPaper, Paper, PaperRecipient
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor
from app.domain.papers import notices
from app.domain.papers.access import board_of, org_meeting
from app.domain.papers.circulation import event_data
from app.domain.papers.deadlines import late_papers, notice_deadline, require_reason_if_late


async def recirculate(
    session: AsyncSession,
    actor: Actor,
    paper: Paper,
    late_reason: str | None,
) -> Circulation | None:
    """A new version of a circulated paper goes to everyone who had it; they see it as
    changed. Late rules apply as to any circulation."""
    if paper.circulated_at is None:
        return None
    meeting = await org_meeting(session, actor, paper.meeting_id)
    board = await board_of(session, meeting)
    now = utcnow()
    deadline = notice_deadline(meeting, board)
    late = bool(late_papers([paper], deadline, now))
    require_reason_if_late(late, late_reason, deadline, board)
    recipients = list(
        await session.scalars(
            update(PaperRecipient)
            .where(col(PaperRecipient.paper_id) == paper.id)
            .values(circulated_version=paper.current_version)
            .returning(col(PaperRecipient.person_id))
            .execution_options(synchronize_session=False)
        )
    )
    count = len(recipients)
    circulation = Circulation(
        organisation_id=paper.organisation_id,
        meeting_id=meeting.id,
        kind="revision",
        notice_deadline=deadline,
        late=late,
        late_reason=late_reason if late else None,
        recipient_count=count,
        circulated_by_type=actor.kind,
        circulated_by_id=actor.id,
    )
    session.add(circulation)
    session.add(
        CirculationPaper(
            organisation_id=paper.organisation_id,
            circulation_id=circulation.id,
            paper_id=paper.id,
            version_number=paper.current_version,
        )
    )
    await session.flush()
    audit.emit(
        session,
        paper.organisation_id,
        "paper.circulated",
        event_data(paper, meeting, circulation, count),
    )
    await notices.papers_sent(
        session,
        actor,
        meeting,
        board,
        [paper],
        recipients,
        late_reason=late_reason if late else None,
        revision=True,
    )
    await session.flush()
    return circulation


async def check_revision_timing(
    session: AsyncSession, actor: Actor, paper: Paper, late_reason: str | None
) -> None:
    """Before a new version's file is read: a late revision of a circulated paper needs
    its reason up front."""
    if paper.circulated_at is None:
        return
    meeting = await org_meeting(session, actor, paper.meeting_id)
    board: Board = await board_of(session, meeting)
    deadline = notice_deadline(meeting, board)
    late = bool(late_papers([paper], deadline, utcnow()))
    require_reason_if_late(late, late_reason, deadline, board)
