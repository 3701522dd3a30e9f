"""Aggregate monitoring reports: the only code that joins answers to the people they
describe, and it returns counts, never rows.

A report counts the answers of a group (a board's members on a date, a seat's pool, an
election's nominees, a procurement panel) per question and option, with a cell for the
group's people who gave no answer. The group's size is shown, so every question's row is
suppressed with ``disclosure.suppress_row``: no withheld count can be worked out from the
size and the counts shown. Each report reads in a fixed number of statements.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db.models import (
    Board,
    Election,
    EqualityAnswer,
    EqualityRespondent,
    Lot,
    Membership,
    Nomination,
    PanelMember,
    Seat,
)
from app.db.types import utcnow
from app.domain import store
from app.domain.actors import Actor, Permission, require
from app.domain.disclosure import suppress_row, threshold_for
from app.domain.equality.population import latest_by_question, percentages
from app.domain.equality.questions import questions_of


@dataclass(frozen=True)
class Cell:
    option: str
    label: str
    count: int | None
    percentage: float | None
    population_percentage: float | None


@dataclass(frozen=True)
class QuestionReport:
    question_id: uuid.UUID
    key: str
    label: str
    cells: list[Cell]
    not_answered: int | None
    population_source: str | None
    population_as_of: date | None


@dataclass(frozen=True)
class Report:
    subject: str
    subject_id: uuid.UUID
    as_of: date | None
    threshold: int
    people: int
    questions: list[QuestionReport]


def _members_on(board_id: uuid.UUID, on: date | None) -> Select[uuid.UUID]:
    statement = select(col(Membership.person_id)).where(col(Membership.board_id) == board_id)
    if on is None:
        return statement.where(col(Membership.status) != "left")
    # A membership that ended without an end date cannot be placed in time: left out.
    return statement.where(
        col(Membership.term_start) <= on,
        or_(
            col(Membership.term_end).is_(None) & (col(Membership.status) != "left"),
            col(Membership.term_end) >= on,
        ),
    )


async def _report(
    session: AsyncSession,
    actor: Actor,
    group: Select[uuid.UUID],
    subject: str,
    subject_id: uuid.UUID,
    as_of: date | None,
) -> Report:
    threshold = await threshold_for(session, actor.organisation_id)
    questions = await questions_of(session, actor.organisation_id)
    people_ids = group.distinct().subquery()
    people = await session.scalar(select(func.count()).select_from(people_ids)) or 0
    counted = await session.execute(
        select(col(EqualityAnswer.question_id), col(EqualityAnswer.option), func.count())
        .join(EqualityRespondent, col(EqualityRespondent.id) == col(EqualityAnswer.respondent_id))
        .where(
            col(EqualityRespondent.organisation_id) == actor.organisation_id,
            col(EqualityRespondent.person_id).in_(select(people_ids.c[0])),
        )
        .group_by(col(EqualityAnswer.question_id), col(EqualityAnswer.option))
    )
    counts: dict[tuple[uuid.UUID, str], int] = {(q, o): n for q, o, n in counted.all()}
    population = await latest_by_question(session, actor.organisation_id, as_of or utcnow().date())
    out: list[QuestionReport] = []
    for question in questions:
        raw = [counts.get((question.id, key), 0) for key in question.option_keys()]
        answered = sum(counts.get((question.id, key), 0) for key in question.option_keys())
        shown = suppress_row([*raw, max(people - answered, 0)], threshold)
        figures = population.get(question.id)
        shares = percentages(figures) if figures is not None else {}
        cells = [
            Cell(
                option.key,
                option.label,
                value,
                None if value is None or not people else round(100 * value / people, 1),
                shares.get(option.key) if figures is not None else None,
            )
            for option, value in zip(question.options, shown[:-1], strict=True)
        ]
        out.append(
            QuestionReport(
                question.id,
                question.key,
                question.label,
                cells,
                shown[-1],
                figures.source if figures is not None else None,
                figures.as_of if figures is not None else None,
            )
        )
    return Report(subject, subject_id, as_of, threshold, people, out)


async def board_report(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, as_of: date | None = None
) -> Report:
    """A board's members (current, or those whose membership was active on ``as_of``)."""
    require(actor, Permission.EQUALITY_REPORTS_READ)
    await store.one(session, Board, board_id, store.in_org(Board, actor), "board")
    return await _report(session, actor, _members_on(board_id, as_of), "board", board_id, as_of)


async def seat_report(session: AsyncSession, actor: Actor, seat_id: uuid.UUID) -> Report:
    """A seat's pool: the people named for its rota, else the advisory board's members."""
    require(actor, Permission.EQUALITY_REPORTS_READ)
    seat = await store.one(session, Seat, seat_id, store.in_org(Seat, actor), "seat")
    group: Select[uuid.UUID]
    if seat.pool_person_ids:
        ids: Sequence[uuid.UUID] = [uuid.UUID(str(p)) for p in seat.pool_person_ids]
        # Through memberships, so a pool naming someone no longer there is not counted.
        group = select(col(Membership.person_id)).where(
            col(Membership.person_id).in_(ids),
            col(Membership.board_id) == seat.advisory_board_id,
            col(Membership.status) != "left",
        )
    else:
        group = _members_on(seat.advisory_board_id, None)
    return await _report(session, actor, group, "seat", seat_id, None)


async def election_report(session: AsyncSession, actor: Actor, election_id: uuid.UUID) -> Report:
    """An election's nominees, withdrawn nominations left out."""
    require(actor, Permission.EQUALITY_REPORTS_READ)
    await store.one(session, Election, election_id, store.in_org(Election, actor), "election")
    group = select(col(Nomination.person_id)).where(
        col(Nomination.election_id) == election_id, col(Nomination.status) != "withdrawn"
    )
    return await _report(session, actor, group, "election", election_id, None)


async def panel_report(session: AsyncSession, actor: Actor, lot_id: uuid.UUID) -> Report:
    """A procurement lot's evaluation panel, removed members left out."""
    require(actor, Permission.EQUALITY_REPORTS_READ)
    await store.one(session, Lot, lot_id, store.in_org(Lot, actor), "lot")
    group = select(col(PanelMember.person_id)).where(
        col(PanelMember.lot_id) == lot_id, col(PanelMember.removed_at).is_(None)
    )
    return await _report(session, actor, group, "panel", lot_id, None)
