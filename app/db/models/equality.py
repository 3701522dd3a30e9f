"""Equality monitoring: the organisation's own questions, people's answers kept apart
from their record, and the population the organisation serves."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.db.models.base import JsonType, Timestamped, json_list_field, org_field


class MonitoringQuestion(Timestamped, table=True):
    """A question the organisation adds to the Equality Act defaults (which live in code,
    domain/equality/characteristics.py). ``options`` is a list of {key, label}."""

    __tablename__ = "equality_questions"
    __table_args__ = (UniqueConstraint("organisation_id", "key"),)

    organisation_id: uuid.UUID = org_field()
    key: str
    label: str
    options: list[Any] = json_list_field()
    created_by: uuid.UUID


class EqualityRespondent(SQLModel, table=True):
    """The one link from a person to their answers: a random key, read only by the
    aggregate code in domain/equality/reports.py and by the person's own routes. No time
    is kept, so it cannot be lined up with the audit trail."""

    __tablename__ = "equality_respondents"
    __table_args__ = (UniqueConstraint("person_id"),)

    # Random (uuid4), not time-ordered: its order says nothing about when someone answered.
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organisation_id: uuid.UUID = org_field()
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")


class EqualityAnswer(SQLModel, table=True):
    """One answer, naming no person and carrying no time."""

    __tablename__ = "equality_answers"

    respondent_id: uuid.UUID = Field(
        foreign_key="equality_respondents.id", ondelete="CASCADE", primary_key=True
    )
    question_id: uuid.UUID = Field(primary_key=True)
    option: str


class PopulationFigures(Timestamped, table=True):
    """The make-up of the population the organisation serves for one question, as
    published by ``source`` on ``as_of``. Kept, not replaced, so reports can look back."""

    __tablename__ = "equality_population_figures"
    __table_args__ = (CheckConstraint("kind IN ('percentage', 'count')", name="kind"),)

    organisation_id: uuid.UUID = org_field()
    question_id: uuid.UUID = Field(index=True)
    source: str
    as_of: date
    kind: str
    values: dict[str, Any] = Field(default_factory=dict, sa_type=JsonType, nullable=False)
    created_by: uuid.UUID
