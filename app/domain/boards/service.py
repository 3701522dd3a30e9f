"""Use cases for boards."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.schemas import AdvisedBoardPapers, BoardCreate, BoardKind, BoardUpdate
from app.domain.errors import RuleViolation
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.versions import Precondition, check_version


def readable(actor: Actor) -> ColumnElement[bool]:
    return col(Board.organisation_id) == actor.organisation_id


async def get_board(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> Board:
    require(actor, Permission.BOARDS_READ)
    return await store.one(session, Board, board_id, readable(actor), "board")


async def boards_by_ids(
    session: AsyncSession, actor: Actor, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Board]:
    """One query for any number of boards: what GraphQL loaders and nested lists use."""
    require(actor, Permission.BOARDS_READ)
    wanted = set(ids)
    if not wanted:
        return {}
    rows = await session.scalars(select(Board).where(col(Board.id).in_(wanted), readable(actor)))
    return {b.id: b for b in rows}


async def list_boards(
    session: AsyncSession, actor: Actor, page: PageRequest, *, kind: BoardKind | None = None
) -> Page[Board]:
    require(actor, Permission.BOARDS_READ)
    statement = select(Board).where(readable(actor))
    if kind is not None:
        statement = statement.where(Board.kind == kind.value)
    return await paginate(session, statement, Board.id, page)


async def _check_advises(
    session: AsyncSession, actor: Actor, kind: str, advises_board_id: uuid.UUID | None
) -> None:
    if advises_board_id is None:
        return
    if kind != BoardKind.ADVISORY:
        raise RuleViolation.field(
            "/advisesBoardId", "Only an advisory board can advise another board."
        )
    target = await session.scalar(
        select(Board).where(Board.id == advises_board_id, readable(actor))
    )
    if target is None:
        raise RuleViolation.field("/advisesBoardId", "No board with that ID exists here.")
    if target.kind != BoardKind.GOVERNANCE:
        raise RuleViolation.field(
            "/advisesBoardId", "An advisory board advises a governance board."
        )


def _check_advised_papers(kind: str, value: AdvisedBoardPapers | None) -> None:
    # Only an advisory board receives another board's papers; on a governance board a
    # narrower setting would read as a rule that does nothing.
    if value == AdvisedBoardPapers.SEAT_HOLDERS and kind != BoardKind.ADVISORY:
        raise RuleViolation.field(
            "/advisedBoardPapers", "Only an advisory board receives the papers of another."
        )


async def create_board(session: AsyncSession, actor: Actor, data: BoardCreate) -> Board:
    require(actor, Permission.BOARDS_WRITE)
    await _check_advises(session, actor, data.kind, data.advises_board_id)
    _check_advised_papers(data.kind, data.advised_board_papers)
    board = Board(organisation_id=actor.organisation_id, **data.model_dump())
    board.kind = data.kind.value
    board.advised_board_papers = data.advised_board_papers.value
    session.add(board)
    await session.flush()
    audit.record(
        session,
        actor,
        "board.created",
        "board",
        board.id,
        board.organisation_id,
        data.model_fields_set,
    )
    return board


async def update_board(
    session: AsyncSession,
    actor: Actor,
    board_id: uuid.UUID,
    data: BoardUpdate,
    expected_version: Precondition,
) -> Board:
    board = await get_board(session, actor, board_id)
    require(actor, Permission.BOARDS_WRITE)
    check_version(board.version, expected_version)
    changes = data.changes()
    if "advises_board_id" in changes:
        if changes["advises_board_id"] == board.id:
            raise RuleViolation.field("/advisesBoardId", "A board cannot advise itself.")
        await _check_advises(session, actor, board.kind, changes["advises_board_id"])
    if "advised_board_papers" in changes:
        _check_advised_papers(board.kind, changes["advised_board_papers"])
    await store.patch(session, actor, board, changes, "board")
    return board
