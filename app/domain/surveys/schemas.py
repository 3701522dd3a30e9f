"""Inputs for members' voice surveys: creating one with its questions, answering it."""

from __future__ import annotations

import uuid
from enum import StrEnum

from pydantic import Field

from app.domain.schemas import Input


class SurveyStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class QuestionKind(StrEnum):
    SCALE = "scale"  # 1 (not at all) to 5 (completely)
    CHOICE = "choice"  # one of the question's options
    TEXT = "text"  # free text


class QuestionInput(Input):
    kind: QuestionKind
    prompt: str = Field(min_length=1, max_length=500)
    options: list[str] = Field(
        default_factory=list, max_length=20, description="A choice question's options."
    )


class SurveyCreate(Input):
    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    anonymous: bool = Field(
        default=True, description="Who responded is kept apart from what was answered."
    )
    questions: list[QuestionInput] = Field(min_length=1, max_length=50)


class AnswerInput(Input):
    question_id: uuid.UUID
    scale: int | None = Field(default=None, ge=1, le=5, description="A scale question's 1-5.")
    option: int | None = Field(
        default=None, ge=0, description="A choice question's option, by its index from 0."
    )
    text: str | None = Field(default=None, min_length=1, max_length=5000)


class SurveyResponseCreate(Input):
    answers: list[AnswerInput] = Field(
        max_length=50, description="At most one answer per question; any may be left out."
    )
