"""The trail from an issue to its outcome, and escalation when nobody answers: each
issue's history of changes, every board's escalation levels, and each governance board's
senior sponsor. The issues and recommendations themselves are in ``recommendations.py``."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field

from app.db.models.base import Timestamped, org_field, time_field, version_column

ISSUE_STATUSES = ("open", "in_progress", "escalated", "resolved", "closed")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class IssueHistory(Timestamped, table=True):
    """One change of an issue's status or escalation level: who (a person, an API client,
    or the system's sweep), when (``created_at``) and why. Written once, never changed."""

    __tablename__ = "issue_history"
    __table_args__ = (
        CheckConstraint(
            f"from_status IS NULL OR {_in('from_status', ISSUE_STATUSES)}", name="from_status"
        ),
        CheckConstraint(_in("to_status", ISSUE_STATUSES), name="to_status"),
        CheckConstraint("changed_by_type IN ('person', 'client', 'system')", name="changed_by"),
        Index("ix_issue_history_issue", "issue_id", "id"),
    )

    organisation_id: uuid.UUID = org_field()
    issue_id: uuid.UUID = Field(foreign_key="issues.id", ondelete="CASCADE")
    from_status: str | None = None
    to_status: str
    # The escalation level (its position) before and after, when the change moved it.
    from_level: int | None = None
    to_level: int | None = None
    reason: str | None = None
    changed_by_type: str
    changed_by_id: uuid.UUID | None = None


_level_version = version_column()


class EscalationLevel(Timestamped, table=True):
    """One rung of a board's escalation ladder, in ``position`` order. Items refer to a
    level by its position, so a removed level leaves a gap the sweep steps over."""

    __tablename__ = "escalation_levels"
    __table_args__ = (
        UniqueConstraint("board_id", "position"),
        CheckConstraint("position >= 1", name="position"),
        CheckConstraint("response_days BETWEEN 1 AND 365", name="response_days"),
    )
    __mapper_args__ = {"version_id_col": _level_version}

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE")
    position: int
    name: str
    owner_id: uuid.UUID = Field(foreign_key="people.id", ondelete="RESTRICT")
    response_days: int
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_level_version)


class BoardSponsor(Timestamped, table=True):
    """The named senior sponsor of a governance board, who hears of every recommendation
    to it left unanswered past its due date."""

    __tablename__ = "board_sponsors"
    __table_args__ = (UniqueConstraint("board_id"),)

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE")
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="RESTRICT")
    updated_at: datetime | None = time_field()
