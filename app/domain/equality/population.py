"""The make-up of the population the organisation serves, per question, over time."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import PopulationFigures
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.equality.questions import get_question
from app.domain.equality.schemas import FigureKind, PopulationFiguresCreate
from app.domain.errors import FieldProblem, NotFound, RuleViolation


def _escaped(key: str) -> str:
    # A JSON Pointer token (RFC 6901): the keys are the caller's own text.
    return key.replace("~", "~0").replace("/", "~1")


async def add_figures(
    session: AsyncSession, actor: Actor, data: PopulationFiguresCreate
) -> PopulationFigures:
    require(actor, Permission.EQUALITY_MANAGE)
    try:
        question = await get_question(session, actor, data.question_id)
    except NotFound:
        raise RuleViolation.field("/questionId", "No such monitoring question.") from None
    options = set(question.option_keys())
    problems = [
        FieldProblem(f"/values/{_escaped(key)}", "Not one of the question's options.")
        for key in data.values
        if key not in options
    ]
    problems += [
        FieldProblem(f"/values/{_escaped(key)}", "Must not be negative.")
        for key, value in data.values.items()
        if value < 0
    ]
    if problems:
        raise RuleViolation("The figures must be for the question's options.", problems)
    if data.kind is FigureKind.PERCENTAGE and sum(data.values.values()) > 100.5:
        raise RuleViolation.field("/values", "Percentages must not add up to more than 100.")
    row = PopulationFigures(
        organisation_id=actor.organisation_id,
        question_id=data.question_id,
        source=data.source,
        as_of=data.as_of,
        kind=data.kind.value,
        values=dict(data.values),
        created_by=actor.id,
    )
    session.add(row)
    await session.flush()
    audit.record(
        session,
        actor,
        "population_figures.created",
        "population_figures",
        row.id,
        actor.organisation_id,
        data.model_fields_set,
    )
    return row


async def list_figures(
    session: AsyncSession, actor: Actor, question_id: uuid.UUID | None = None
) -> list[PopulationFigures]:
    """Newest figures first, per question."""
    require(actor, Permission.EQUALITY_REPORTS_READ)
    statement = select(PopulationFigures).where(store.in_org(PopulationFigures, actor))
    if question_id is not None:
        statement = statement.where(col(PopulationFigures.question_id) == question_id)
    rows = await session.scalars(
        statement.order_by(col(PopulationFigures.as_of).desc(), col(PopulationFigures.id).desc())
    )
    return list(rows)


async def get_figures(
    session: AsyncSession, actor: Actor, figures_id: uuid.UUID
) -> PopulationFigures:
    require(actor, Permission.EQUALITY_REPORTS_READ)
    return await store.one(
        session,
        PopulationFigures,
        figures_id,
        store.in_org(PopulationFigures, actor),
        "population figures",
    )


async def latest_by_question(
    session: AsyncSession, organisation_id: uuid.UUID, on: date
) -> dict[uuid.UUID, PopulationFigures]:
    """Each question's figures as known on a date: the latest dated on or before it."""
    rows = await session.scalars(
        select(PopulationFigures)
        .where(
            col(PopulationFigures.organisation_id) == organisation_id,
            col(PopulationFigures.as_of) <= on,
        )
        .order_by(col(PopulationFigures.as_of), col(PopulationFigures.id))
    )
    return {row.question_id: row for row in rows}


def percentages(row: PopulationFigures) -> dict[str, float]:
    """The figures as percentages, whichever way they were entered."""
    values = {k: float(v) for k, v in row.values.items()}
    if row.kind == FigureKind.PERCENTAGE.value:
        return values
    total = sum(values.values())
    return {k: round(100 * v / total, 1) if total else 0.0 for k, v in values.items()}
