from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Index, false, text
from sqlmodel import Field

from app.db.models.base import Timestamped, org_field, time_field, version_column

ELECTED_ROLES = ("chair", "vice_chair", "secretary")

_board_version = version_column()
_membership_version = version_column()


class Board(Timestamped, table=True):
    __tablename__ = "boards"
    __table_args__ = (
        CheckConstraint("kind IN ('advisory', 'governance')", name="kind"),
        CheckConstraint("notice_period_days >= 0", name="notice_period_days"),
        CheckConstraint(
            "advised_board_papers IN ('all_members', 'seat_holders')", name="advised_board_papers"
        ),
        CheckConstraint("quorum IS NULL OR quorum >= 1", name="quorum"),
    )
    __mapper_args__ = {"version_id_col": _board_version}

    organisation_id: uuid.UUID = org_field()
    name: str
    kind: str
    description: str | None = None
    advises_board_id: uuid.UUID | None = Field(
        default=None, foreign_key="boards.id", ondelete="SET NULL", index=True
    )
    notice_period_days: int = 7
    terms_of_reference: str | None = None
    timezone: str = "Europe/London"
    # An advisory board's members receive the papers of the board it advises: all its
    # active members, or only those holding a seat at the meeting.
    advised_board_papers: str = Field(
        default="all_members", sa_column_kwargs={"server_default": "all_members"}
    )
    # Members present for a meeting to be quorate; None: the board sets no quorum.
    quorum: int | None = None
    quorum_needs_chair: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    # Members' notifications use the easy-read wording where a template has one.
    easy_read_notifications: bool = Field(
        default=False, sa_column_kwargs={"server_default": false()}
    )
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_board_version)


class Membership(Timestamped, table=True):
    __tablename__ = "memberships"
    __table_args__ = (
        CheckConstraint(
            "role IN ('chair', 'vice_chair', 'secretary', 'member', 'coach', 'representative')",
            name="role",
        ),
        CheckConstraint("status IN ('active', 'paused', 'left')", name="status"),
        # Elected roles are held by one person at a time: the database keeps that true
        # even when two requests race.
        Index(
            "uq_memberships_active_elected_role",
            "board_id",
            "role",
            unique=True,
            sqlite_where=text("status = 'active' AND role IN ('chair', 'vice_chair', 'secretary')"),
            postgresql_where=text(
                "status = 'active' AND role IN ('chair', 'vice_chair', 'secretary')"
            ),
        ),
        Index(
            "uq_memberships_current_person",
            "board_id",
            "person_id",
            unique=True,
            sqlite_where=text("status <> 'left'"),
            postgresql_where=text("status <> 'left'"),
        ),
    )
    __mapper_args__ = {"version_id_col": _membership_version}

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE", index=True)
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)
    role: str = "member"
    status: str = "active"
    term_start: date
    term_end: date | None = None
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_membership_version)
