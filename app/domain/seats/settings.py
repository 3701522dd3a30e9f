"""How an advisory board runs its seats, in this area's own table (``boards`` is another
area's). A board without a row has the defaults."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import BoardSeatSettings
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.service import get_board
from app.domain.seats.schemas import SeatSettingsInput

DEFAULTS = SeatSettingsInput()


async def _row(session: AsyncSession, board_id: uuid.UUID) -> BoardSeatSettings | None:
    row: BoardSeatSettings | None = await session.scalar(
        select(BoardSeatSettings).where(BoardSeatSettings.board_id == board_id)
    )
    return row


async def effective(session: AsyncSession, board_id: uuid.UUID) -> SeatSettingsInput:
    row = await _row(session, board_id)
    if row is None:
        return DEFAULTS
    return SeatSettingsInput.model_validate(
        {"allowTwoSeats": row.allow_two_seats, "declinedFixedToPool": row.declined_fixed_to_pool}
    )


async def get_settings(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID
) -> tuple[uuid.UUID, SeatSettingsInput]:
    board = await get_board(session, actor, board_id)
    require(actor, Permission.SEATS_READ)
    return board.id, await effective(session, board.id)


async def set_settings(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: SeatSettingsInput
) -> tuple[uuid.UUID, SeatSettingsInput]:
    board = await get_board(session, actor, board_id)
    require(actor, Permission.SEATS_MANAGE)
    row = await store.board_settings_row(
        session, BoardSeatSettings, board.organisation_id, board.id
    )
    changed = store.apply(
        row,
        {
            "allow_two_seats": data.allow_two_seats,
            "declined_fixed_to_pool": data.declined_fixed_to_pool,
        },
    )
    if changed:
        row.updated_at = utcnow()
        await session.flush()
        audit.record(
            session,
            actor,
            "seat_settings.updated",
            "board",
            board.id,
            board.organisation_id,
            changed,
        )
    return board.id, data
