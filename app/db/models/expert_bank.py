"""The expert bank: people of the organisation willing to evaluate bids, and the
involvement payment lines their panel work has produced.

The kinds of lived experience a person lets be used for matching are criminal-offence or
health data: kept only with their consent, read only by coordinators (and themselves).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field

from app.db.models.base import Timestamped, org_field, time_field


class ExpertBankEntry(Timestamped, table=True):
    __tablename__ = "expert_bank_entries"
    __table_args__ = (UniqueConstraint("person_id"),)

    organisation_id: uuid.UUID = org_field()
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")
    availability_note: str | None = None
    unavailable_until: date | None = None
    # Sensitive with the tags of kind 'experience': when consent was given, and who
    # recorded it (the person, or a coordinator on their behalf).
    experience_consented_at: datetime | None = time_field()
    experience_year: int | None = None
    consent_recorded_by_id: uuid.UUID | None = None
    consent_note: str | None = None
    updated_at: datetime | None = time_field()


class ExpertBankTag(Timestamped, table=True):
    """A skill, or a consented kind of lived experience, of an entry: rows rather than a
    JSON list, so a search filters on them in SQL the same way on both databases."""

    __tablename__ = "expert_bank_tags"
    __table_args__ = (
        CheckConstraint("kind IN ('skill', 'experience')", name="kind"),
        UniqueConstraint("entry_id", "kind", "value"),
        Index("ix_expert_bank_tags_kind_value", "kind", "value"),
    )

    organisation_id: uuid.UUID = org_field()
    entry_id: uuid.UUID = Field(foreign_key="expert_bank_entries.id", ondelete="CASCADE")
    kind: str
    value: str


class PanelInvolvementLine(Timestamped, table=True):
    """That a panel member's activity on a lot has had its draft claim line: the unique
    row is what makes it once, even if the member deletes the line from their claim."""

    __tablename__ = "procurement_involvement_lines"
    __table_args__ = (UniqueConstraint("member_id", "activity"),)

    organisation_id: uuid.UUID = org_field()
    member_id: uuid.UUID = Field(
        foreign_key="procurement_panel_members.id", ondelete="CASCADE", index=True
    )
    activity: str
    claim_id: uuid.UUID | None = Field(
        default=None, foreign_key="expense_claims.id", ondelete="SET NULL"
    )
