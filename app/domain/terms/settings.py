"""A board's term settings, in this area's own table (``boards`` is another area's)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, BoardTermSettings
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.terms.schemas import TermSettingsInput

DEFAULTS = TermSettingsInput()


async def board_for(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> Board:
    return await store.one(session, Board, board_id, store.in_org(Board, actor), "board")


async def for_boards(
    session: AsyncSession, board_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, BoardTermSettings]:
    wanted = set(board_ids)
    if not wanted:
        return {}
    rows = await session.scalars(
        select(BoardTermSettings).where(col(BoardTermSettings.board_id).in_(wanted))
    )
    return {r.board_id: r for r in rows}


async def effective(session: AsyncSession, board_id: uuid.UUID) -> TermSettingsInput:
    row = (await for_boards(session, [board_id])).get(board_id)
    if row is None:
        return DEFAULTS
    return TermSettingsInput.model_validate(
        {"alertDays": row.alert_days, "freshnessYears": row.freshness_years}
    )


async def get_settings(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID
) -> tuple[uuid.UUID, TermSettingsInput]:
    require(actor, Permission.BOARDS_READ)
    board = await board_for(session, actor, board_id)
    return board.id, await effective(session, board.id)


async def set_settings(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: TermSettingsInput
) -> tuple[uuid.UUID, TermSettingsInput]:
    board = await board_for(session, actor, board_id)
    require(actor, Permission.TERMS_MANAGE)
    row = await store.board_settings_row(
        session, BoardTermSettings, board.organisation_id, board.id
    )
    changed = store.apply(
        row, {"alert_days": data.alert_days, "freshness_years": data.freshness_years}
    )
    if changed:
        row.updated_at = utcnow()
        await session.flush()
        audit.record(
            session,
            actor,
            "term_settings.updated",
            "board",
            board.id,
            board.organisation_id,
            changed,
        )
    return board.id, data
