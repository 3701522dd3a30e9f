"""``/me/papers``: what a person has been sent for the meetings ahead, and where they are."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Meeting, Paper, PaperRecipient, PaperVersion
from app.db.types import utcnow
from app.domain.actors import Actor
from app.domain.errors import PermissionDenied
from app.domain.meetings.schemas import MeetingStatus
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.papers.access import released, require_read
from app.domain.papers.recipients import reading_status, seen_version
from app.domain.papers.schemas import ReadingStatus


@dataclass
class InboxItem:
    recipient: PaperRecipient
    paper: Paper
    meeting: Meeting
    status: ReadingStatus
    # Versions newer than the one the person last saw, oldest first: what changed.
    changes: list[PaperVersion]


async def my_papers(session: AsyncSession, actor: Actor, page: PageRequest) -> Page[InboxItem]:
    """Four statements for any page: the recipient rows, their papers, meetings, versions."""
    require_read(actor)
    if not actor.is_person:
        raise PermissionDenied("Papers are circulated to people; partner systems have none.")
    now = utcnow()
    statement = (
        select(PaperRecipient)
        .join(Paper, col(Paper.id) == PaperRecipient.paper_id)
        .join(Meeting, col(Meeting.id) == Paper.meeting_id)
        .where(
            PaperRecipient.person_id == actor.id,
            PaperRecipient.organisation_id == actor.organisation_id,
            col(Meeting.starts_at) >= now,
            Meeting.status != MeetingStatus.CANCELLED.value,
            released(now),
        )
    )
    rows = await paginate(session, statement, PaperRecipient.id, page)
    if not rows.items:
        return Page([], rows.next_cursor)
    paper_ids = {r.paper_id for r in rows.items}
    papers = {
        p.id: p for p in await session.scalars(select(Paper).where(col(Paper.id).in_(paper_ids)))
    }
    meeting_ids = {p.meeting_id for p in papers.values()}
    meetings = {
        m.id: m
        for m in await session.scalars(select(Meeting).where(col(Meeting.id).in_(meeting_ids)))
    }
    versions: dict[object, list[PaperVersion]] = defaultdict(list)
    for version in await session.scalars(
        select(PaperVersion)
        .where(col(PaperVersion.paper_id).in_(paper_ids), col(PaperVersion.number) > 1)
        .order_by(col(PaperVersion.number))
    ):
        versions[version.paper_id].append(version)
    items = []
    for recipient in rows.items:
        paper = papers[recipient.paper_id]
        status = reading_status(recipient, paper.current_version)
        seen = seen_version(recipient)
        changes = (
            [v for v in versions[paper.id] if v.number > seen]
            if status == ReadingStatus.CHANGED
            else []
        )
        items.append(InboxItem(recipient, paper, meetings[paper.meeting_id], status, changes))
    return Page(items, rows.next_cursor)
