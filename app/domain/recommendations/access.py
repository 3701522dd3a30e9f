"""Who may see and do what with a board's recommendations and issue log.

Drafts are the advisory board's own business until submitted: staff and the board's
active members see them; everyone else, partner systems included, sees a recommendation
only once it has been submitted at least once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import ColumnElement, false, or_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import col, select

from app.db.models import Board, Membership, Recommendation
from app.domain import store
from app.domain.actors import Actor, Permission
from app.domain.boards.roles import board_role, require_permission_or_board_role
from app.domain.boards.schemas import BoardKind, MembershipRole, MembershipStatus
from app.domain.errors import Conflict, NotFound, PermissionDenied, RuleViolation

# Submitting and withdrawing speak for the whole board: its officers (or staff) do that.
OFFICERS = (MembershipRole.CHAIR, MembershipRole.VICE_CHAIR, MembershipRole.SECRETARY)
ANY_MEMBER = tuple(MembershipRole)


async def board_for(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> Board:
    """Tenancy alone: a partner system with recommendation scopes but not boards:read must
    still reach a board's recommendations."""
    return await store.one(session, Board, board_id, store.in_org(Board, actor), "board")


def require_advisory(board: Board) -> None:
    if board.kind != BoardKind.ADVISORY:
        raise RuleViolation(
            "Recommendations and the issue log belong to an advisory board, not a governance one."
        )


async def is_board_member(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> bool:
    return await board_role(session, actor, board_id) is not None


async def sees_drafts(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> bool:
    if actor.can(Permission.RECOMMENDATIONS_WRITE):
        return True
    return await is_board_member(session, actor, board_id)


async def draft_boards(
    session: AsyncSession, actor: Actor, board_ids: Iterable[uuid.UUID]
) -> set[uuid.UUID]:
    """Of these boards, those whose drafts the actor may see: one query for any number."""
    wanted = set(board_ids)
    if actor.can(Permission.RECOMMENDATIONS_WRITE):
        return wanted
    if not actor.is_person or not wanted:
        return set()
    rows = await session.scalars(
        select(Membership.board_id).where(
            col(Membership.board_id).in_(wanted),
            Membership.person_id == actor.id,
            Membership.status == MembershipStatus.ACTIVE.value,
        )
    )
    return set(rows)


def visible(actor: Actor, drafts_of: Iterable[uuid.UUID]) -> ColumnElement[bool]:
    """Recommendations of the actor's organisation they may see."""
    drafts = set(drafts_of)
    own_drafts = col(Recommendation.board_id).in_(drafts) if drafts else false()
    return (col(Recommendation.organisation_id) == actor.organisation_id) & or_(
        col(Recommendation.first_submitted_at).is_not(None), own_drafts
    )


async def find_recommendation(
    session: AsyncSession, actor: Actor, recommendation_id: uuid.UUID
) -> Recommendation:
    """Tenancy and draft visibility; callers add the permission the step needs."""
    recommendation = await store.one(
        session,
        Recommendation,
        recommendation_id,
        store.in_org(Recommendation, actor),
        "recommendation",
    )
    if recommendation.first_submitted_at is None and not await sees_drafts(
        session, actor, recommendation.board_id
    ):
        raise NotFound("recommendation")
    return recommendation


async def require_drafter(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> None:
    """Any active member of the board drafts; staff may too."""
    await require_permission_or_board_role(
        session, actor, board_id, Permission.RECOMMENDATIONS_WRITE, ANY_MEMBER
    )


async def require_officer(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> None:
    await require_permission_or_board_role(
        session, actor, board_id, Permission.RECOMMENDATIONS_WRITE, OFFICERS
    )


async def require_issue_log(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> None:
    """Members and representatives keep the log; coordinators manage it. Partner systems
    never see single issues, only suppressed counts per theme."""
    if actor.can(Permission.ISSUES_MANAGE):
        return
    if not await is_board_member(session, actor, board_id):
        raise PermissionDenied("The issue log is open to the board's members and coordinators.")


async def flush_guarded(session: AsyncSession) -> None:
    """Two writers racing on one row: the loser gets a 409 to retry, never a 500."""
    try:
        await session.flush()
    except StaleDataError:
        raise Conflict(
            "This recommendation changed while the request ran; fetch it again and retry."
        ) from None
    except IntegrityError as error:
        if "uq_themes_board_id_name" in str(error.orig) or "themes.board_id" in str(error.orig):
            raise Conflict("This board already has a theme of that name.") from None
        raise
