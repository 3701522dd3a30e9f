"""Creating surveys, reading them, and each step of their life: open and close, each
audited and announced (``survey.opened``, ``survey.closed``)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from random import SystemRandom

from sqlalchemy import delete, func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import col, select

from app.db.models import (
    Board,
    Membership,
    Survey,
    SurveyQuestion,
    SurveyRespondent,
    SurveyResponse,
)
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor
from app.domain.boards.schemas import MembershipStatus
from app.domain.errors import Conflict, InvalidTransition, RuleViolation
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.surveys import access
from app.domain.surveys.schemas import QuestionKind, SurveyCreate, SurveyStatus

# One transition table: draft -> open -> closed.
TRANSITIONS = {SurveyStatus.DRAFT: SurveyStatus.OPEN, SurveyStatus.OPEN: SurveyStatus.CLOSED}


def _check_questions(data: SurveyCreate) -> None:
    for i, q in enumerate(data.questions):
        labels = [o.strip() for o in q.options]
        if q.kind == QuestionKind.CHOICE:
            if len(labels) < 2 or any(not o or len(o) > 200 for o in labels):
                raise RuleViolation.field(
                    f"/questions/{i}/options", "Give two or more options of 1 to 200 characters."
                )
            if len({o.lower() for o in labels}) != len(labels):
                raise RuleViolation.field(f"/questions/{i}/options", "Each option must differ.")
        elif labels:
            raise RuleViolation.field(
                f"/questions/{i}/options", "Only a choice question has options."
            )


async def create_survey(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: SurveyCreate
) -> Survey:
    access.require_manager(actor)
    board = await store.one(session, Board, board_id, store.in_org(Board, actor), "board")
    _check_questions(data)
    survey = Survey(
        organisation_id=actor.organisation_id,
        board_id=board.id,
        title=data.title,
        description=data.description,
        anonymous=data.anonymous,
        created_by=actor.id if actor.is_person else None,
    )
    session.add(survey)
    await session.flush()
    session.add_all(
        SurveyQuestion(
            organisation_id=survey.organisation_id,
            survey_id=survey.id,
            position=i + 1,
            kind=q.kind.value,
            prompt=q.prompt,
            options=[o.strip() for o in q.options],
        )
        for i, q in enumerate(data.questions)
    )
    await session.flush()
    audit.record(
        session,
        actor,
        "survey.created",
        "survey",
        survey.id,
        survey.organisation_id,
        data.model_fields_set,
    )
    return survey


async def get_survey(session: AsyncSession, actor: Actor, survey_id: uuid.UUID) -> Survey:
    return await access.find(session, actor, survey_id)


async def list_board_surveys(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, page: PageRequest
) -> Page[Survey]:
    """Coordinators see every survey of the board; its members the open and closed ones."""
    access.require_person_or_manager(actor)
    board = await store.one(session, Board, board_id, store.in_org(Board, actor), "board")
    statement = select(Survey).where(store.in_org(Survey, actor), col(Survey.board_id) == board.id)
    if not access.manages(actor):
        if not await access.is_member(session, actor, board.id):
            return Page(items=[], next_cursor=None)
        statement = statement.where(col(Survey.status) != SurveyStatus.DRAFT.value)
    return await paginate(session, statement, Survey.id, page)


async def my_open_surveys(session: AsyncSession, actor: Actor) -> list[Survey]:
    """The open surveys of every board the caller is an active member of."""
    access.require_person(actor)
    rows = await session.scalars(
        select(Survey)
        .join(Membership, col(Membership.board_id) == Survey.board_id)
        .where(
            store.in_org(Survey, actor),
            col(Survey.status) == SurveyStatus.OPEN.value,
            col(Membership.person_id) == actor.id,
            col(Membership.status) == MembershipStatus.ACTIVE.value,
        )
        .order_by(col(Survey.id))
    )
    return list(rows)


async def questions_by_survey(
    session: AsyncSession, actor: Actor, ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[SurveyQuestion]]:
    found: dict[uuid.UUID, list[SurveyQuestion]] = defaultdict(list)
    if not ids:
        return found
    rows = await session.scalars(
        select(SurveyQuestion)
        .where(store.in_org(SurveyQuestion, actor), col(SurveyQuestion.survey_id).in_(ids))
        .order_by(col(SurveyQuestion.survey_id), col(SurveyQuestion.position))
    )
    for q in rows:
        found[q.survey_id].append(q)
    return found


async def respondent_counts(
    session: AsyncSession, actor: Actor, ids: list[uuid.UUID]
) -> dict[uuid.UUID, int]:
    if not ids:
        return {}
    rows = await session.execute(
        select(SurveyRespondent.survey_id, func.count())
        .where(store.in_org(SurveyRespondent, actor), col(SurveyRespondent.survey_id).in_(ids))
        .group_by(col(SurveyRespondent.survey_id))
    )
    return {row[0]: row[1] for row in rows.all()}


async def answered_by_me(
    session: AsyncSession, actor: Actor, ids: list[uuid.UUID]
) -> set[uuid.UUID]:
    if not ids or not actor.is_person:
        return set()
    rows = await session.scalars(
        select(SurveyRespondent.survey_id).where(
            col(SurveyRespondent.person_id) == actor.id, col(SurveyRespondent.survey_id).in_(ids)
        )
    )
    return set(rows)


async def _step(
    session: AsyncSession, actor: Actor, survey_id: uuid.UUID, target: SurveyStatus
) -> Survey:
    access.require_manager(actor)
    survey = await access.find(session, actor, survey_id, for_update=True)
    current = SurveyStatus(survey.status)
    if TRANSITIONS.get(current) != target:
        allowed = [TRANSITIONS[current].value] if current in TRANSITIONS else []
        raise InvalidTransition("survey", current.value, target.value, allowed)
    survey.status = target.value
    survey.updated_at = utcnow()
    return survey


async def _finish(session: AsyncSession, actor: Actor, survey: Survey, name: str) -> Survey:
    try:
        await session.flush()
    except StaleDataError:
        raise Conflict("This survey changed while the request ran; try again.") from None
    fields = {"status", "opened_at" if name == "survey.opened" else "closed_at"}
    audit.record(session, actor, name, "survey", survey.id, survey.organisation_id, fields)
    audit.emit(
        session,
        survey.organisation_id,
        name,
        {
            "surveyId": str(survey.id),
            "boardId": str(survey.board_id),
            "status": survey.status,
            "anonymous": survey.anonymous,
        },
    )
    return survey


async def open_survey(session: AsyncSession, actor: Actor, survey_id: uuid.UUID) -> Survey:
    survey = await _step(session, actor, survey_id, SurveyStatus.OPEN)
    survey.opened_at = utcnow()
    return await _finish(session, actor, survey, "survey.opened")


async def _reshuffle(session: AsyncSession, survey: Survey) -> None:
    """Write an anonymous survey's responses again in random order with new random IDs:
    PostgreSQL keeps rows in the order they were written, which is the respondents'."""
    rows = list(
        await session.scalars(select(SurveyResponse).where(SurveyResponse.survey_id == survey.id))
    )
    if len(rows) < 2:
        return
    kept = [dict(r.answers) for r in rows]
    await session.execute(delete(SurveyResponse).where(col(SurveyResponse.survey_id) == survey.id))
    SystemRandom().shuffle(kept)
    session.add_all(
        SurveyResponse(organisation_id=survey.organisation_id, survey_id=survey.id, answers=a)
        for a in kept
    )
    await session.flush()


async def close_survey(session: AsyncSession, actor: Actor, survey_id: uuid.UUID) -> Survey:
    survey = await _step(session, actor, survey_id, SurveyStatus.CLOSED)
    if survey.anonymous:
        await _reshuffle(session, survey)
    survey.closed_at = utcnow()
    return await _finish(session, actor, survey, "survey.closed")


async def details(
    session: AsyncSession, actor: Actor, rows: list[Survey]
) -> list[tuple[Survey, list[SurveyQuestion], int, bool]]:
    """Questions, respondent counts and whether the caller answered, for every survey of
    a page: three queries whatever its size."""
    ids = [s.id for s in rows]
    questions = await questions_by_survey(session, actor, ids)
    counts = await respondent_counts(session, actor, ids)
    mine = await answered_by_me(session, actor, ids)
    return [(s, questions[s.id], counts.get(s.id, 0), s.id in mine) for s in rows]
