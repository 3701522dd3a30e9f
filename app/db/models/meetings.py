"""Meetings and what belongs to them: agenda, attendance, minutes, actions, calendar feeds."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field

from app.db.models.base import (
    Timestamped,
    json_list_field,
    org_field,
    time_field,
    version_column,
)

_meeting_version = version_column()
_minutes_version = version_column()
_action_version = version_column()


class Meeting(Timestamped, table=True):
    """A dated sitting of a board. Times are UTC; the board's time zone is for display.

    ``version`` doubles as the calendar SEQUENCE: it grows with every change.
    """

    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("status IN ('scheduled', 'postponed', 'held', 'cancelled')", name="status"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_meetings_board_starts", "board_id", "starts_at"),
    )
    __mapper_args__ = {"version_id_col": _meeting_version}

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE", index=True)
    title: str
    starts_at: datetime = time_field(nullable=False)
    ends_at: datetime = time_field(nullable=False)
    location: str | None = None
    online_url: str | None = None
    status: str = "scheduled"
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_meeting_version)


class AgendaItem(Timestamped, table=True):
    __tablename__ = "agenda_items"

    organisation_id: uuid.UUID = org_field()
    meeting_id: uuid.UUID = Field(foreign_key="meetings.id", ondelete="CASCADE", index=True)
    position: int
    title: str
    # Matched against declared interests when seats are rotated.
    topic_tags: list[str] = json_list_field()


class Attendance(Timestamped, table=True):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id"),
        CheckConstraint("status IN ('present', 'apologies', 'absent')", name="status"),
    )

    organisation_id: uuid.UUID = org_field()
    meeting_id: uuid.UUID = Field(foreign_key="meetings.id", ondelete="CASCADE", index=True)
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)
    status: str
    updated_at: datetime | None = time_field()


class Minutes(Timestamped, table=True):
    __tablename__ = "minutes"
    __table_args__ = (
        UniqueConstraint("meeting_id"),
        CheckConstraint("status IN ('draft', 'approved')", name="status"),
    )
    __mapper_args__ = {"version_id_col": _minutes_version}

    organisation_id: uuid.UUID = org_field()
    meeting_id: uuid.UUID = Field(foreign_key="meetings.id", ondelete="CASCADE")
    body: str
    # What the public page shows once the minutes are approved: the secretary's version
    # with personal passages taken out. Never derived from ``body``, so forgetting to mark
    # a passage cannot publish it; nothing is public until this is written.
    public_text: str | None = None
    status: str = "draft"
    approved_at: datetime | None = time_field()
    approved_by: uuid.UUID | None = None
    # Judged once, at approval, from the attendance then recorded and the board's quorum.
    quorate: bool | None = None
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_minutes_version)


class MeetingGuest(Timestamped, table=True):
    """Someone who is not a member, invited to one meeting (an official who attends on
    request): they receive its papers and may be recorded as attending."""

    __tablename__ = "meeting_guests"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    organisation_id: uuid.UUID = org_field()
    meeting_id: uuid.UUID = Field(foreign_key="meetings.id", ondelete="CASCADE", index=True)
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)
    reason: str
    invited_by: uuid.UUID | None = None


class ActionItem(Timestamped, table=True):
    """Raised at a meeting; carried forward to every later meeting of the board until closed."""

    __tablename__ = "action_items"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'done', 'dropped')", name="status"),
        Index("ix_action_items_board_status", "board_id", "status"),
    )
    __mapper_args__ = {"version_id_col": _action_version}

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE")
    meeting_id: uuid.UUID = Field(foreign_key="meetings.id", ondelete="CASCADE", index=True)
    description: str
    owner_person_id: uuid.UUID | None = Field(
        default=None, foreign_key="people.id", ondelete="SET NULL", index=True
    )
    due_on: date | None = None
    # The due date its owner was last reminded of: once per action and date, so moving
    # the date earns a new reminder and a second sweep none.
    reminded_for: date | None = None
    status: str = "open"
    closed_at: datetime | None = time_field()
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_action_version)


class CalendarFeedToken(Timestamped, table=True):
    """A secret in a personal feed URL, for calendar apps that cannot send headers."""

    __tablename__ = "calendar_feed_tokens"

    organisation_id: uuid.UUID = org_field()
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)
    token_hash: str = Field(unique=True)
    revoked_at: datetime | None = time_field()
