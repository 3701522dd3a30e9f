"""Members' voice surveys as the API shows them: the survey with its questions, and its
results in aggregate. No view names a respondent, nor who answered what."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from app.api.views.base import View, version_field
from app.db.models import Survey, SurveyQuestion
from app.domain.surveys.results import SurveyResults
from app.domain.surveys.schemas import QuestionKind, SurveyStatus


class SurveyQuestionOut(View):
    id: uuid.UUID
    position: int
    kind: QuestionKind
    prompt: str
    options: list[str] = Field(description="A choice question's options; answer by index.")


class SurveyOut(View):
    id: uuid.UUID
    board_id: uuid.UUID
    title: str
    description: str | None
    anonymous: bool = Field(description="Who responded is kept apart from what was answered.")
    status: SurveyStatus
    questions: list[SurveyQuestionOut]
    respondent_count: int
    answered: bool = Field(description="Whether you have answered it.")
    opened_at: datetime | None
    closed_at: datetime | None
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("openSurvey")


class SurveyQuestionResultOut(View):
    """One question's answers in aggregate. Withheld (`suppressed`, no figures) until it
    has at least the organisation's threshold of answers; free text is shown on a named
    survey whatever the number."""

    question_id: uuid.UUID
    kind: QuestionKind
    answers: int | None
    suppressed: bool
    counts: list[int] = Field(
        description="Scale: how many gave 1 to 5. Choice: how many chose each option."
    )
    mean: float | None = Field(description="A scale question's mean.")
    texts: list[str] = Field(description="Free-text answers, in alphabetical order.")


class SurveyResultsOut(View):
    survey_id: uuid.UUID
    status: SurveyStatus
    respondents: int
    threshold: int = Field(description="The organisation's smallCountThreshold.")
    final: bool = Field(description="False until the survey closes: until then, only a count.")
    questions: list[SurveyQuestionResultOut]


def survey_out(
    survey: Survey, questions: list[SurveyQuestion], respondents: int, answered: bool
) -> SurveyOut:
    return SurveyOut(
        id=survey.id,
        board_id=survey.board_id,
        title=survey.title,
        description=survey.description,
        anonymous=survey.anonymous,
        status=SurveyStatus(survey.status),
        questions=[SurveyQuestionOut.model_validate(q) for q in questions],
        respondent_count=respondents,
        answered=answered,
        opened_at=survey.opened_at,
        closed_at=survey.closed_at,
        created_at=survey.created_at,
        updated_at=survey.updated_at,
        version=survey.version,
    )


def results_out(found: SurveyResults) -> SurveyResultsOut:
    return SurveyResultsOut(
        survey_id=found.survey.id,
        status=SurveyStatus(found.survey.status),
        respondents=found.respondents,
        threshold=found.threshold,
        final=found.final,
        questions=[
            SurveyQuestionResultOut(
                question_id=q.question_id,
                kind=q.kind,
                answers=q.answers,
                suppressed=q.suppressed,
                counts=q.counts,
                mean=q.mean,
                texts=q.texts,
            )
            for q in found.questions
        ],
    )
