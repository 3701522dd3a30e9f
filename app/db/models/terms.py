"""Membership terms: per-board settings, alerts before a term ends, renewals and
stand-downs. Kept apart from ``memberships``, which belongs to the boards area."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field

from app.db.models.base import Timestamped, org_field, time_field


class BoardTermSettings(Timestamped, table=True):
    """Per-board settings for terms: when to warn before a term ends, and what counts as
    fresh in the freshness report. Here because ``boards`` belongs to another area."""

    __tablename__ = "board_term_settings"
    __table_args__ = (
        UniqueConstraint("board_id"),
        CheckConstraint("alert_days BETWEEN 1 AND 365", name="alert_days"),
        CheckConstraint("freshness_years BETWEEN 1 AND 50", name="freshness_years"),
    )

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE")
    alert_days: int = 60
    freshness_years: int = 2
    updated_at: datetime | None = time_field()


class TermAlert(Timestamped, table=True):
    """A term's end announced once: unique per membership and the end date it named, so a
    renewed term is announced again and no sweep announces one twice."""

    __tablename__ = "term_alerts"
    __table_args__ = (UniqueConstraint("membership_id", "term_end"),)

    organisation_id: uuid.UUID = org_field()
    membership_id: uuid.UUID = Field(foreign_key="memberships.id", ondelete="CASCADE")
    term_end: date


class TermChange(Timestamped, table=True):
    """A renewal or a stand-down, with its reason (coordinators and the member only)."""

    __tablename__ = "term_changes"
    __table_args__ = (CheckConstraint("kind IN ('renewed', 'stood_down')", name="kind"),)

    organisation_id: uuid.UUID = org_field()
    membership_id: uuid.UUID = Field(foreign_key="memberships.id", ondelete="CASCADE", index=True)
    kind: str
    reason: str
    previous_term_end: date | None = None
    term_end: date | None = None
    recorded_by: uuid.UUID | None = None
