"""The steps of a recommendation's life: submit, withdraw, respond, report progress,
reopen."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import ProgressUpdate, Recommendation, RecommendationResponse
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.errors import RuleViolation
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.recommendations import access, events, response_notices
from app.domain.recommendations.board_settings import response_due_days
from app.domain.recommendations.lifecycle import (
    check_progress,
    check_reopen,
    check_response,
    check_transition,
)
from app.domain.recommendations.schemas import (
    Decision,
    ProgressUpdateCreate,
    RecommendationStatus,
    ReopenRequest,
    ResponseCreate,
    SubmitRequest,
)

S = RecommendationStatus


def _state(recommendation: Recommendation) -> tuple[RecommendationStatus, Decision | None]:
    decision = Decision(recommendation.decision) if recommendation.decision else None
    return RecommendationStatus(recommendation.status), decision


def _record(
    session: AsyncSession, actor: Actor, action: str, r: Recommendation, fields: set[str]
) -> None:
    audit.record(session, actor, action, "recommendation", r.id, r.organisation_id, fields)


async def submit(
    session: AsyncSession, actor: Actor, recommendation_id: uuid.UUID, data: SubmitRequest
) -> Recommendation:
    """Send to the addressee with a response due date; also resubmits a deferred one."""
    recommendation = await access.find_recommendation(session, actor, recommendation_id)
    await access.require_officer(session, actor, recommendation.board_id)
    status, decision = _state(recommendation)
    check_transition(status, decision, S.SUBMITTED)
    now = utcnow()
    due = data.response_due_on
    if due is None:
        due = now.date() + timedelta(days=await response_due_days(session, recommendation.board_id))
    elif due < now.date():
        raise RuleViolation.field("/responseDueOn", "The response due date cannot be past.")
    resubmission = status == S.RESPONDED
    recommendation.status = S.SUBMITTED.value
    recommendation.submitted_at = now
    recommendation.first_submitted_at = recommendation.first_submitted_at or now
    recommendation.response_due_on = due
    # A new response period: the last decision is history, and a new overdue notice is due
    # if this period passes unanswered too.
    recommendation.decision = None
    recommendation.responded_at = None
    recommendation.revisit_on = None
    recommendation.overdue_notified_at = None
    recommendation.escalation_level = None
    recommendation.escalation_due_at = None
    recommendation.updated_at = now
    await access.flush_guarded(session)
    _record(
        session,
        actor,
        "recommendation.submitted",
        recommendation,
        {"status", "submitted_at", "response_due_on"},
    )
    audit.emit(
        session,
        recommendation.organisation_id,
        "recommendation.submitted",
        events.submitted(recommendation, resubmission),
    )
    return recommendation


async def withdraw(
    session: AsyncSession, actor: Actor, recommendation_id: uuid.UUID
) -> Recommendation:
    recommendation = await access.find_recommendation(session, actor, recommendation_id)
    await access.require_officer(session, actor, recommendation.board_id)
    check_transition(*_state(recommendation), S.WITHDRAWN)
    now = utcnow()
    recommendation.status = S.WITHDRAWN.value
    recommendation.closed_at = now
    recommendation.updated_at = now
    await access.flush_guarded(session)
    _record(session, actor, "recommendation.withdrawn", recommendation, {"status", "closed_at"})
    return recommendation


async def respond(
    session: AsyncSession, actor: Actor, recommendation_id: uuid.UUID, data: ResponseCreate
) -> tuple[Recommendation, RecommendationResponse]:
    """The addressee's decision, recorded by a partner system (or staff) on its behalf."""
    recommendation = await access.find_recommendation(session, actor, recommendation_id)
    require(actor, Permission.RECOMMENDATIONS_RESPOND)
    check_transition(*_state(recommendation), S.RESPONDED)
    now = utcnow()
    check_response(data, now.date())
    assert recommendation.submitted_at is not None
    assert recommendation.response_due_on is not None
    response = RecommendationResponse(
        organisation_id=recommendation.organisation_id,
        recommendation_id=recommendation.id,
        decision=data.decision.value,
        reasons=data.reasons or None,
        owner=data.owner,
        target_date=data.target_date,
        revisit_on=data.revisit_on,
        submitted_at=recommendation.submitted_at,
        response_due_on=recommendation.response_due_on,
        responded_at=now,
        recorded_by_type=actor.kind,
        recorded_by_id=actor.id,
    )
    session.add(response)
    recommendation.status = S.RESPONDED.value
    recommendation.decision = data.decision.value
    recommendation.responded_at = now
    recommendation.revisit_on = data.revisit_on
    if data.decision == Decision.NOT_ACCEPTED:
        recommendation.closed_at = now
    recommendation.updated_at = now
    await access.flush_guarded(session)
    _record(
        session,
        actor,
        "recommendation.responded",
        recommendation,
        {"status", "decision", "responded_at"} | data.model_fields_set,
    )
    audit.emit(
        session,
        recommendation.organisation_id,
        "recommendation.responded",
        events.responded(recommendation, response),
    )
    await response_notices.responded(session, actor, recommendation, response)
    await session.flush()
    return recommendation, response


async def add_update(
    session: AsyncSession, actor: Actor, recommendation_id: uuid.UUID, data: ProgressUpdateCreate
) -> tuple[Recommendation, ProgressUpdate]:
    recommendation = await access.find_recommendation(session, actor, recommendation_id)
    require(actor, Permission.RECOMMENDATIONS_RESPOND)
    target = RecommendationStatus(data.status.value)
    check_progress(*_state(recommendation), target)
    now = utcnow()
    noted_on = data.noted_on or now.date()
    if noted_on > now.date():
        raise RuleViolation.field("/notedOn", "A progress update cannot be dated in the future.")
    update = ProgressUpdate(
        organisation_id=recommendation.organisation_id,
        recommendation_id=recommendation.id,
        noted_on=noted_on,
        status=target.value,
        note=data.note,
        recorded_by_type=actor.kind,
        recorded_by_id=actor.id,
    )
    session.add(update)
    changed = {"updated_at"}
    if recommendation.status != target.value:
        recommendation.status = target.value
        changed.add("status")
    if target in (S.IMPLEMENTED, S.NOT_IMPLEMENTED):
        recommendation.closed_at = now
        changed.add("closed_at")
    # Bumps the version even for a note alone, so the ETag tells readers something moved.
    recommendation.updated_at = now
    await access.flush_guarded(session)
    _record(session, actor, "recommendation.progress_updated", recommendation, changed)
    return recommendation, update


async def reopen(
    session: AsyncSession, actor: Actor, recommendation_id: uuid.UUID, data: ReopenRequest
) -> tuple[Recommendation, ProgressUpdate]:
    """The change lapsed: an implemented recommendation goes back to in progress, and the
    reason is kept as a dated note among its progress updates. Whoever records progress
    may do it, and so may the board that made it, through its officers (or staff)."""
    recommendation = await access.find_recommendation(session, actor, recommendation_id)
    if not actor.can(Permission.RECOMMENDATIONS_RESPOND):
        if not actor.is_person:
            # A partner system is told the scope to ask for, not the board's roles.
            require(actor, Permission.RECOMMENDATIONS_RESPOND)
        await access.require_officer(session, actor, recommendation.board_id)
    check_reopen(*_state(recommendation))
    now = utcnow()
    update = ProgressUpdate(
        organisation_id=recommendation.organisation_id,
        recommendation_id=recommendation.id,
        noted_on=now.date(),
        status=S.IN_PROGRESS.value,
        note=data.reason,
        reopened=True,
        recorded_by_type=actor.kind,
        recorded_by_id=actor.id,
    )
    session.add(update)
    recommendation.status = S.IN_PROGRESS.value
    recommendation.closed_at = None
    recommendation.updated_at = now
    await access.flush_guarded(session)
    _record(session, actor, "recommendation.reopened", recommendation, {"status", "closed_at"})
    audit.emit(
        session,
        recommendation.organisation_id,
        "recommendation.reopened",
        events.reopened(recommendation, update),
    )
    return recommendation, update


async def list_updates(
    session: AsyncSession, actor: Actor, recommendation_id: uuid.UUID, page: PageRequest
) -> Page[ProgressUpdate]:
    require(actor, Permission.RECOMMENDATIONS_READ)
    recommendation = await access.find_recommendation(session, actor, recommendation_id)
    statement = select(ProgressUpdate).where(ProgressUpdate.recommendation_id == recommendation.id)
    return await paginate(session, statement, ProgressUpdate.id, page)
