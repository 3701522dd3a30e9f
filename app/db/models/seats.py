"""Seats an advisory board holds on a governance board, and who fills them when."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, Index, UniqueConstraint, text
from sqlmodel import Field

from app.db.models.base import (
    JsonType,
    Timestamped,
    json_list_field,
    org_field,
    time_field,
    version_column,
)

_seat_version = version_column()


class Seat(Timestamped, table=True):
    __tablename__ = "seats"
    __table_args__ = (
        CheckConstraint("kind IN ('fixed', 'rotating')", name="kind"),
        CheckConstraint(
            "(kind = 'fixed') = (holder_person_id IS NOT NULL)", name="holder_iff_fixed"
        ),
    )
    __mapper_args__ = {"version_id_col": _seat_version}

    organisation_id: uuid.UUID = org_field()
    advisory_board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE", index=True)
    governance_board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE")
    name: str
    kind: str
    holder_person_id: uuid.UUID | None = Field(
        default=None, foreign_key="people.id", ondelete="RESTRICT"
    )
    # Empty: every active member of the advisory board. Otherwise only these people.
    pool_person_ids: list[str] = json_list_field()
    required_training: list[str] = json_list_field()
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_seat_version)


class SeatPoolEntry(Timestamped, table=True):
    """When a person joined a seat's rotation, and the turns they joined with.

    A newcomer starts level with the fewest turns in the pool, so they do not take every
    seat while catching up.
    """

    __tablename__ = "seat_pool_entries"
    __table_args__ = (UniqueConstraint("seat_id", "person_id"),)

    organisation_id: uuid.UUID = org_field()
    seat_id: uuid.UUID = Field(foreign_key="seats.id", ondelete="CASCADE", index=True)
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")
    baseline_turns: int = 0


class SeatAssignment(Timestamped, table=True):
    """A person in a seat at a meeting, with the explanation of why them."""

    __tablename__ = "seat_assignments"
    __table_args__ = (
        CheckConstraint(
            "status IN ('assigned', 'declined', 'replaced', 'released')", name="status"
        ),
        # At most one current holder of a seat at a meeting, even when rota runs race.
        Index(
            "uq_seat_assignments_current",
            "seat_id",
            "meeting_id",
            unique=True,
            sqlite_where=text("status = 'assigned'"),
            postgresql_where=text("status = 'assigned'"),
        ),
        Index("ix_seat_assignments_meeting", "meeting_id", "status"),
    )

    organisation_id: uuid.UUID = org_field()
    seat_id: uuid.UUID = Field(foreign_key="seats.id", ondelete="CASCADE", index=True)
    meeting_id: uuid.UUID = Field(foreign_key="meetings.id", ondelete="CASCADE")
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)
    status: str = "assigned"
    # How this person came to hold the seat: "rota", "decline", "swap", "substitution".
    source: str = "rota"
    explanation: dict[str, Any] = Field(default_factory=dict, sa_type=JsonType, nullable=False)
    reason: str | None = None
    ended_at: datetime | None = time_field()


class BoardSeatSettings(Timestamped, table=True):
    """How an advisory board runs its seats. Here because ``boards`` is another area's;
    a board without a row has the defaults (both off)."""

    __tablename__ = "board_seat_settings"
    __table_args__ = (UniqueConstraint("board_id"),)

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE")
    # Off by default: one person in two seats speaks twice for a board of equals.
    allow_two_seats: bool = False
    # Off by default: a fixed seat's holder was chosen for it, so a decline without a
    # named substitute leaves it empty unless the board says the pool may fill it.
    declined_fixed_to_pool: bool = False
    updated_at: datetime | None = time_field()
