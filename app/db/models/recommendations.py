"""Issues members raise, the themes they form, and the board's recommendations with the
responses and progress updates they receive ("you said, we did")."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Index, UniqueConstraint, false, text
from sqlmodel import Field

from app.db.models.base import Timestamped, json_list_field, org_field, time_field, version_column

_theme_version = version_column()
_issue_version = version_column()
_recommendation_version = version_column()

RECOMMENDATION_STATUSES = (
    "draft",
    "submitted",
    "responded",
    "in_progress",
    "implemented",
    "not_implemented",
    "withdrawn",
)
DECISIONS = ("accepted", "partly_accepted", "not_accepted", "deferred")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class RecommendationSettings(Timestamped, table=True):
    """Per-board settings for recommendations; the boards table belongs to another area."""

    __tablename__ = "recommendation_settings"
    __table_args__ = (
        UniqueConstraint("board_id"),
        CheckConstraint("response_due_days BETWEEN 1 AND 365", name="response_due_days"),
    )

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE")
    response_due_days: int = 28
    updated_at: datetime | None = time_field()


class Theme(Timestamped, table=True):
    """A coordinator's grouping of issues; partner systems see only its (suppressed) count."""

    __tablename__ = "themes"
    __table_args__ = (UniqueConstraint("board_id", "name"),)
    __mapper_args__ = {"version_id_col": _theme_version}

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE", index=True)
    name: str
    description: str | None = None
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_theme_version)


class Issue(Timestamped, table=True):
    """An issue raised with a member or representative. Nobody who raised it is recorded;
    ``created_by`` is the member who logged it, kept for the audit trail."""

    __tablename__ = "issues"
    __table_args__ = (
        Index("ix_issues_board_theme", "board_id", "theme_id"),
        CheckConstraint(
            "status IN ('open', 'in_progress', 'escalated', 'resolved', 'closed')", name="status"
        ),
        # What the escalation sweep scans: live issues whose level's time may run out.
        Index(
            "ix_issues_escalation_due",
            "escalation_due_at",
            sqlite_where=text("escalation_due_at IS NOT NULL"),
            postgresql_where=text("escalation_due_at IS NOT NULL"),
        ),
    )
    __mapper_args__ = {"version_id_col": _issue_version}

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE")
    raised_on: date
    category: str
    service: str
    summary: str
    outcome: str | None = None
    follow_up_on: date | None = None
    theme_id: uuid.UUID | None = Field(default=None, foreign_key="themes.id", ondelete="SET NULL")
    created_by: uuid.UUID | None = Field(default=None, foreign_key="people.id", ondelete="SET NULL")
    status: str = Field(default="open", sa_column_kwargs={"server_default": "open"})
    # The board's escalation level (its position) the issue is at, and when that level's
    # response time runs out; the sweep claims each move with these two.
    escalation_level: int | None = None
    escalation_due_at: datetime | None = time_field()
    # The follow-up date a reminder went out for: a new date arms a new reminder.
    follow_up_reminded_on: date | None = None
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_issue_version)


class Recommendation(Timestamped, table=True):
    """A proposal of an advisory board, attributed to the board. ``created_by`` is for the
    audit trail and people in the organisation; partner systems and events never see it."""

    __tablename__ = "recommendations"
    __table_args__ = (
        CheckConstraint(_in("status", RECOMMENDATION_STATUSES), name="status"),
        CheckConstraint(f"decision IS NULL OR {_in('decision', DECISIONS)}", name="decision"),
        CheckConstraint("priority IN ('low', 'medium', 'high')", name="priority"),
        Index("ix_recommendations_board", "board_id", "id"),
        Index("ix_recommendations_addressed_to_board", "addressed_to_board_id", "id"),
        # What the overdue sweep scans: only unclaimed recommendations awaiting a response.
        Index(
            "ix_recommendations_awaiting_overdue",
            "response_due_on",
            sqlite_where=text("status = 'submitted' AND overdue_notified_at IS NULL"),
            postgresql_where=text("status = 'submitted' AND overdue_notified_at IS NULL"),
        ),
        # What the revisit sweep scans: only deferrals waiting for their date.
        Index(
            "ix_recommendations_deferred_revisit",
            "revisit_on",
            sqlite_where=text("status = 'responded' AND decision = 'deferred'"),
            postgresql_where=text("status = 'responded' AND decision = 'deferred'"),
        ),
    )
    __mapper_args__ = {"version_id_col": _recommendation_version}

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE")
    addressed_to_board_id: uuid.UUID | None = Field(
        default=None, foreign_key="boards.id", ondelete="SET NULL"
    )
    # Another named body, when the recommendation is not for a board known here.
    addressed_to: str | None = None
    title: str
    body: str
    rationale: str | None = None
    priority: str = "medium"
    topic_tags: list[str] = json_list_field()
    theme_ids: list[str] = json_list_field()
    issue_ids: list[str] = json_list_field()
    presented_at_meeting_id: uuid.UUID | None = Field(
        default=None, foreign_key="meetings.id", ondelete="SET NULL"
    )
    # The poll in which the group agreed it, so "the group agreed" is on the record.
    agreed_by_poll_id: uuid.UUID | None = Field(
        default=None, foreign_key="polls.id", ondelete="SET NULL"
    )
    status: str = "draft"
    # The latest response's decision; the history is in recommendation_responses.
    decision: str | None = None
    first_submitted_at: datetime | None = time_field()
    submitted_at: datetime | None = time_field()
    response_due_on: date | None = None
    responded_at: datetime | None = time_field()
    revisit_on: date | None = None
    closed_at: datetime | None = time_field()
    # Claimed by the overdue sweep so the event goes out once, whichever process runs it.
    overdue_notified_at: datetime | None = time_field()
    # The revisit date a reminder went out for (claimed by the revisit sweep): a new
    # deferral with a new date arms a new reminder, the same date never a second one.
    revisit_reminded_on: date | None = None
    # The addressee's escalation level while a response is overdue (see trail.py).
    escalation_level: int | None = None
    escalation_due_at: datetime | None = time_field()
    created_by: uuid.UUID | None = Field(default=None, foreign_key="people.id", ondelete="SET NULL")
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_recommendation_version)


class RecommendationResponse(Timestamped, table=True):
    """One formal response, with the submission it answered (a deferred recommendation
    may be resubmitted and answered again)."""

    __tablename__ = "recommendation_responses"
    __table_args__ = (CheckConstraint(_in("decision", DECISIONS), name="decision"),)

    organisation_id: uuid.UUID = org_field()
    recommendation_id: uuid.UUID = Field(
        foreign_key="recommendations.id", ondelete="CASCADE", index=True
    )
    decision: str
    reasons: str | None = None
    owner: str | None = None
    target_date: date | None = None
    revisit_on: date | None = None
    submitted_at: datetime = time_field(nullable=False)
    response_due_on: date
    responded_at: datetime = time_field(nullable=False)
    # Who recorded it (a person or an API client): audit only, never shown.
    recorded_by_type: str
    recorded_by_id: uuid.UUID


class ProgressUpdate(Timestamped, table=True):
    """A dated note on an accepted recommendation, with the status it leaves it in."""

    __tablename__ = "recommendation_updates"
    __table_args__ = (
        CheckConstraint(
            "status IN ('in_progress', 'implemented', 'not_implemented')", name="status"
        ),
    )

    organisation_id: uuid.UUID = org_field()
    recommendation_id: uuid.UUID = Field(
        foreign_key="recommendations.id", ondelete="CASCADE", index=True
    )
    noted_on: date
    status: str
    note: str
    # A reopening of an implemented recommendation: the note is its reason, and the
    # status (in progress) is what it leaves behind.
    reopened: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    recorded_by_type: str
    recorded_by_id: uuid.UUID
