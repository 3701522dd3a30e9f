"""Meeting papers, their versions, circulations and each recipient's progress."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field

from app.db.models.base import Timestamped, org_field, time_field, version_column

_paper_version = version_column()


class Paper(Timestamped, table=True):
    """A document for a meeting. Its bytes live in file storage, one row per version.

    ``circulated_at``, ``circulated_late`` and ``late_reason`` describe the paper's *first*
    circulation: that is what the on-time report counts.
    """

    __tablename__ = "papers"
    __table_args__ = (
        CheckConstraint(
            "classification IN ('public', 'official', 'official_sensitive')",
            name="classification",
        ),
        CheckConstraint("status IN ('draft', 'ready', 'circulated', 'withdrawn')", name="status"),
        CheckConstraint("current_version >= 1", name="current_version"),
        Index("ix_papers_meeting_status", "meeting_id", "status"),
    )
    __mapper_args__ = {"version_id_col": _paper_version}

    organisation_id: uuid.UUID = org_field()
    meeting_id: uuid.UUID = Field(foreign_key="meetings.id", ondelete="CASCADE")
    # Agenda items are replaced when a meeting's agenda is rewritten: the link then lapses.
    agenda_item_id: uuid.UUID | None = Field(
        default=None, foreign_key="agenda_items.id", ondelete="SET NULL", index=True
    )
    title: str
    classification: str = "official"
    status: str = "ready"
    embargo_until: datetime | None = time_field()
    accessible_version_url: str | None = None
    accessible_version_paper_id: uuid.UUID | None = Field(
        default=None, foreign_key="papers.id", ondelete="SET NULL"
    )
    current_version: int = 1
    circulated_at: datetime | None = time_field()
    circulated_late: bool | None = None
    late_reason: str | None = None
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_paper_version)


class PaperVersion(Timestamped, table=True):
    """One upload of a paper's file. Never changed: a new file is a new version."""

    __tablename__ = "paper_versions"
    __table_args__ = (
        UniqueConstraint("paper_id", "number"),
        CheckConstraint("size_bytes >= 0", name="size_bytes"),
    )

    organisation_id: uuid.UUID = org_field()
    paper_id: uuid.UUID = Field(foreign_key="papers.id", ondelete="CASCADE")
    number: int
    digest: str = Field(index=True)  # SHA-256 hex: the blob's name in file storage
    size_bytes: int
    media_type: str
    filename: str
    change_note: str | None = None
    uploaded_by_type: str  # "person" | "client"
    uploaded_by_id: uuid.UUID


class Circulation(Timestamped, table=True):
    """Papers sent to their recipients at one moment, or a new version sent after them."""

    __tablename__ = "circulations"
    __table_args__ = (
        CheckConstraint("kind IN ('initial', 'revision')", name="kind"),
        Index("ix_circulations_meeting", "meeting_id", "created_at"),
    )

    organisation_id: uuid.UUID = org_field()
    meeting_id: uuid.UUID = Field(foreign_key="meetings.id", ondelete="CASCADE")
    kind: str = "initial"
    notice_deadline: datetime = time_field(nullable=False)
    late: bool
    late_reason: str | None = None
    recipient_count: int
    circulated_by_type: str
    circulated_by_id: uuid.UUID


class CirculationPaper(Timestamped, table=True):
    __tablename__ = "circulation_papers"
    __table_args__ = (UniqueConstraint("circulation_id", "paper_id"),)

    organisation_id: uuid.UUID = org_field()
    circulation_id: uuid.UUID = Field(foreign_key="circulations.id", ondelete="CASCADE")
    paper_id: uuid.UUID = Field(foreign_key="papers.id", ondelete="CASCADE", index=True)
    version_number: int


class PaperRecipient(Timestamped, table=True):
    """A person a paper reached, fixed at circulation, and what they have done with it."""

    __tablename__ = "paper_recipients"
    __table_args__ = (
        UniqueConstraint("paper_id", "person_id"),
        CheckConstraint(
            "source IN ('member', 'seat', 'advisory', 'guest', 'extra')", name="source"
        ),
    )

    organisation_id: uuid.UUID = org_field()
    paper_id: uuid.UUID = Field(foreign_key="papers.id", ondelete="CASCADE")
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)
    circulation_id: uuid.UUID = Field(foreign_key="circulations.id", ondelete="CASCADE")
    # Why they are entitled: a board member, a seat holder at the meeting, a member of a
    # board advising this one, a guest invited to the meeting, or named.
    source: str
    circulated_at: datetime = time_field(nullable=False)
    circulated_version: int
    first_opened_at: datetime | None = time_field()
    opened_version: int | None = None
    acknowledged_at: datetime | None = time_field()
    acknowledged_version: int | None = None
