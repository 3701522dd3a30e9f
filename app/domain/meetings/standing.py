"""Standing agenda items: what every new meeting of a board starts its agenda with.

A meeting copies the list when it is scheduled (``standing_agenda``), so each meeting's
agenda is its own: editing the board's list later changes only meetings made after it,
and a meeting's copy is edited like any agenda (PATCH of the meeting's ``agenda``).
Positions run 1..n with no gaps; every write renumbers the board's list in one place.
"""

from __future__ import annotations

import uuid

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, StandingAgendaItem
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.service import readable as readable_boards
from app.domain.meetings.schemas import AgendaItemInput, StandingItemCreate, StandingItemUpdate
from app.domain.versions import Precondition, check_version

ENTITY = "standing_agenda_item"


def _tags(tags: list[str]) -> list[str]:
    # As a meeting's agenda keeps them: matched against declared interests in rotation.
    return sorted({t.strip().lower() for t in tags if t.strip()})


async def _board(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> Board:
    return await store.one(session, Board, board_id, readable_boards(actor), "board")


async def _items(session: AsyncSession, board_id: uuid.UUID) -> list[StandingAgendaItem]:
    rows = await session.scalars(
        select(StandingAgendaItem)
        .where(StandingAgendaItem.board_id == board_id)
        .order_by(col(StandingAgendaItem.position), col(StandingAgendaItem.id))
    )
    return list(rows)


async def _lock_board(session: AsyncSession, board_id: uuid.UUID) -> None:
    """Writes to one board's list queue behind each other (a no-op UPDATE: the row lock on
    PostgreSQL, the write lock on SQLite), so two inserts cannot take one position."""
    await session.execute(
        update(Board)
        .where(col(Board.id) == board_id)
        .values(version=Board.version)
        .execution_options(synchronize_session=False)
    )


def _renumber(items: list[StandingAgendaItem]) -> None:
    for position, item in enumerate(items, start=1):
        if item.position != position:
            item.position = position
            item.updated_at = utcnow()


async def list_items(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID
) -> list[StandingAgendaItem]:
    require(actor, Permission.MEETINGS_READ)
    board = await _board(session, actor, board_id)
    return await _items(session, board.id)


async def get_item(session: AsyncSession, actor: Actor, item_id: uuid.UUID) -> StandingAgendaItem:
    require(actor, Permission.MEETINGS_READ)
    return await store.one(
        session, StandingAgendaItem, item_id, store.in_org(StandingAgendaItem, actor), "item"
    )


async def create_item(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: StandingItemCreate
) -> StandingAgendaItem:
    require(actor, Permission.MEETINGS_WRITE)
    board = await _board(session, actor, board_id)
    await _lock_board(session, board.id)
    items = await _items(session, board.id)
    item = StandingAgendaItem(
        organisation_id=board.organisation_id,
        board_id=board.id,
        position=len(items) + 1,
        title=data.title,
        topic_tags=_tags(data.topic_tags),
    )
    session.add(item)
    at = min(data.position or len(items) + 1, len(items) + 1)
    items.insert(at - 1, item)
    _renumber(items)
    await session.flush()
    audit.record(
        session,
        actor,
        f"{ENTITY}.created",
        ENTITY,
        item.id,
        item.organisation_id,
        data.model_fields_set,
    )
    return item


async def update_item(
    session: AsyncSession,
    actor: Actor,
    item_id: uuid.UUID,
    data: StandingItemUpdate,
    expected_version: Precondition,
) -> StandingAgendaItem:
    """Changes the board's list only: meetings already scheduled keep their agendas."""
    item = await get_item(session, actor, item_id)
    require(actor, Permission.MEETINGS_WRITE)
    check_version(item.version, expected_version)
    changes = data.changes()
    if "topic_tags" in changes:
        changes["topic_tags"] = _tags(changes["topic_tags"])
    position = changes.pop("position", None)
    changed = store.apply(item, changes)
    if position is not None and position != item.position:
        await _lock_board(session, item.board_id)
        items = [i for i in await _items(session, item.board_id) if i.id != item.id]
        items.insert(min(position, len(items) + 1) - 1, item)
        _renumber(items)
        changed.add("position")
    await store.record_update(session, actor, item, changed, ENTITY)
    return item


async def delete_item(session: AsyncSession, actor: Actor, item_id: uuid.UUID) -> None:
    item = await get_item(session, actor, item_id)
    require(actor, Permission.MEETINGS_WRITE)
    await _lock_board(session, item.board_id)
    await session.delete(item)
    await session.flush()
    _renumber(await _items(session, item.board_id))
    await session.flush()
    audit.record(session, actor, f"{ENTITY}.deleted", ENTITY, item.id, item.organisation_id)


async def standing_agenda(session: AsyncSession, board_id: uuid.UUID) -> list[AgendaItemInput]:
    """The board's list as agenda items, for a meeting being scheduled to copy."""
    return [
        AgendaItemInput.model_validate({"title": i.title, "topicTags": list(i.topic_tags)})
        for i in await _items(session, board_id)
    ]
