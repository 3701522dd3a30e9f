"""Equality monitoring: questions, the caller's own answers, population figures and the
aggregate reports. No view names a person next to an answer: ``MyEqualityAnswersOut`` is served
only to the person themself, and a report holds counts alone."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.api.views.base import View
from app.domain.equality.schemas import FigureKind

SUPPRESSED = "Null when withheld: under the organisation's smallCountThreshold, or hidden so "
SUPPRESSED += "that no withheld count can be worked out from the others and the total."


class MonitoringOptionOut(View):
    key: str
    label: str


class MonitoringQuestionOut(View):
    """A monitoring question with its fixed options, "prefer_not_to_say" always among them."""

    id: uuid.UUID
    key: str
    label: str
    protected: bool = Field(
        description="An Equality Act 2010 protected characteristic, shipped by Chorus; false "
        "for the organisation's own questions."
    )
    options: list[MonitoringOptionOut]


class EqualityAnswerOut(View):
    question_id: uuid.UUID
    option: str


class MyEqualityAnswersOut(View):
    """The caller's own monitoring answers: nobody else can read them."""

    answers: list[EqualityAnswerOut]


class PopulationFiguresOut(View):
    """The make-up of the population served, for one question, as published."""

    id: uuid.UUID
    question_id: uuid.UUID
    source: str
    as_of: date
    kind: FigureKind
    values: dict[str, float] = Field(description="Option key to a percentage or a count.")
    created_at: datetime


class EqualityReportCellOut(View):
    option: str
    label: str
    count: int | None = Field(description=SUPPRESSED)
    percentage: float | None = Field(description="Of the group's people; null with the count.")
    population_percentage: float | None = Field(
        description="The population's share, from the latest figures dated on or before "
        "the report's date; null without figures."
    )


class EqualityQuestionReportOut(View):
    question_id: uuid.UUID
    key: str
    label: str
    cells: list[EqualityReportCellOut]
    not_answered: int | None = Field(
        description="People of the group without an answer. " + SUPPRESSED
    )
    population_source: str | None
    population_as_of: date | None


class EqualityReportOut(View):
    """Counts of a group's monitoring answers, per question and option."""

    subject: str = Field(description="board, seat, election or panel.")
    subject_id: uuid.UUID
    as_of: date | None = Field(description="The date memberships were counted on; null: now.")
    threshold: int = Field(description="The organisation's smallCountThreshold.")
    people: int = Field(description="How many people the group has.")
    questions: list[EqualityQuestionReportOut]
