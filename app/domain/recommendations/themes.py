"""Themes: coordinators' groupings of issues, and the only view of the issue log that
leaves the organisation's people, as counts with small numbers suppressed."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Issue, Theme
from app.domain import audit, disclosure, store
from app.domain.actors import Actor, Permission, require
from app.domain.recommendations import access
from app.domain.recommendations.schemas import ThemeCreate, ThemeUpdate
from app.domain.versions import Precondition, check_version


@dataclass(frozen=True)
class ThemeCount:
    theme_id: uuid.UUID
    name: str
    issue_count: int | None
    suppressed: bool


@dataclass(frozen=True)
class ThemeSummary:
    # The organisation's `smallCountThreshold`: a handful of issues about one wing can
    # identify people.
    suppressed_below: int
    themes: list[ThemeCount]


async def _counts(session: AsyncSession, board_id: uuid.UUID) -> dict[uuid.UUID, int]:
    rows = await session.execute(
        select(col(Issue.theme_id), func.count())
        .where(Issue.board_id == board_id, col(Issue.theme_id).is_not(None))
        .group_by(col(Issue.theme_id))
    )
    return {theme_id: count for theme_id, count in rows if theme_id is not None}


async def list_themes(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID
) -> list[tuple[Theme, int]]:
    """Themes with their exact issue counts, for those who may read the issue log."""
    board = await access.board_for(session, actor, board_id)
    await access.require_issue_log(session, actor, board.id)
    themes = await session.scalars(
        select(Theme).where(Theme.board_id == board.id).order_by(col(Theme.name))
    )
    counts = await _counts(session, board.id)
    return [(t, counts.get(t.id, 0)) for t in themes]


async def theme_summary(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> ThemeSummary:
    """Counts per theme as anyone may see them, partner systems included. No total and no
    "unthemed" count: either would let a reader work a withheld count out."""
    require(actor, Permission.RECOMMENDATIONS_READ)
    board = await access.board_for(session, actor, board_id)
    themes = await session.scalars(
        select(Theme).where(Theme.board_id == board.id).order_by(col(Theme.name))
    )
    counts = await _counts(session, board.id)
    threshold = await disclosure.threshold_for(session, board.organisation_id)
    result = []
    for theme in themes:
        shown = disclosure.suppress(counts.get(theme.id, 0), threshold)
        result.append(ThemeCount(theme.id, theme.name, shown, shown is None))
    return ThemeSummary(threshold, result)


async def get_theme(session: AsyncSession, actor: Actor, theme_id: uuid.UUID) -> Theme:
    theme = await store.one(session, Theme, theme_id, store.in_org(Theme, actor), "theme")
    await access.require_issue_log(session, actor, theme.board_id)
    return theme


async def create_theme(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: ThemeCreate
) -> Theme:
    board = await access.board_for(session, actor, board_id)
    require(actor, Permission.ISSUES_MANAGE)
    access.require_advisory(board)
    theme = Theme(
        organisation_id=board.organisation_id,
        board_id=board.id,
        name=data.name,
        description=data.description,
    )
    session.add(theme)
    await access.flush_guarded(session)
    audit.record(
        session,
        actor,
        "theme.created",
        "theme",
        theme.id,
        theme.organisation_id,
        data.model_fields_set,
    )
    return theme


async def update_theme(
    session: AsyncSession,
    actor: Actor,
    theme_id: uuid.UUID,
    data: ThemeUpdate,
    expected: Precondition,
) -> Theme:
    theme = await get_theme(session, actor, theme_id)
    require(actor, Permission.ISSUES_MANAGE)
    check_version(theme.version, expected)
    changes = data.changes()
    await store.patch(
        session, actor, theme, changes, "theme", flush=lambda: access.flush_guarded(session)
    )
    return theme
