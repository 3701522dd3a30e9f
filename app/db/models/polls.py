"""Polls: a group deciding together (options, approval, ranked, consent proposals).

Anonymous ballots keep who voted (``poll_voters``) apart from what was voted
(``poll_ballots``): the ballot has a random ID (a UUIDv7 would carry its time), no
timestamp and, on an anonymous poll, no person, so nothing joins the two tables.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.db.models.base import (
    Timestamped,
    json_list_field,
    org_field,
    time_field,
    version_column,
)

POLL_KINDS = ("options", "approval", "ranked", "consent")
POLL_STATUSES = ("draft", "open", "closed", "decided", "cancelled")
POLL_OUTCOMES = ("agreed", "not_agreed", "no_quorum", "tied")
OBJECTION_STATUSES = ("open", "resolved", "withdrawn", "superseded")

_poll_version = version_column()


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Poll(Timestamped, table=True):
    """A question put to a board (``board_id``, perhaps at one of its meetings) or to a
    free-standing community event (``event_title``, no board: anyone of the organisation
    takes part)."""

    __tablename__ = "polls"
    __table_args__ = (
        CheckConstraint(_in("kind", POLL_KINDS), name="kind"),
        CheckConstraint(_in("status", POLL_STATUSES), name="status"),
        CheckConstraint(f"outcome IS NULL OR {_in('outcome', POLL_OUTCOMES)}", name="outcome"),
        CheckConstraint("quorum IS NULL OR quorum >= 1", name="quorum"),
        CheckConstraint("(board_id IS NULL) <> (event_title IS NULL)", name="board_or_event"),
        CheckConstraint("meeting_id IS NULL OR board_id IS NOT NULL", name="meeting_of_board"),
        CheckConstraint("(status = 'decided') = (outcome IS NOT NULL)", name="decided_outcome"),
        Index("ix_polls_board", "board_id", "id"),
    )
    __mapper_args__ = {"version_id_col": _poll_version}

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID | None = Field(default=None, foreign_key="boards.id", ondelete="CASCADE")
    meeting_id: uuid.UUID | None = Field(
        default=None, foreign_key="meetings.id", ondelete="SET NULL"
    )
    event_title: str | None = None
    title: str
    description: str | None = None
    kind: str
    status: str = "draft"
    anonymous: bool = False
    closes_at: datetime = time_field(nullable=False)
    quorum: int | None = None
    # A consent proposal amended while open starts a new round: earlier answers are void.
    round: int = 1
    opened_at: datetime | None = time_field()
    closed_at: datetime | None = time_field()
    decided_at: datetime | None = time_field()
    outcome: str | None = None
    outcome_option_id: uuid.UUID | None = None
    outcome_reasons: str | None = None
    created_by: uuid.UUID | None = Field(default=None, foreign_key="people.id", ondelete="SET NULL")
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_poll_version)


class PollOption(Timestamped, table=True):
    __tablename__ = "poll_options"
    __table_args__ = (UniqueConstraint("poll_id", "position"),)

    organisation_id: uuid.UUID = org_field()
    poll_id: uuid.UUID = Field(foreign_key="polls.id", ondelete="CASCADE", index=True)
    label: str
    position: int


class PollVoter(Timestamped, table=True):
    """Who took part in a poll's round: for quorum and one vote each, never what."""

    __tablename__ = "poll_voters"
    __table_args__ = (UniqueConstraint("poll_id", "person_id"),)

    organisation_id: uuid.UUID = org_field()
    poll_id: uuid.UUID = Field(foreign_key="polls.id", ondelete="CASCADE")
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)


class PollBallot(SQLModel, table=True):
    """What was voted. A random ID and no time, so neither order nor clock joins it to
    ``poll_voters``; ``person_id`` is set only on named polls (so a vote can be changed)."""

    __tablename__ = "poll_ballots"
    # No hidden SQLite rowid: it would number ballots in the order they were cast, the
    # order of poll_voters. Rows are kept in the order of their random IDs instead.
    __table_args__ = (
        CheckConstraint("choice IN ('consent', 'object') OR choice IS NULL", name="choice"),
        {"sqlite_with_rowid": False},
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organisation_id: uuid.UUID = org_field()
    poll_id: uuid.UUID = Field(foreign_key="polls.id", ondelete="CASCADE", index=True)
    person_id: uuid.UUID | None = Field(
        default=None, foreign_key="people.id", ondelete="SET NULL", index=True
    )
    round: int = 1
    # Options chosen: one (options), any number (approval), in order of preference (ranked).
    option_ids: list[str] = json_list_field()
    # Consent proposals: consent or object.
    choice: str | None = None


class PollObjection(SQLModel, table=True):
    """An objection to a consent proposal, with its reason. On an anonymous poll the
    objector is not recorded and, like a ballot, it carries no time of its own."""

    __tablename__ = "poll_objections"
    __table_args__ = (
        CheckConstraint(_in("status", OBJECTION_STATUSES), name="status"),
        {"sqlite_with_rowid": False},
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organisation_id: uuid.UUID = org_field()
    poll_id: uuid.UUID = Field(foreign_key="polls.id", ondelete="CASCADE", index=True)
    round: int
    reason: str
    raised_by: uuid.UUID | None = Field(default=None, foreign_key="people.id", ondelete="SET NULL")
    status: str = "open"
    resolution: str | None = None
    settled_at: datetime | None = time_field()
