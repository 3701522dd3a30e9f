"""A board's opt-in to a public page of its record.

Publishing and unpublishing are audited (``board.published``, ``board.unpublished``) and
emitted as events of the same names, carrying the board's ID and slug only. A board
without a row, or with ``published`` false, has no public page: its slug answers 404.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, BoardPublication
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.service import readable as readable_boards
from app.domain.errors import Conflict, NotFound
from app.domain.publishing.schemas import PublicationInput


async def by_boards(
    session: AsyncSession, board_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, BoardPublication]:
    """Many boards' settings in one query (GraphQL's nested field)."""
    wanted = set(board_ids)
    if not wanted:
        return {}
    rows = await session.scalars(
        select(BoardPublication).where(col(BoardPublication.board_id).in_(wanted))
    )
    return {r.board_id: r for r in rows}


async def get_publication(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID
) -> BoardPublication | None:
    """None when the board has never been given a slug."""
    require(actor, Permission.BOARDS_READ)
    board = await store.one(session, Board, board_id, readable_boards(actor), "board")
    return (await by_boards(session, [board.id])).get(board.id)


async def _slug_taken(session: AsyncSession, slug: str, board_id: uuid.UUID) -> bool:
    other = await session.scalar(
        select(BoardPublication.id).where(
            BoardPublication.slug == slug, BoardPublication.board_id != board_id
        )
    )
    return other is not None


def _taken() -> Conflict:
    # Says nothing of whose: the slug may be another organisation's.
    return Conflict("That slug is taken; choose another for /slug.")


async def set_publication(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: PublicationInput
) -> BoardPublication:
    require(actor, Permission.PUBLISHING_MANAGE)
    board = await store.one(session, Board, board_id, readable_boards(actor), "board")
    if await _slug_taken(session, data.slug, board.id):
        raise _taken()
    row = await session.scalar(
        select(BoardPublication).where(BoardPublication.board_id == board.id).with_for_update()
    )
    was_published = row is not None and row.published
    values: dict[str, object] = {
        "slug": data.slug,
        "published": data.published,
        "easy_read_summary": data.easy_read_summary,
    }
    if row is None:
        row = BoardPublication(
            organisation_id=board.organisation_id,
            board_id=board.id,
            slug=data.slug,
            published=data.published,
            easy_read_summary=data.easy_read_summary,
        )
        changed = {k for k, v in values.items() if v not in (None, False)} | {"slug"}
        try:
            # A savepoint: a concurrent first write, or a slug claimed meanwhile, loses
            # only this insert.
            async with session.begin_nested():
                session.add(row)
        except IntegrityError:
            raise _taken() from None
    else:
        changed = store.apply(row, values)
        if changed:
            row.updated_at = utcnow()
            try:
                async with session.begin_nested():
                    await session.flush()
            except IntegrityError:
                raise _taken() from None
    if data.published and not was_published:
        row.published_at = utcnow()
        await session.flush()
    elif not data.published and was_published:
        row.published_at = None
        await session.flush()
    if changed:
        audit.record(
            session,
            actor,
            "publication.updated",
            "board",
            board.id,
            board.organisation_id,
            changed,
        )
    if data.published != was_published:
        step = "board.published" if data.published else "board.unpublished"
        audit.record(session, actor, step, "board", board.id, board.organisation_id, {"published"})
        payload = {"boardId": str(board.id)}
        if data.published:
            payload["slug"] = row.slug
        audit.emit(session, board.organisation_id, step, payload)
    return row


async def published_board(session: AsyncSession, slug: str) -> tuple[Board, BoardPublication]:
    """The board behind a public slug, if it is published; NotFound otherwise, the same
    for a slug never given, an unpublished board and a changed slug."""
    found = (
        await session.execute(
            select(Board, BoardPublication)
            .join(BoardPublication, col(BoardPublication.board_id) == col(Board.id))
            .where(BoardPublication.slug == slug, col(BoardPublication.published).is_(True))
        )
    ).first()
    if found is None:
        raise NotFound("page")
    return found[0], found[1]
