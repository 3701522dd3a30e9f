"""Circulating papers: who is entitled, fixed at the moment of sending, in bulk.

However many papers and recipients, a circulation runs the same statements: the people
entitled come from one UNION query, the recipient rows go in as one multi-row INSERT, and
the papers change in one UPDATE. A test holds 5 papers x 500 recipients to the statement
count of 1 paper x 5.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, literal, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import col, select

from app.db.models import (
    Circulation,
    CirculationPaper,
    Meeting,
    Paper,
    PaperRecipient,
)
from app.db.types import iso_text, utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.errors import Conflict, RuleViolation
from app.domain.meetings.schemas import MeetingStatus
from app.domain.papers import notices
from app.domain.papers.access import board_of, lock_meeting, org_meeting
from app.domain.papers.deadlines import late_papers, notice_deadline, require_reason_if_late
from app.domain.papers.entitlement import entitled
from app.domain.papers.schemas import CirculationCreate, PaperStatus


@dataclass
class CirculationResult:
    circulation: Circulation
    papers: list[Paper]
    new_recipients: int


def event_data(
    paper: Paper, meeting: Meeting, circulation: Circulation, recipients: int
) -> dict[str, object]:
    """IDs and state only: never who the recipients are."""
    return {
        "paperId": str(paper.id),
        "meetingId": str(meeting.id),
        "boardId": str(meeting.board_id),
        "circulationId": str(circulation.id),
        "version": paper.current_version,
        "classification": paper.classification,
        "embargoUntil": iso_text(paper.embargo_until) if paper.embargo_until else None,
        "recipientCount": recipients,
        "late": circulation.late,
        "revision": circulation.kind == "revision",
    }


async def _papers_to_send(
    session: AsyncSession, meeting: Meeting, paper_ids: list[uuid.UUID] | None
) -> list[Paper]:
    if paper_ids is None:
        ready = list(
            await session.scalars(
                select(Paper)
                .where(Paper.meeting_id == meeting.id, Paper.status == PaperStatus.READY.value)
                .order_by(col(Paper.id))
            )
        )
        if not ready:
            await _refuse_if_already_circulated(session, meeting)
            raise RuleViolation("No paper of this meeting is ready to circulate.")
        return ready
    rows = {
        p.id: p
        for p in await session.scalars(
            select(Paper).where(col(Paper.id).in_(set(paper_ids)), Paper.meeting_id == meeting.id)
        )
    }
    papers: list[Paper] = []
    for index, paper_id in enumerate(paper_ids):
        paper = rows.get(paper_id)
        if paper is None:
            raise RuleViolation.field(f"/paperIds/{index}", "Not a paper of this meeting.")
        if paper.status not in (PaperStatus.READY, PaperStatus.CIRCULATED):
            raise RuleViolation.field(
                f"/paperIds/{index}", f"The paper is {paper.status}; only ready papers go out."
            )
        if paper not in papers:
            papers.append(paper)
    return papers


async def _refuse_if_already_circulated(session: AsyncSession, meeting: Meeting) -> None:
    """Nothing ready because it has all gone out: a repeat of that circulation (a double
    submit, or the loser of a race), which is a conflict rather than a malformed request."""
    last = await session.scalar(
        select(func.max(Paper.circulated_at)).where(Paper.meeting_id == meeting.id)
    )
    if last is not None:
        raise Conflict(
            f"This meeting's papers were already circulated (at {last.isoformat()}); "
            "none is ready to go out now."
        )


async def circulate(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID, data: CirculationCreate
) -> CirculationResult:
    meeting = await org_meeting(session, actor, meeting_id)
    require(actor, Permission.PAPERS_MANAGE)
    meeting = await lock_meeting(session, meeting)
    if meeting.status == MeetingStatus.CANCELLED:
        raise RuleViolation("The meeting is cancelled; its papers are not circulated.")
    board = await board_of(session, meeting)
    papers = await _papers_to_send(session, meeting, data.paper_ids)
    now = utcnow()
    deadline = notice_deadline(meeting, board)
    late = late_papers(papers, deadline, now)
    require_reason_if_late(bool(late), data.late_reason, deadline, board)
    people = await entitled(session, meeting, data.extra_recipient_ids)
    if not people:
        raise RuleViolation(
            "Nobody is entitled to these papers: the board has no active members, nobody "
            "holds a seat at this meeting, and no extra recipients were named."
        )

    paper_ids = [p.id for p in papers]
    already = {
        (paper_id, person_id)
        for paper_id, person_id in await session.execute(
            select(PaperRecipient.paper_id, PaperRecipient.person_id).where(
                col(PaperRecipient.paper_id).in_(paper_ids)
            )
        )
    }
    circulation = Circulation(
        organisation_id=meeting.organisation_id,
        meeting_id=meeting.id,
        notice_deadline=deadline,
        late=bool(late),
        late_reason=data.late_reason if late else None,
        recipient_count=len(people),
        circulated_by_type=actor.kind,
        circulated_by_id=actor.id,
    )
    new_rows = [
        PaperRecipient(
            organisation_id=meeting.organisation_id,
            paper_id=p.id,
            person_id=person_id,
            circulation_id=circulation.id,
            source=source.value,
            circulated_at=now,
            circulated_version=p.current_version,
        )
        for p in papers
        for person_id, source in people.items()
        if (p.id, person_id) not in already
    ]
    if not new_rows:
        # Everyone entitled has every one of these papers: the circulation was already
        # made (just now, by a concurrent request, or earlier). Another would only repeat
        # its events.
        raise Conflict(
            "These papers were already circulated to everyone entitled to them; "
            "nothing new would be sent."
        )
    session.add(circulation)
    session.add_all(
        CirculationPaper(
            organisation_id=meeting.organisation_id,
            circulation_id=circulation.id,
            paper_id=p.id,
            version_number=p.current_version,
        )
        for p in papers
    )
    session.add_all(new_rows)
    await _mark_circulated(session, [p for p in papers if p.circulated_at is None], late, now, data)
    await session.flush()

    per_paper = Counter(paper_id for paper_id, _ in already)
    per_paper.update(r.paper_id for r in new_rows)
    audit.record(
        session,
        actor,
        "circulation.created",
        "circulation",
        circulation.id,
        meeting.organisation_id,
        {"paper_ids", "recipients", *(["late_reason"] if late else [])},
    )
    for paper in papers:
        audit.emit(
            session,
            meeting.organisation_id,
            "paper.circulated",
            event_data(paper, meeting, circulation, per_paper[paper.id]),
        )
    # Only those new to these papers: anyone who had them all already was told then.
    await notices.papers_sent(
        session,
        actor,
        meeting,
        board,
        papers,
        {r.person_id for r in new_rows},
        late_reason=data.late_reason if late else None,
    )
    await session.flush()
    return CirculationResult(circulation, papers, len(new_rows))


async def _mark_circulated(
    session: AsyncSession,
    papers: list[Paper],
    late: set[uuid.UUID],
    now: datetime,
    data: CirculationCreate,
) -> None:
    """First circulation of these papers, in one UPDATE whatever their number."""
    if not papers:
        return
    late_ids = [p.id for p in papers if p.id in late]
    is_late = col(Paper.id).in_(late_ids) if late_ids else literal(False)
    await session.execute(
        update(Paper)
        .where(col(Paper.id).in_([p.id for p in papers]))
        .values(
            status=PaperStatus.CIRCULATED.value,
            circulated_at=now,
            circulated_late=case((is_late, True), else_=False),
            late_reason=case((is_late, data.late_reason), else_=None),
            updated_at=now,
            version=col(Paper.version) + 1,
        )
        .execution_options(synchronize_session=False)
    )
    # The rows changed under the ORM: tell it so without reloading them one by one.
    for paper in papers:
        for key, value in {
            "status": PaperStatus.CIRCULATED.value,
            "circulated_at": now,
            "circulated_late": paper.id in late,
            "late_reason": data.late_reason if paper.id in late else None,
            "updated_at": now,
            "version": paper.version + 1,
        }.items():
            set_committed_value(paper, key, value)
