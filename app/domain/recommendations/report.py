"""The "you said, we did" report: what a board recommended in a period, what became of it,
and how promptly the addressee answered.

Definitions, so the figures can be checked by hand:

- The report covers recommendations made by the board, or addressed to it, that were first
  submitted within the period (UTC dates, both ends included). Drafts never appear.
- Counts by decision use each recommendation's current decision.
- Every response is measured against the submission it answered (a deferred recommendation
  resubmitted and answered again counts twice): days to response are whole UTC calendar
  days from submission to response, and a response is on time when given on or before its
  due date.
- The on-time share is the responses on time over everything that was due: every response,
  plus each submission still unanswered after its due date. A submission not yet due is
  left out, since it can still be answered in time.
- Each entry carries what the board said (its text and themes), the latest response and
  its reasons, and every progress note ("we did") in date order. The time each step took
  is in whole UTC days: submission to response (``days_to_response``), the response to
  each note and the note (or response) before it to each note, and the response to the
  note that marked it implemented (``days_to_implemented``, while it stays implemented).
- The whole report is at most five statements (the actor aside) whatever its size: the board,
  the recommendations, their responses, their notes and their themes.
"""

from __future__ import annotations

import statistics
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import ProgressUpdate, Recommendation, RecommendationResponse, Theme
from app.db.types import utcnow
from app.domain.actors import Actor, Permission, require
from app.domain.errors import RuleViolation
from app.domain.recommendations import access
from app.domain.recommendations.lifecycle import is_overdue
from app.domain.recommendations.loaders import (
    responses_by_recommendation,
    updates_by_recommendation,
)
from app.domain.recommendations.schemas import Decision, RecommendationStatus


@dataclass(frozen=True)
class Cycle:
    """One submission and, once given, its response."""

    submitted_on: date
    due_on: date
    responded_on: date | None = None

    @property
    def days_to_response(self) -> int | None:
        if self.responded_on is None:
            return None
        return (self.responded_on - self.submitted_on).days

    @property
    def on_time(self) -> bool | None:
        return None if self.responded_on is None else self.responded_on <= self.due_on


@dataclass(frozen=True)
class Timeliness:
    responses: int
    median_days_to_response: float | None
    answered_on_time: int
    due: int
    on_time_share: Fraction | None


def timeliness(cycles: Iterable[Cycle], today: date) -> Timeliness:
    cycles = list(cycles)
    answered = [c for c in cycles if c.responded_on is not None]
    days = [c.days_to_response for c in answered if c.days_to_response is not None]
    unanswered_late = sum(1 for c in cycles if c.responded_on is None and c.due_on < today)
    on_time = sum(1 for c in answered if c.on_time)
    due = len(answered) + unanswered_late
    return Timeliness(
        responses=len(answered),
        # Whole days, so the median is a whole or half number: exact as a float.
        median_days_to_response=float(statistics.median(days)) if days else None,
        answered_on_time=on_time,
        due=due,
        on_time_share=Fraction(on_time, due) if due else None,
    )


@dataclass(frozen=True)
class Step:
    """One progress note and the days it took."""

    update: ProgressUpdate
    days_since_response: int | None
    days_since_previous: int | None


@dataclass(frozen=True)
class ReportItem:
    recommendation: Recommendation
    response: RecommendationResponse | None
    overdue: bool
    themes: list[Theme] = field(default_factory=list)
    # Every note, oldest (by its date) first.
    updates: list[ProgressUpdate] = field(default_factory=list)

    @property
    def responded_on(self) -> date | None:
        return self.response.responded_at.date() if self.response is not None else None

    @property
    def steps(self) -> list[Step]:
        responded = self.responded_on
        steps, previous = [], responded
        for update in self.updates:
            steps.append(
                Step(
                    update,
                    (update.noted_on - responded).days if responded else None,
                    (update.noted_on - previous).days if previous else None,
                )
            )
            previous = update.noted_on
        return steps

    @property
    def days_to_implemented(self) -> int | None:
        responded = self.responded_on
        if responded is None or self.recommendation.status != RecommendationStatus.IMPLEMENTED:
            return None
        done = [u for u in self.updates if u.status == RecommendationStatus.IMPLEMENTED]
        return (done[-1].noted_on - responded).days if done else None

    @property
    def cycle(self) -> Cycle | None:
        if self.response is None:
            return None
        return Cycle(
            self.response.submitted_at.date(),
            self.response.response_due_on,
            self.response.responded_at.date(),
        )


@dataclass(frozen=True)
class Report:
    board_id: uuid.UUID
    period_from: date | None
    period_to: date | None
    as_of: date
    by_decision: dict[Decision, int]
    by_status: dict[RecommendationStatus, int]
    awaiting_response: int
    timeliness: Timeliness
    items: list[ReportItem]


def _cycles(
    recommendations: Sequence[Recommendation],
    responses: dict[uuid.UUID, list[RecommendationResponse]],
) -> list[Cycle]:
    cycles = [
        Cycle(r.submitted_at.date(), r.response_due_on, r.responded_at.date())
        for rows in responses.values()
        for r in rows
    ]
    for rec in recommendations:
        if rec.status == RecommendationStatus.SUBMITTED:
            assert rec.submitted_at is not None
            assert rec.response_due_on is not None
            cycles.append(Cycle(rec.submitted_at.date(), rec.response_due_on))
    return cycles


def _noted(update: ProgressUpdate) -> tuple[date, uuid.UUID]:
    return update.noted_on, update.id


def _theme_ids(recommendation: Recommendation) -> list[uuid.UUID]:
    return [uuid.UUID(str(t)) for t in recommendation.theme_ids]


async def _themes(
    session: AsyncSession, actor: Actor, recommendations: Sequence[Recommendation]
) -> dict[uuid.UUID, Theme]:
    """Every theme the recommendations name, in one query."""
    wanted = {t for r in recommendations for t in _theme_ids(r)}
    if not wanted:
        return {}
    rows = await session.scalars(
        select(Theme).where(
            Theme.organisation_id == actor.organisation_id, col(Theme.id).in_(wanted)
        )
    )
    return {t.id: t for t in rows}


async def board_report(
    session: AsyncSession,
    actor: Actor,
    board_id: uuid.UUID,
    period_from: date | None = None,
    period_to: date | None = None,
) -> Report:
    require(actor, Permission.RECOMMENDATIONS_READ)
    if period_from and period_to and period_to < period_from:
        raise RuleViolation.field("/to", "The period must not end before it starts.")
    board = await access.board_for(session, actor, board_id)
    statement = select(Recommendation).where(
        Recommendation.organisation_id == actor.organisation_id,
        col(Recommendation.first_submitted_at).is_not(None),
        (col(Recommendation.board_id) == board.id)
        | (col(Recommendation.addressed_to_board_id) == board.id),
    )
    if period_from is not None:
        start = datetime.combine(period_from, time(), UTC)
        statement = statement.where(col(Recommendation.first_submitted_at) >= start)
    if period_to is not None:
        end = datetime.combine(period_to + timedelta(days=1), time(), UTC)
        statement = statement.where(col(Recommendation.first_submitted_at) < end)
    recommendations = list(
        await session.scalars(
            statement.order_by(col(Recommendation.first_submitted_at), col(Recommendation.id))
        )
    )
    ids = [r.id for r in recommendations]
    responses = await responses_by_recommendation(session, actor, ids)
    updates = await updates_by_recommendation(session, actor, ids)
    themes = await _themes(session, actor, recommendations)
    today = utcnow().date()
    by_decision = dict.fromkeys(Decision, 0)
    by_status = dict.fromkeys(RecommendationStatus, 0)
    items = []
    for rec in recommendations:
        if rec.decision is not None:
            by_decision[Decision(rec.decision)] += 1
        by_status[RecommendationStatus(rec.status)] += 1
        latest = responses[rec.id][-1] if rec.decision is not None and responses[rec.id] else None
        overdue = is_overdue(rec.status, rec.response_due_on, today)
        notes = sorted(updates.get(rec.id, []), key=_noted)
        named = [themes[t] for t in _theme_ids(rec) if t in themes]
        items.append(ReportItem(rec, latest, overdue, named, notes))
    return Report(
        board_id=board.id,
        period_from=period_from,
        period_to=period_to,
        as_of=today,
        by_decision=by_decision,
        by_status=by_status,
        awaiting_response=by_status[RecommendationStatus.SUBMITTED],
        timeliness=timeliness(_cycles(recommendations, responses), today),
        items=items,
    )
