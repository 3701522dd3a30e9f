"""Members' voice: surveys a coordinator puts to a board.

As with anonymous ballots, who responded (``survey_respondents``, one answer each) is
kept apart from what was answered (``survey_responses``): a response has a random ID, no
timestamp, no hidden SQLite rowid and, on an anonymous survey, no person.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.db.models.base import (
    JsonType,
    Timestamped,
    json_list_field,
    org_field,
    time_field,
    version_column,
)

SURVEY_STATUSES = ("draft", "open", "closed")
QUESTION_KINDS = ("scale", "choice", "text")

_survey_version = version_column()


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Survey(Timestamped, table=True):
    __tablename__ = "surveys"
    __table_args__ = (
        CheckConstraint(_in("status", SURVEY_STATUSES), name="status"),
        Index("ix_surveys_board", "board_id", "id"),
    )
    __mapper_args__ = {"version_id_col": _survey_version}

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE")
    title: str
    description: str | None = None
    anonymous: bool = True
    status: str = "draft"
    opened_at: datetime | None = time_field()
    closed_at: datetime | None = time_field()
    created_by: uuid.UUID | None = Field(default=None, foreign_key="people.id", ondelete="SET NULL")
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_survey_version)


class SurveyQuestion(Timestamped, table=True):
    __tablename__ = "survey_questions"
    __table_args__ = (
        UniqueConstraint("survey_id", "position"),
        CheckConstraint(_in("kind", QUESTION_KINDS), name="kind"),
    )

    organisation_id: uuid.UUID = org_field()
    survey_id: uuid.UUID = Field(foreign_key="surveys.id", ondelete="CASCADE", index=True)
    position: int
    kind: str
    prompt: str
    # A single-choice question's options, in order.
    options: list[str] = json_list_field()


class SurveyRespondent(Timestamped, table=True):
    """Who has answered a survey: one answer each, never what."""

    __tablename__ = "survey_respondents"
    __table_args__ = (UniqueConstraint("survey_id", "person_id"),)

    organisation_id: uuid.UUID = org_field()
    survey_id: uuid.UUID = Field(foreign_key="surveys.id", ondelete="CASCADE")
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)


class SurveyResponse(SQLModel, table=True):
    """What was answered, keyed by question ID. A random ID and no time, so neither order
    nor clock joins it to ``survey_respondents``; ``person_id`` only on named surveys."""

    __tablename__ = "survey_responses"
    # No hidden SQLite rowid: it would number responses in the order they came.
    __table_args__ = ({"sqlite_with_rowid": False},)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organisation_id: uuid.UUID = org_field()
    survey_id: uuid.UUID = Field(foreign_key="surveys.id", ondelete="CASCADE", index=True)
    person_id: uuid.UUID | None = Field(
        default=None, foreign_key="people.id", ondelete="SET NULL", index=True
    )
    answers: dict[str, Any] = Field(default_factory=dict, sa_type=JsonType, nullable=False)
