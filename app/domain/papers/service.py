"""Use cases for papers: upload, new versions, changes, and reading them back."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import AgendaItem, Meeting, Paper, PaperVersion
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.errors import InvalidTransition, RuleViolation
from app.domain.meetings.schemas import MeetingStatus
from app.domain.papers.access import get_paper, org_meeting
from app.domain.papers.files import StoredFile
from app.domain.papers.schemas import PaperCreate, PaperStatus, PaperUpdate
from app.domain.versions import Precondition, check_version

# Circulation alone makes a paper "circulated"; withdrawal is final.
_TRANSITIONS: dict[str, tuple[str, ...]] = {
    PaperStatus.DRAFT: (PaperStatus.READY, PaperStatus.WITHDRAWN),
    PaperStatus.READY: (PaperStatus.DRAFT, PaperStatus.WITHDRAWN),
    PaperStatus.CIRCULATED: (PaperStatus.WITHDRAWN,),
    PaperStatus.WITHDRAWN: (),
}


async def meeting_for_upload(session: AsyncSession, actor: Actor, meeting_id: uuid.UUID) -> Meeting:
    """Checked before a byte of the file is read: unknown meeting 404, not allowed 403."""
    meeting = await org_meeting(session, actor, meeting_id)
    require(actor, Permission.PAPERS_MANAGE)
    if meeting.status == MeetingStatus.CANCELLED:
        raise RuleViolation("The meeting is cancelled; papers cannot be added to it.")
    return meeting


async def _check_links(
    session: AsyncSession,
    meeting: Meeting,
    agenda_item_id: uuid.UUID | None,
    accessible_paper_id: uuid.UUID | None,
    paper_id: uuid.UUID | None = None,
) -> None:
    if agenda_item_id is not None:
        found = await session.scalar(
            select(AgendaItem.id).where(
                AgendaItem.id == agenda_item_id, AgendaItem.meeting_id == meeting.id
            )
        )
        if found is None:
            raise RuleViolation.field("/agendaItemId", "Not an agenda item of this meeting.")
    if accessible_paper_id is not None:
        found = await session.scalar(
            select(Paper.id).where(Paper.id == accessible_paper_id, Paper.meeting_id == meeting.id)
        )
        if found is None or accessible_paper_id == paper_id:
            raise RuleViolation.field(
                "/accessibleVersionPaperId", "Must be another paper of the same meeting."
            )


async def check_upload(session: AsyncSession, meeting: Meeting, data: PaperCreate) -> None:
    """Everything about the fields, before the file is streamed."""
    if data.status not in (PaperStatus.DRAFT, PaperStatus.READY):
        raise RuleViolation.field("/status", "A new paper is a draft or ready.")
    await _check_links(session, meeting, data.agenda_item_id, data.accessible_version_paper_id)


def _version(
    actor: Actor, paper: Paper, number: int, stored: StoredFile, note: str | None
) -> PaperVersion:
    return PaperVersion(
        organisation_id=paper.organisation_id,
        paper_id=paper.id,
        number=number,
        digest=stored.blob.digest,
        size_bytes=stored.blob.size,
        media_type=stored.detected.type.media_type,
        filename=stored.detected.filename,
        change_note=note,
        uploaded_by_type=actor.kind,
        uploaded_by_id=actor.id,
    )


async def upload_paper(
    session: AsyncSession, actor: Actor, meeting: Meeting, data: PaperCreate, stored: StoredFile
) -> tuple[Paper, PaperVersion]:
    """A new paper with its first version, for a file already stored (``files.receive``).
    Call ``meeting_for_upload`` and ``check_upload`` first, so a refusal comes before the
    file is read. If this fails, the stored blob is left for the orphan sweep: it is
    content-addressed, so a retry of the same file finds it in place."""
    paper = Paper(
        organisation_id=meeting.organisation_id,
        meeting_id=meeting.id,
        agenda_item_id=data.agenda_item_id,
        title=data.title,
        classification=data.classification.value,
        status=data.status.value,
        embargo_until=data.embargo_until,
        accessible_version_url=str(data.accessible_version_url)
        if data.accessible_version_url
        else None,
        accessible_version_paper_id=data.accessible_version_paper_id,
    )
    session.add(paper)
    await session.flush()
    version = _version(actor, paper, 1, stored, None)
    session.add(version)
    await session.flush()
    audit.record(
        session,
        actor,
        "paper.created",
        "paper",
        paper.id,
        paper.organisation_id,
        {*data.model_fields_set, "file"},
    )
    return paper, version


async def new_version(
    session: AsyncSession, actor: Actor, paper: Paper, change_note: str, stored: StoredFile
) -> PaperVersion:
    """Make a stored file (``files.receive``) the paper's current version. Circulating it
    to the paper's recipients is the caller's next step (``circulation.recirculate``)."""
    # Numbered only now, under a row lock, so two uploads at once cannot take one number.
    await session.refresh(paper, with_for_update=True)
    if paper.status == PaperStatus.WITHDRAWN:
        raise InvalidTransition("paper", paper.status, "revised", [])
    number = paper.current_version + 1
    version = _version(actor, paper, number, stored, change_note)
    session.add(version)
    paper.current_version = number
    paper.updated_at = utcnow()
    await session.flush()
    audit.record(
        session,
        actor,
        "paper.version_added",
        "paper",
        paper.id,
        paper.organisation_id,
        {"current_version", "file", "change_note"},
    )
    return version


async def paper_for_change(session: AsyncSession, actor: Actor, paper_id: uuid.UUID) -> Paper:
    paper = await get_paper(session, actor, paper_id)
    require(actor, Permission.PAPERS_MANAGE)
    return paper


async def paper_for_revision(session: AsyncSession, actor: Actor, paper_id: uuid.UUID) -> Paper:
    """Checked before a byte of the new file is read."""
    paper = await paper_for_change(session, actor, paper_id)
    if paper.status == PaperStatus.WITHDRAWN:
        raise InvalidTransition("paper", paper.status, "revised", [])
    return paper


async def update_paper(
    session: AsyncSession,
    actor: Actor,
    paper_id: uuid.UUID,
    data: PaperUpdate,
    expected: Precondition,
) -> Paper:
    paper = await paper_for_change(session, actor, paper_id)
    check_version(paper.version, expected)
    changes = data.changes()
    if "status" in changes:
        target = PaperStatus(changes["status"]).value
        allowed = _TRANSITIONS[PaperStatus(paper.status)]
        if target != paper.status and target not in allowed:
            raise InvalidTransition("paper", paper.status, target, [str(a) for a in allowed])
        changes["status"] = target
    if "classification" in changes:
        changes["classification"] = changes["classification"].value
    if changes.get("accessible_version_url") is not None:
        changes["accessible_version_url"] = str(changes["accessible_version_url"])
    if changes.get("agenda_item_id") or changes.get("accessible_version_paper_id"):
        meeting = await org_meeting(session, actor, paper.meeting_id)
        await _check_links(
            session,
            meeting,
            changes.get("agenda_item_id"),
            changes.get("accessible_version_paper_id"),
            paper.id,
        )
    await store.patch(session, actor, paper, changes, "paper")
    return paper
