"""Inputs of equality monitoring."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Annotated

from pydantic import Field, model_validator

from app.domain.schemas import Input, IsoDate

_KEY = r"^[a-z][a-z0-9_]{0,62}$"


class FigureKind(StrEnum):
    PERCENTAGE = "percentage"
    COUNT = "count"


class MonitoringOptionInput(Input):
    key: str = Field(pattern=_KEY, description="Stable key, such as care_experienced_yes.")
    label: str = Field(min_length=1, max_length=200)


class MonitoringQuestionCreate(Input):
    key: str = Field(
        pattern=_KEY, description="Stable key, unique in the organisation (care_experienced)."
    )
    label: str = Field(min_length=1, max_length=300)
    options: list[MonitoringOptionInput] = Field(
        min_length=1,
        max_length=50,
        description='The fixed answers; "prefer_not_to_say" is added when missing.',
    )

    @model_validator(mode="after")
    def _distinct(self) -> MonitoringQuestionCreate:
        keys = [o.key for o in self.options]
        if len(set(keys)) != len(keys):
            raise ValueError("Each option key may appear once.")
        return self


class EqualityAnswerInput(Input):
    question_id: uuid.UUID
    option: str = Field(min_length=1, max_length=63, description="One of the question's keys.")


class EqualityAnswersSet(Input):
    answers: list[EqualityAnswerInput] = Field(
        max_length=100,
        description="Every answer the person gives: questions left out are unanswered.",
    )


class PopulationFiguresCreate(Input):
    question_id: uuid.UUID
    source: str = Field(
        min_length=1, max_length=500, description="Who published the figures, e.g. HMPPS."
    )
    as_of: IsoDate = Field(description="The date the figures describe.")
    kind: FigureKind = Field(description="Whether values are percentages or head counts.")
    values: dict[Annotated[str, Field(max_length=63)], float] = Field(
        min_length=1, max_length=50, description="Option key to a percentage or a count."
    )
