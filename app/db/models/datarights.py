"""Data rights: who read whose private fields, and who has been erased."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field

from app.db.models.base import Timestamped, org_field, time_field


class PrivateRead(Timestamped, table=True):
    """One caller reading one person's private field group in one request.

    Kept apart from ``audit_events`` because it is written on reads, in bulk (one INSERT
    per request), and is part of what a subject access export gives the person.
    """

    __tablename__ = "private_reads"
    __table_args__ = (Index("ix_private_reads_subject_id_id", "subject_id", "id"),)

    organisation_id: uuid.UUID = org_field()
    reader_type: str  # "person" | "client"
    reader_id: uuid.UUID
    subject_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")
    # "profile" (contact, lived experience, access needs), "training_records",
    # "interests", "unavailability": never the values.
    field_group: str
    request_id: str | None = None


class Erasure(Timestamped, table=True):
    """A person anonymised: the person row stays (memberships, votes, minutes and counts
    still point at it) but holds nothing that identifies them."""

    __tablename__ = "erasures"
    __table_args__ = (UniqueConstraint("person_id"),)

    organisation_id: uuid.UUID = org_field()
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")
    erased_by: uuid.UUID | None = None
    erased_at: datetime = time_field(nullable=False)
