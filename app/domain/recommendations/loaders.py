"""Batch loaders: many boards' or recommendations' children in one query each, for nested
REST lists and GraphQL data loaders alike."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import ColumnElement, not_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import ProgressUpdate, Recommendation, RecommendationResponse
from app.db.types import utcnow
from app.domain import store
from app.domain.actors import Actor, Permission, require
from app.domain.pagination import Page, PageRequest, encode_cursor, paginate_each
from app.domain.recommendations import access
from app.domain.recommendations.schemas import RecommendationStatus
from app.domain.recommendations.service import overdue_clause


async def recommendations_by_board(
    session: AsyncSession, actor: Actor, board_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[Recommendation]]:
    """Recommendations of many advisory boards in two queries (GraphQL loaders)."""
    require(actor, Permission.RECOMMENDATIONS_READ)
    wanted = set(board_ids)
    result: dict[uuid.UUID, list[Recommendation]] = {b: [] for b in wanted}
    if not wanted:
        return result
    drafts = await access.draft_boards(session, actor, wanted)
    rows = await session.scalars(
        select(Recommendation)
        .where(access.visible(actor, drafts), col(Recommendation.board_id).in_(wanted))
        .order_by(col(Recommendation.id))
    )
    for row in rows:
        result[row.board_id].append(row)
    return result


async def responses_by_recommendation(
    session: AsyncSession, actor: Actor, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[RecommendationResponse]]:
    """Responses of many (already visible) recommendations, oldest first, in one query."""
    return await store.children(
        session,
        RecommendationResponse,
        RecommendationResponse.recommendation_id,
        ids,
        store.in_org(RecommendationResponse, actor),
        order_by=col(RecommendationResponse.id),
    )


async def updates_by_recommendation(
    session: AsyncSession, actor: Actor, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[ProgressUpdate]]:
    """Progress updates of many (already visible) recommendations, in one query."""
    return await store.children(
        session,
        ProgressUpdate,
        ProgressUpdate.recommendation_id,
        ids,
        store.in_org(ProgressUpdate, actor),
        order_by=col(ProgressUpdate.id),
    )


async def recommendation_pages_by_board(
    session: AsyncSession,
    actor: Actor,
    board_ids: Iterable[uuid.UUID],
    page: PageRequest,
    *,
    status: RecommendationStatus | None = None,
    overdue: bool | None = None,
) -> dict[uuid.UUID, Page[Recommendation]]:
    """``service.list_recommendations`` for many boards: the same page of what each board
    made or received, by the same visibility rule, in at most three queries however many
    boards. A board's drafts show only under that board; those it received only once
    submitted."""
    require(actor, Permission.RECOMMENDATIONS_READ)
    wanted = set(board_ids)
    if not wanted:
        return {}
    criteria: list[ColumnElement[bool]] = []
    if status is not None:
        criteria.append(col(Recommendation.status) == status.value)
    if overdue is not None:
        clause = overdue_clause(utcnow().date())
        criteria.append(clause if overdue else not_(clause))
    drafts = await access.draft_boards(session, actor, wanted)
    made = await paginate_each(
        session,
        Recommendation,
        col(Recommendation.board_id),
        col(Recommendation.id),
        wanted,
        page,
        access.visible(actor, drafts),
        *criteria,
    )
    received = await paginate_each(
        session,
        Recommendation,
        col(Recommendation.addressed_to_board_id),
        col(Recommendation.id),
        wanted,
        page,
        col(Recommendation.organisation_id) == actor.organisation_id,
        col(Recommendation.first_submitted_at).is_not(None),
        *criteria,
    )
    pages: dict[uuid.UUID, Page[Recommendation]] = {}
    for board_id in wanted:
        # Each side holds its own first page, so their union holds the board's.
        first, second = made[board_id], received[board_id]
        rows = sorted({r.id: r for r in [*first.items, *second.items]}.values(), key=_id)
        more = len(rows) > page.limit or bool(first.next_cursor or second.next_cursor)
        rows = rows[: page.limit]
        pages[board_id] = Page(rows, encode_cursor(rows[-1].id) if more and rows else None)
    return pages


def _id(row: Recommendation) -> uuid.UUID:
    return row.id
