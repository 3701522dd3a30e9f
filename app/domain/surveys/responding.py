"""Answering a survey, once.

Who answered goes to ``survey_respondents``, what was answered to ``survey_responses``,
in one transaction. On an anonymous survey the response names nobody and has no time,
the audit row says only that the person responded, and no event is emitted, so nothing
written pairs the respondent with the answers. An answer cannot be changed.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import Survey, SurveyRespondent, SurveyResponse
from app.domain import audit
from app.domain.actors import Actor
from app.domain.errors import Conflict, PermissionDenied, RuleViolation
from app.domain.surveys import access
from app.domain.surveys.schemas import QuestionKind, SurveyResponseCreate, SurveyStatus
from app.domain.surveys.service import questions_by_survey


def _answers(
    kinds: dict[uuid.UUID, tuple[QuestionKind, int]], data: SurveyResponseCreate
) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for i, answer in enumerate(data.answers):
        at = f"/answers/{i}"
        if answer.question_id not in kinds:
            raise RuleViolation.field(f"{at}/questionId", "Not a question of this survey.")
        if str(answer.question_id) in found:
            raise RuleViolation.field(f"{at}/questionId", "Answer each question once.")
        kind, options = kinds[answer.question_id]
        given = {
            "scale": answer.scale,
            "option": answer.option,
            "text": answer.text,
        }
        wanted = {
            QuestionKind.SCALE: "scale",
            QuestionKind.CHOICE: "option",
            QuestionKind.TEXT: "text",
        }[kind]
        if given[wanted] is None or any(v is not None for k, v in given.items() if k != wanted):
            raise RuleViolation.field(
                f"{at}/{wanted}", f"A {kind.value} question takes `{wanted}` only."
            )
        if kind == QuestionKind.CHOICE and (answer.option or 0) >= options:
            raise RuleViolation.field(f"{at}/option", "Not one of the question's options.")
        found[str(answer.question_id)] = given[wanted]
    if not found:
        raise RuleViolation.field("/answers", "Answer at least one question.")
    return found


async def respond(
    session: AsyncSession, actor: Actor, survey_id: uuid.UUID, data: SurveyResponseCreate
) -> Survey:
    access.require_person(actor)
    survey = await access.find(session, actor, survey_id)
    if not await access.is_member(session, actor, survey.board_id):
        raise PermissionDenied("Only the board's active members answer its surveys.")
    if survey.status != SurveyStatus.OPEN:
        raise Conflict("This survey is not open for answers.")
    questions = (await questions_by_survey(session, actor, [survey.id]))[survey.id]
    answers = _answers({q.id: (QuestionKind(q.kind), len(q.options)) for q in questions}, data)
    already = await session.scalar(
        select(SurveyRespondent.id).where(
            SurveyRespondent.survey_id == survey.id, SurveyRespondent.person_id == actor.id
        )
    )
    if already is not None:
        raise Conflict("You have answered this survey; an answer cannot be changed.")
    try:
        async with session.begin_nested():
            session.add(
                SurveyRespondent(
                    organisation_id=survey.organisation_id,
                    survey_id=survey.id,
                    person_id=actor.id,
                )
            )
    except IntegrityError:
        raise Conflict("You have answered already (another request just recorded it).") from None
    session.add(
        SurveyResponse(
            organisation_id=survey.organisation_id,
            survey_id=survey.id,
            person_id=None if survey.anonymous else actor.id,
            answers=answers,
        )
    )
    await session.flush()
    audit.record(session, actor, "survey.responded", "survey", survey.id, survey.organisation_id)
    return survey
