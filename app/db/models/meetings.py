from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Index
from sqlmodel import Field

from app.db.models.base import Timestamped, org_field, time_field, version_column

_meeting_version = version_column()


class Meeting(Timestamped, table=True):
    """A dated sitting of a board. Times are UTC; the board's time zone is for display."""

    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("status IN ('scheduled', 'held', 'cancelled')", name="status"),
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
