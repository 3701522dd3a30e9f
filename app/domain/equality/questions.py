"""Monitoring questions: the Equality Act defaults and those the organisation adds."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import MonitoringQuestion
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.equality.characteristics import (
    BY_ID,
    DEFAULT_KEYS,
    DEFAULTS,
    Option,
    Question,
    with_prefer_not_to_say,
)
from app.domain.equality.schemas import MonitoringQuestionCreate
from app.domain.errors import Conflict, NotFound


def _question(row: MonitoringQuestion) -> Question:
    options = [Option(str(o["key"]), str(o["label"])) for o in row.options]
    return Question(row.id, row.key, row.label, tuple(options), False, row.created_at)


async def questions_of(session: AsyncSession, organisation_id: uuid.UUID) -> list[Question]:
    """The defaults, then the organisation's own in the order they were added."""
    rows = await session.scalars(
        select(MonitoringQuestion)
        .where(col(MonitoringQuestion.organisation_id) == organisation_id)
        .order_by(col(MonitoringQuestion.id))
    )
    return [*DEFAULTS, *(_question(r) for r in rows)]


async def list_questions(session: AsyncSession, actor: Actor) -> list[Question]:
    require(actor, Permission.EQUALITY_QUESTIONS_READ)
    return await questions_of(session, actor.organisation_id)


async def get_question(session: AsyncSession, actor: Actor, question_id: uuid.UUID) -> Question:
    require(actor, Permission.EQUALITY_QUESTIONS_READ)
    if question_id in BY_ID:
        return BY_ID[question_id]
    row = await session.scalar(
        select(MonitoringQuestion).where(
            col(MonitoringQuestion.id) == question_id,
            col(MonitoringQuestion.organisation_id) == actor.organisation_id,
        )
    )
    if row is None:
        raise NotFound("monitoring question")
    return _question(row)


async def add_question(
    session: AsyncSession, actor: Actor, data: MonitoringQuestionCreate
) -> Question:
    require(actor, Permission.EQUALITY_MANAGE)
    taken = await session.scalar(
        select(MonitoringQuestion.id).where(
            col(MonitoringQuestion.organisation_id) == actor.organisation_id,
            col(MonitoringQuestion.key) == data.key,
        )
    )
    if data.key in DEFAULT_KEYS or taken is not None:
        raise Conflict(f"A monitoring question with the key {data.key!r} exists.")
    options = with_prefer_not_to_say([Option(o.key, o.label) for o in data.options])
    row = MonitoringQuestion(
        organisation_id=actor.organisation_id,
        key=data.key,
        label=data.label,
        options=[{"key": o.key, "label": o.label} for o in options],
        created_by=actor.id,
    )
    session.add(row)
    await session.flush()
    audit.record(
        session,
        actor,
        "equality_question.created",
        "equality_question",
        row.id,
        actor.organisation_id,
        data.model_fields_set,
    )
    return _question(row)
