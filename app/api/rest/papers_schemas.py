"""Output models for papers, circulations and recipients, shared by their routers."""

from __future__ import annotations

import uuid
from datetime import datetime

from app.api.rest.schemas import Out
from app.db.models import Paper, PaperRecipient, PaperVersion
from app.domain.papers.recipients import reading_status
from app.domain.papers.schemas import (
    Classification,
    PaperStatus,
    ReadingStatus,
    RecipientSource,
)


class VersionOut(Out):
    number: int
    filename: str
    media_type: str
    size_bytes: int
    sha256: str
    change_note: str | None
    created_at: datetime


class PaperOut(Out):
    id: uuid.UUID
    meeting_id: uuid.UUID
    agenda_item_id: uuid.UUID | None
    title: str
    classification: Classification
    status: PaperStatus
    embargo_until: datetime | None
    accessible_version_url: str | None
    accessible_version_paper_id: uuid.UUID | None
    current_version: VersionOut | None
    circulated_at: datetime | None
    circulated_late: bool | None
    late_reason: str | None
    created_at: datetime
    updated_at: datetime | None


class RecipientOut(Out):
    id: uuid.UUID
    paper_id: uuid.UUID
    person_id: uuid.UUID
    source: RecipientSource
    status: ReadingStatus
    circulated_at: datetime
    circulated_version: int
    first_opened_at: datetime | None
    opened_version: int | None
    acknowledged_at: datetime | None
    acknowledged_version: int | None


def version_out(version: PaperVersion) -> VersionOut:
    return VersionOut(
        number=version.number,
        filename=version.filename,
        media_type=version.media_type,
        size_bytes=version.size_bytes,
        sha256=version.digest,
        change_note=version.change_note,
        created_at=version.created_at,
    )


def paper_out(paper: Paper, current: PaperVersion | None) -> PaperOut:
    return PaperOut(
        id=paper.id,
        meeting_id=paper.meeting_id,
        agenda_item_id=paper.agenda_item_id,
        title=paper.title,
        classification=Classification(paper.classification),
        status=PaperStatus(paper.status),
        embargo_until=paper.embargo_until,
        accessible_version_url=paper.accessible_version_url,
        accessible_version_paper_id=paper.accessible_version_paper_id,
        current_version=version_out(current) if current else None,
        circulated_at=paper.circulated_at,
        circulated_late=paper.circulated_late,
        late_reason=paper.late_reason,
        created_at=paper.created_at,
        updated_at=paper.updated_at,
    )


def recipient_out(recipient: PaperRecipient, current_version: int) -> RecipientOut:
    return RecipientOut(
        id=recipient.id,
        paper_id=recipient.paper_id,
        person_id=recipient.person_id,
        source=RecipientSource(recipient.source),
        status=reading_status(recipient, current_version),
        circulated_at=recipient.circulated_at,
        circulated_version=recipient.circulated_version,
        first_opened_at=recipient.first_opened_at,
        opened_version=recipient.opened_version,
        acknowledged_at=recipient.acknowledged_at,
        acknowledged_version=recipient.acknowledged_version,
    )
