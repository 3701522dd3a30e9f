"""Support for members: taking a back seat for a while."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field

from app.db.models.base import Timestamped, org_field, time_field


class BackSeat(Timestamped, table=True):
    """A member taking a back seat: skipped by seat rotation until they expect to return
    (or until they end it, when they gave no date). No reason is kept: it is theirs."""

    __tablename__ = "back_seats"
    __table_args__ = (UniqueConstraint("person_id"),)

    organisation_id: uuid.UUID = org_field()
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")
    expected_return_on: date | None = None
    updated_at: datetime | None = time_field()


class Supervisor(Timestamped, table=True):
    """A member's named supervisor: the one person besides them (and the safeguarding
    lead) who may read and write their supervision records."""

    __tablename__ = "supervisors"
    __table_args__ = (UniqueConstraint("member_id"),)

    organisation_id: uuid.UUID = org_field()
    member_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")
    supervisor_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")
    updated_at: datetime | None = time_field()


class SupportSettings(Timestamped, table=True):
    """Per organisation: the safeguarding lead, if it names one."""

    __tablename__ = "support_settings"
    __table_args__ = (UniqueConstraint("organisation_id"),)

    organisation_id: uuid.UUID = org_field()
    safeguarding_lead_id: uuid.UUID | None = Field(
        default=None, foreign_key="people.id", ondelete="SET NULL"
    )
    updated_at: datetime | None = time_field()


class SupervisionRecord(Timestamped, table=True):
    """A supervision session or check-in. Private to the member, the supervisor who held
    it, the member's current supervisor and the safeguarding lead: not even
    coordinators or administrators otherwise."""

    __tablename__ = "supervision_records"
    __table_args__ = (
        CheckConstraint("kind IN ('supervision', 'check_in')", name="kind"),
        Index("ix_supervision_records_member_id_id", "member_id", "id"),
    )

    organisation_id: uuid.UUID = org_field()
    member_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")
    supervisor_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")
    kind: str
    held_on: date
    # Sensitive: wellbeing, health. Never in audit rows, events or logs.
    notes: str | None = None
    next_on: date | None = None
    created_by: uuid.UUID
