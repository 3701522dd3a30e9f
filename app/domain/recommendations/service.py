"""Use cases for drafting recommendations, reading them, and batch loaders for nesting."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, not_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import (
    Board,
    Issue,
    Meeting,
    Poll,
    Recommendation,
    Theme,
)
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.errors import Conflict, RuleViolation
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.recommendations import access
from app.domain.recommendations.lifecycle import CLOSED, editable
from app.domain.recommendations.schemas import (
    Decision,
    RecommendationCreate,
    RecommendationStatus,
    RecommendationUpdate,
)
from app.domain.versions import Precondition, check_version

# Changing these changes what the board is saying: only while it is still the board's own.
_WORDING = frozenset(
    {"title", "body", "rationale", "priority", "addressed_to_board_id", "addressed_to"}
)
# The evidence the governance board was sent: after submission, only officers and staff
# may re-link it, or any member could quietly change what a recommendation rests on.
_EVIDENCE = frozenset({"theme_ids", "issue_ids", "agreed_by_poll_id"})


def tags(values: Iterable[str]) -> list[str]:
    return sorted({t.strip().lower() for t in values if t.strip()})


async def _check_ids(
    session: AsyncSession, model: type[Theme] | type[Issue], board_id: uuid.UUID, ids: set[Any]
) -> None:
    if not ids:
        return
    found = set(
        await session.scalars(
            select(model.id).where(col(model.id).in_(ids), model.board_id == board_id)
        )
    )
    if ids - found:
        pointer, what = ("/themeIds", "theme") if model is Theme else ("/issueIds", "issue")
        raise RuleViolation.field(pointer, f"Every {what} named must belong to this board.")


async def _check_meeting(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID | None, boards: set[uuid.UUID]
) -> None:
    if meeting_id is None:
        return
    found = await session.scalar(
        select(Meeting.id).where(
            Meeting.id == meeting_id,
            Meeting.organisation_id == actor.organisation_id,
            col(Meeting.board_id).in_(boards),
        )
    )
    if found is None:
        raise RuleViolation.field(
            "/presentedAtMeetingId",
            "The meeting must be one of this board or of the board it is addressed to.",
        )


async def _check_poll(
    session: AsyncSession, actor: Actor, poll_id: uuid.UUID | None, board_id: uuid.UUID
) -> None:
    """Only a poll of this board that was decided as agreed can say the group agreed."""
    if poll_id is None:
        return
    found = await session.scalar(
        select(Poll.id).where(
            Poll.id == poll_id,
            Poll.organisation_id == actor.organisation_id,
            Poll.board_id == board_id,
            Poll.status == "decided",
            Poll.outcome == "agreed",
        )
    )
    if found is None:
        raise RuleViolation.field(
            "/agreedByPollId", "The poll must be one of this board's, decided as agreed."
        )


async def _addressee(
    session: AsyncSession,
    actor: Actor,
    board: Board,
    target: uuid.UUID | None,
    named: str | None,
) -> uuid.UUID | None:
    if target is not None and named is not None:
        raise RuleViolation.field("/addressedTo", "Address a board or a named body, not both.")
    if named is not None:
        return None
    target = target or board.advises_board_id
    if target is None:
        raise RuleViolation.field(
            "/addressedToBoardId",
            "This board advises no governance board: give addressedToBoardId or addressedTo.",
        )
    if target == board.id:
        raise RuleViolation.field("/addressedToBoardId", "A board does not advise itself.")
    exists = await session.scalar(
        select(Board.id).where(Board.id == target, Board.organisation_id == actor.organisation_id)
    )
    if exists is None:
        raise RuleViolation.field("/addressedToBoardId", "No board with that ID exists here.")
    return target


async def create_recommendation(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: RecommendationCreate
) -> Recommendation:
    board = await access.board_for(session, actor, board_id)
    await access.require_drafter(session, actor, board.id)
    access.require_advisory(board)
    target = await _addressee(session, actor, board, data.addressed_to_board_id, data.addressed_to)
    await _check_ids(session, Theme, board.id, set(data.theme_ids))
    await _check_ids(session, Issue, board.id, set(data.issue_ids))
    boards = {board.id} | ({target} if target else set())
    await _check_meeting(session, actor, data.presented_at_meeting_id, boards)
    await _check_poll(session, actor, data.agreed_by_poll_id, board.id)
    recommendation = Recommendation(
        organisation_id=actor.organisation_id,
        board_id=board.id,
        addressed_to_board_id=target,
        addressed_to=data.addressed_to,
        title=data.title,
        body=data.body,
        rationale=data.rationale,
        priority=data.priority.value,
        topic_tags=tags(data.topic_tags),
        theme_ids=sorted(str(t) for t in set(data.theme_ids)),
        issue_ids=sorted(str(i) for i in set(data.issue_ids)),
        presented_at_meeting_id=data.presented_at_meeting_id,
        agreed_by_poll_id=data.agreed_by_poll_id,
        created_by=actor.id if actor.is_person else None,
    )
    session.add(recommendation)
    await session.flush()
    audit.record(
        session,
        actor,
        "recommendation.created",
        "recommendation",
        recommendation.id,
        recommendation.organisation_id,
        data.model_fields_set,
    )
    return recommendation


async def update_recommendation(
    session: AsyncSession,
    actor: Actor,
    recommendation_id: uuid.UUID,
    data: RecommendationUpdate,
    expected_version: Precondition,
) -> Recommendation:
    recommendation = await access.find_recommendation(session, actor, recommendation_id)
    await access.require_drafter(session, actor, recommendation.board_id)
    check_version(recommendation.version, expected_version)
    status = RecommendationStatus(recommendation.status)
    decision = Decision(recommendation.decision) if recommendation.decision else None
    changes = data.changes()
    if status in CLOSED:
        raise Conflict(f"A {status.value.replace('_', ' ')} recommendation no longer changes.")
    if changes.keys() & _WORDING and not editable(status, decision):
        raise Conflict(
            "Once submitted, the wording and addressee stay as sent; only the supporting "
            "themes, issues, tags and meeting can change (or resubmit it after a deferral)."
        )
    if changes.keys() & _EVIDENCE and not editable(status, decision):
        await access.require_officer(session, actor, recommendation.board_id)
    if changes.keys() & {"addressed_to_board_id", "addressed_to"}:
        # Naming one addressee replaces the other; clearing both means the advised board.
        board = await access.board_for(session, actor, recommendation.board_id)
        named = changes.get("addressed_to")
        target = changes.get("addressed_to_board_id")
        changes["addressed_to_board_id"] = await _addressee(session, actor, board, target, named)
        changes["addressed_to"] = named
    if "theme_ids" in changes:
        await _check_ids(session, Theme, recommendation.board_id, set(changes["theme_ids"]))
        changes["theme_ids"] = sorted(str(t) for t in set(changes["theme_ids"]))
    if "issue_ids" in changes:
        await _check_ids(session, Issue, recommendation.board_id, set(changes["issue_ids"]))
        changes["issue_ids"] = sorted(str(i) for i in set(changes["issue_ids"]))
    if "topic_tags" in changes:
        changes["topic_tags"] = tags(changes["topic_tags"])
    if changes.get("agreed_by_poll_id") is not None:
        await _check_poll(session, actor, changes["agreed_by_poll_id"], recommendation.board_id)
    if "priority" in changes:
        changes["priority"] = changes["priority"].value
    if changes.get("presented_at_meeting_id") is not None:
        target = changes.get("addressed_to_board_id", recommendation.addressed_to_board_id)
        boards = {recommendation.board_id} | ({target} if target else set())
        await _check_meeting(session, actor, changes["presented_at_meeting_id"], boards)
    await store.patch(
        session,
        actor,
        recommendation,
        changes,
        "recommendation",
        flush=lambda: access.flush_guarded(session),
    )
    return recommendation


async def get_recommendation(
    session: AsyncSession, actor: Actor, recommendation_id: uuid.UUID
) -> Recommendation:
    require(actor, Permission.RECOMMENDATIONS_READ)
    return await access.find_recommendation(session, actor, recommendation_id)


def overdue_clause(today: Any) -> Any:
    return and_(
        col(Recommendation.status) == RecommendationStatus.SUBMITTED.value,
        col(Recommendation.response_due_on) < today,
    )


async def list_recommendations(
    session: AsyncSession,
    actor: Actor,
    board_id: uuid.UUID,
    page: PageRequest,
    *,
    status: RecommendationStatus | None = None,
    overdue: bool | None = None,
) -> Page[Recommendation]:
    """Recommendations made by this board, or addressed to it."""
    require(actor, Permission.RECOMMENDATIONS_READ)
    board = await access.board_for(session, actor, board_id)
    drafts = await access.draft_boards(session, actor, [board.id])
    statement = select(Recommendation).where(
        access.visible(actor, drafts),
        (col(Recommendation.board_id) == board.id)
        | (col(Recommendation.addressed_to_board_id) == board.id),
    )
    if status is not None:
        statement = statement.where(Recommendation.status == status.value)
    if overdue is not None:
        clause = overdue_clause(utcnow().date())
        statement = statement.where(clause if overdue else not_(clause))
    return await paginate(session, statement, Recommendation.id, page)
