"""Each recipient's progress with a paper: opened, acknowledged, and what changed since."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import case, func, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Paper, PaperRecipient
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.errors import Conflict, PermissionDenied
from app.domain.pagination import Page, PageRequest, paginate, paginate_each
from app.domain.papers.access import get_paper, require_read
from app.domain.papers.schemas import AcknowledgementCreate, ReadingStatus


def reading_status(recipient: PaperRecipient, current_version: int) -> ReadingStatus:
    if recipient.acknowledged_version == current_version:
        return ReadingStatus.ACKNOWLEDGED
    if recipient.opened_version == current_version:
        return ReadingStatus.OPENED
    if recipient.opened_version or recipient.acknowledged_version:
        return ReadingStatus.CHANGED
    return ReadingStatus.NEW


def seen_version(recipient: PaperRecipient) -> int:
    """The latest version this recipient opened or acknowledged (0: none)."""
    return max(recipient.opened_version or 0, recipient.acknowledged_version or 0)


async def list_recipients(
    session: AsyncSession, actor: Actor, paper_id: uuid.UUID, page: PageRequest
) -> tuple[Paper, Page[PaperRecipient]]:
    """Coordinators' view of who has the paper and how far they got."""
    paper = await get_paper(session, actor, paper_id)
    require(actor, Permission.PAPERS_MANAGE)
    statement = select(PaperRecipient).where(PaperRecipient.paper_id == paper.id)
    return paper, await paginate(session, statement, PaperRecipient.id, page)


async def recipient_pages_by_paper(
    session: AsyncSession, actor: Actor, paper_ids: Iterable[uuid.UUID], page: PageRequest
) -> dict[uuid.UUID, Page[PaperRecipient]]:
    """The same page of many papers' recipients, in one query (GraphQL).
    Coordinators see all of a paper's recipients; anyone else only their own row."""
    require_read(actor)
    criteria = [col(PaperRecipient.organisation_id) == actor.organisation_id]
    if not actor.can(Permission.PAPERS_MANAGE):
        criteria.append(col(PaperRecipient.person_id) == actor.id)
    return await paginate_each(
        session,
        PaperRecipient,
        col(PaperRecipient.paper_id),
        col(PaperRecipient.id),
        paper_ids,
        page,
        *criteria,
    )


async def record_opening(
    session: AsyncSession, actor: Actor, paper: Paper, version_number: int
) -> None:
    """The first opening is kept; the version is the latest opened. One statement, and
    safe when the same person opens the paper twice at once."""
    if not actor.is_person:
        return
    opened = func.coalesce(col(PaperRecipient.opened_version), 0)
    await session.execute(
        update(PaperRecipient)
        .where(
            col(PaperRecipient.paper_id) == paper.id,
            col(PaperRecipient.person_id) == actor.id,
        )
        .values(
            first_opened_at=func.coalesce(col(PaperRecipient.first_opened_at), utcnow()),
            opened_version=case(
                (opened < version_number, version_number), else_=col(PaperRecipient.opened_version)
            ),
        )
        .execution_options(synchronize_session=False)
    )


async def acknowledge(
    session: AsyncSession, actor: Actor, paper_id: uuid.UUID, data: AcknowledgementCreate
) -> tuple[Paper, PaperRecipient, bool]:
    """The recipient confirms they have read the current version. Returns whether this
    was new (a repeat changes nothing and emits nothing)."""
    paper = await get_paper(session, actor, paper_id)
    recipient = None
    if actor.is_person:
        recipient = await session.scalar(
            select(PaperRecipient).where(
                PaperRecipient.paper_id == paper.id, PaperRecipient.person_id == actor.id
            )
        )
    if recipient is None:
        raise PermissionDenied("Only the people a paper was circulated to acknowledge it.")
    version = data.version or paper.current_version
    if version != paper.current_version:
        raise Conflict(
            f"Version {version} is no longer current: the paper is at version "
            f"{paper.current_version}. See what changed, then acknowledge that."
        )
    if recipient.acknowledged_version == version:
        return paper, recipient, False
    recipient.acknowledged_at = utcnow()
    recipient.acknowledged_version = version
    await session.flush()
    audit.record(
        session,
        actor,
        "paper.acknowledged",
        "paper",
        paper.id,
        paper.organisation_id,
        {"acknowledged_at", "acknowledged_version"},
    )
    audit.emit(
        session,
        paper.organisation_id,
        "paper.acknowledged",
        {
            "paperId": str(paper.id),
            "meetingId": str(paper.meeting_id),
            "recipientId": str(recipient.id),
            "personId": str(actor.id),
            "version": version,
        },
    )
    return paper, recipient, True
