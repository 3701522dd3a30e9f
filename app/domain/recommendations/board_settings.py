"""Per-board settings for recommendations: how many days the addressee has to respond.

Kept in a table of this area's own rather than on ``boards``, which another area owns.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import RecommendationSettings
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.recommendations.access import board_for
from app.domain.recommendations.schemas import RecommendationSettingsInput

DEFAULT_RESPONSE_DUE_DAYS = 28


@dataclass(frozen=True)
class BoardRecommendationSettings:
    board_id: uuid.UUID
    response_due_days: int


async def response_due_days(session: AsyncSession, board_id: uuid.UUID) -> int:
    days = await session.scalar(
        select(RecommendationSettings.response_due_days).where(
            RecommendationSettings.board_id == board_id
        )
    )
    return DEFAULT_RESPONSE_DUE_DAYS if days is None else days


async def get_settings(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID
) -> BoardRecommendationSettings:
    require(actor, Permission.RECOMMENDATIONS_READ)
    board = await board_for(session, actor, board_id)
    return BoardRecommendationSettings(board.id, await response_due_days(session, board.id))


async def set_settings(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: RecommendationSettingsInput
) -> BoardRecommendationSettings:
    """Coordinators set the period; it applies to submissions from now on, not to due dates
    already given."""
    board = await board_for(session, actor, board_id)
    require(actor, Permission.RECOMMENDATIONS_WRITE)
    row = await session.scalar(
        select(RecommendationSettings).where(RecommendationSettings.board_id == board.id)
    )
    if row is None:
        row = RecommendationSettings(
            organisation_id=board.organisation_id,
            board_id=board.id,
            response_due_days=data.response_due_days,
        )
        try:
            # A savepoint, so a concurrent first write loses only this insert, not the request.
            async with session.begin_nested():
                session.add(row)
        except IntegrityError:
            row = await session.scalar(
                select(RecommendationSettings).where(RecommendationSettings.board_id == board.id)
            )
            assert row is not None
    if row.response_due_days != data.response_due_days:
        row.response_due_days = data.response_due_days
        row.updated_at = utcnow()
        await session.flush()
    audit.record(
        session,
        actor,
        "recommendation_settings.updated",
        "board",
        board.id,
        board.organisation_id,
        {"response_due_days"},
    )
    return BoardRecommendationSettings(board.id, row.response_due_days)
