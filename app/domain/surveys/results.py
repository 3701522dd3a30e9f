"""A survey's results: only in aggregate, only once it has closed, with every question
withheld until it has at least the organisation's threshold of answers. Free text is
shown on a named survey, or on an anonymous one once the threshold is met, in
alphabetical order so that no order follows the order of answering."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Survey, SurveyResponse
from app.domain import store
from app.domain.actors import Actor
from app.domain.disclosure import suppress, threshold_for
from app.domain.surveys import access
from app.domain.surveys.schemas import QuestionKind, SurveyStatus
from app.domain.surveys.service import questions_by_survey, respondent_counts


@dataclass
class QuestionResult:
    question_id: uuid.UUID
    kind: QuestionKind
    answers: int | None
    suppressed: bool
    # Scale: how many gave 1..5; choice: how many chose each option, in order.
    counts: list[int] = field(default_factory=list)
    mean: float | None = None
    texts: list[str] = field(default_factory=list)


@dataclass
class SurveyResults:
    survey: Survey
    respondents: int
    threshold: int
    final: bool
    questions: list[QuestionResult]


async def results(session: AsyncSession, actor: Actor, survey_id: uuid.UUID) -> SurveyResults:
    survey = await access.find(session, actor, survey_id)
    respondents = (await respondent_counts(session, actor, [survey.id])).get(survey.id, 0)
    threshold = await threshold_for(session, actor.organisation_id)
    if survey.status != SurveyStatus.CLOSED:
        # While answers come in, a change between two reads would show one person's.
        return SurveyResults(survey, respondents, threshold, False, [])
    questions = (await questions_by_survey(session, actor, [survey.id]))[survey.id]
    rows = await session.scalars(
        select(SurveyResponse.answers).where(
            col(SurveyResponse.survey_id) == survey.id, store.in_org(SurveyResponse, actor)
        )
    )
    given = list(rows)
    out = []
    for q in questions:
        kind = QuestionKind(q.kind)
        values = [a[str(q.id)] for a in given if str(q.id) in a]
        shown = suppress(len(values), threshold) is not None
        if kind == QuestionKind.TEXT:
            if shown or not survey.anonymous:
                out.append(QuestionResult(q.id, kind, len(values), False, texts=sorted(values)))
            else:
                out.append(QuestionResult(q.id, kind, None, True))
            continue
        if not shown:
            out.append(QuestionResult(q.id, kind, None, True))
            continue
        if kind == QuestionKind.SCALE:
            counts = [values.count(n) for n in range(1, 6)]
            mean = round(sum(values) / len(values), 2)
            out.append(QuestionResult(q.id, kind, len(values), False, counts, mean))
        else:
            counts = [values.count(i) for i in range(len(q.options))]
            out.append(QuestionResult(q.id, kind, len(values), False, counts))
    return SurveyResults(survey, respondents, threshold, True, out)
