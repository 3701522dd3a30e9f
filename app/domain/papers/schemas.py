from __future__ import annotations

import uuid
from enum import StrEnum
from typing import ClassVar

from pydantic import AnyHttpUrl, Field

from app.domain.schemas import Input, IsoDateTime, Patch


class Classification(StrEnum):
    PUBLIC = "public"
    OFFICIAL = "official"
    OFFICIAL_SENSITIVE = "official_sensitive"


class PaperStatus(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    CIRCULATED = "circulated"
    WITHDRAWN = "withdrawn"


class RecipientSource(StrEnum):
    MEMBER = "member"
    SEAT = "seat"
    ADVISORY = "advisory"
    GUEST = "guest"
    EXTRA = "extra"


class ReadingStatus(StrEnum):
    """Where a recipient stands with a paper's current version."""

    NEW = "new"
    OPENED = "opened"
    ACKNOWLEDGED = "acknowledged"
    CHANGED = "changed"  # they opened or acknowledged an earlier version


class PaperCreate(Input):
    """The fields of the multipart upload, besides the file itself."""

    title: str = Field(min_length=1, max_length=300)
    agenda_item_id: uuid.UUID | None = None
    classification: Classification = Classification.OFFICIAL
    embargo_until: IsoDateTime | None = None
    accessible_version_url: AnyHttpUrl | None = None
    accessible_version_paper_id: uuid.UUID | None = None
    # A draft waits; a ready paper goes out with the meeting's next circulation.
    status: PaperStatus = PaperStatus.READY


class VersionCreate(Input):
    """A replacement file. Recipients of a circulated paper see the change note."""

    change_note: str = Field(min_length=1, max_length=2_000)
    late_reason: str | None = Field(default=None, min_length=1, max_length=2_000)


class PaperUpdate(Patch):
    NOT_NULL: ClassVar[frozenset[str]] = frozenset({"title", "classification", "status"})

    title: str | None = Field(default=None, min_length=1, max_length=300)
    agenda_item_id: uuid.UUID | None = None
    classification: Classification | None = None
    embargo_until: IsoDateTime | None = None
    accessible_version_url: AnyHttpUrl | None = None
    accessible_version_paper_id: uuid.UUID | None = None
    status: PaperStatus | None = None


class CirculationCreate(Input):
    # Omitted: every ready paper of the meeting not yet circulated.
    paper_ids: list[uuid.UUID] | None = Field(default=None, min_length=1, max_length=100)
    extra_recipient_ids: list[uuid.UUID] = Field(default_factory=list, max_length=1_000)
    # Required when the circulation leaves less than the board's notice period.
    late_reason: str | None = Field(default=None, min_length=1, max_length=2_000)


class AcknowledgementCreate(Input):
    # Omitted: the current version. Naming one guards against acknowledging a version
    # that changed since the reader looked.
    version: int | None = Field(default=None, ge=1)
