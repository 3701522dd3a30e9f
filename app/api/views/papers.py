"""Papers, their versions, circulations and recipients."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import Field

from app.api.views.base import GraphQLName, View, graphql_only
from app.db import models as db
from app.domain.papers.recipients import reading_status
from app.domain.papers.schemas import (
    Classification,
    PaperStatus,
    ReadingStatus,
    RecipientSource,
)


class VersionOut(View):
    """One upload of a paper's file. Versions never change."""

    number: int
    filename: str
    media_type: Annotated[str, GraphQLName("contentType")]
    size_bytes: Annotated[int, GraphQLName("size")] = Field(description="In bytes.")
    digest: str = Field(
        serialization_alias="sha256", description="The SHA-256 of the file, in hex."
    )
    change_note: str | None
    created_at: datetime


class PaperOut(View):
    id: uuid.UUID
    meeting_id: uuid.UUID
    agenda_item_id: uuid.UUID | None
    title: str
    classification: Classification
    status: PaperStatus
    embargo_until: datetime | None
    accessible_version_url: str | None
    accessible_version_paper_id: uuid.UUID | None
    current_version: VersionOut | None = Field(description="The file as it stands now.")
    circulated_at: datetime | None = Field(description="The first circulation.")
    circulated_late: bool | None
    late_reason: str | None
    created_at: datetime
    updated_at: datetime | None
    version: int = graphql_only("The row version, as REST's ETag.")


class RecipientOut(View):
    """A person a paper was circulated to, and how far they got."""

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


class CirculatedPaper(View):
    """A paper sent, at the version it went out at."""

    paper_id: uuid.UUID
    version: int


class CirculationOut(View):
    """Papers sent to their recipients at one moment."""

    id: uuid.UUID
    meeting_id: uuid.UUID
    kind: str = Field(description="initial, or revision for a new version.")
    circulated_at: datetime
    notice_deadline: datetime
    late: bool
    late_reason: str | None
    recipient_count: int
    papers: list[CirculatedPaper]


class CirculationCreated(CirculationOut):
    new_recipient_count: int = Field(description="Recipients who had none of these papers before.")


class MeetingSummary(View):
    id: uuid.UUID
    board_id: uuid.UUID
    title: str
    starts_at: datetime


class MyPaperOut(View):
    paper: PaperOut
    meeting: MeetingSummary
    status: ReadingStatus
    circulated_at: datetime
    first_opened_at: datetime | None
    acknowledged_at: datetime | None
    changes: list[VersionOut] = Field(
        description="Versions newer than the one last opened or acknowledged, with their "
        "change notes."
    )


class ContentLinkOut(View):
    url: str
    expires_at: datetime


# A paper row's ``current_version`` is the number; the view's is the version itself.
_PAPER_COLUMNS = [name for name in PaperOut.model_fields if name != "current_version"]
_RECIPIENT_COLUMNS = [name for name in RecipientOut.model_fields if name != "status"]


def paper_out(paper: db.Paper, current: db.PaperVersion | None) -> PaperOut:
    fields: dict[str, Any] = {name: getattr(paper, name) for name in _PAPER_COLUMNS}
    return PaperOut.model_validate({**fields, "current_version": current})


def recipient_out(recipient: db.PaperRecipient, current_version: int) -> RecipientOut:
    """The reading status is worked out against the version current now."""
    fields: dict[str, Any] = {name: getattr(recipient, name) for name in _RECIPIENT_COLUMNS}
    return RecipientOut.model_validate(
        {**fields, "status": reading_status(recipient, current_version)}
    )


def circulation_out(c: db.Circulation, papers: list[db.CirculationPaper]) -> CirculationOut:
    return CirculationOut(
        id=c.id,
        meeting_id=c.meeting_id,
        kind=c.kind,
        circulated_at=c.created_at,
        notice_deadline=c.notice_deadline,
        late=c.late,
        late_reason=c.late_reason,
        recipient_count=c.recipient_count,
        papers=[CirculatedPaper(paper_id=p.paper_id, version=p.version_number) for p in papers],
    )
