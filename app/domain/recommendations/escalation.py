"""Escalation levels per board, and each governance board's senior sponsor.

A board's levels are ordered by ``position`` (for example: raised with staff, raised with
the wellbeing champion, escalated to the governor, referred to an outside body), each with
an owner and a response time in days. An issue climbs its own board's levels; a
recommendation left unanswered past its due date climbs the levels of the board it is
addressed to, the one that owes the answer. ``escalation_sweep.py`` moves them.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, BoardSponsor, EscalationLevel, Issue, Person
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.schemas import BoardKind
from app.domain.errors import Conflict, NotFound, RuleViolation
from app.domain.recommendations.access import board_for
from app.domain.recommendations.issue_lifecycle import next_level
from app.domain.recommendations.schemas import (
    EscalationLevelCreate,
    EscalationLevelUpdate,
    SponsorInput,
)
from app.domain.versions import Precondition, check_version


async def levels_of(
    session: AsyncSession, board_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[EscalationLevel]]:
    """Every board's levels in order, in one query."""
    wanted = set(board_ids)
    found: dict[uuid.UUID, list[EscalationLevel]] = defaultdict(list)
    if not wanted:
        return found
    rows = await session.scalars(
        select(EscalationLevel)
        .where(col(EscalationLevel.board_id).in_(wanted))
        .order_by(col(EscalationLevel.board_id), col(EscalationLevel.position))
    )
    for row in rows:
        found[row.board_id].append(row)
    return found


def step(
    levels: list[EscalationLevel], current: int | None, now: datetime
) -> tuple[EscalationLevel | None, datetime | None]:
    """The level an item moves to from ``current`` and when that level's time runs out;
    no time at the top, where there is nowhere further to go."""
    positions = [level.position for level in levels]
    target = next_level(positions, current)
    if target is None:
        return None, None
    level = next(level for level in levels if level.position == target)
    due = now + timedelta(days=level.response_days)
    return level, (due if next_level(positions, target) is not None else None)


async def start_issue(session: AsyncSession, issue: Issue) -> EscalationLevel | None:
    """A new (or reopened) issue starts at its board's first level, if it has levels."""
    levels = (await levels_of(session, [issue.board_id])).get(issue.board_id, [])
    level, due = step(levels, None, utcnow())
    issue.escalation_level = level.position if level else None
    issue.escalation_due_at = due
    return level


async def _owner(session: AsyncSession, actor: Actor, person_id: uuid.UUID, pointer: str) -> None:
    found = await session.scalar(
        select(Person.id).where(
            Person.id == person_id,
            Person.organisation_id == actor.organisation_id,
            col(Person.active).is_(True),
        )
    )
    if found is None:
        raise RuleViolation.field(pointer, "No active person of the organisation has that ID.")


async def list_levels(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID
) -> list[EscalationLevel]:
    require(actor, Permission.BOARDS_READ)
    board = await board_for(session, actor, board_id)
    return (await levels_of(session, [board.id])).get(board.id, [])


async def _flush(session: AsyncSession) -> None:
    try:
        await session.flush()
    except IntegrityError as error:
        if "position" in str(error.orig):
            raise Conflict("This board already has a level at that position.") from None
        raise


async def create_level(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: EscalationLevelCreate
) -> EscalationLevel:
    require(actor, Permission.ESCALATION_MANAGE)
    board = await board_for(session, actor, board_id)
    await _owner(session, actor, data.owner_id, "/ownerId")
    position = data.position
    if position is None:
        highest = await session.scalar(
            select(func.max(EscalationLevel.position)).where(EscalationLevel.board_id == board.id)
        )
        position = (highest or 0) + 1
    level = EscalationLevel(
        organisation_id=board.organisation_id,
        board_id=board.id,
        position=position,
        name=data.name,
        owner_id=data.owner_id,
        response_days=data.response_days,
    )
    session.add(level)
    await _flush(session)
    audit.record(
        session,
        actor,
        "escalation_level.created",
        "escalation_level",
        level.id,
        level.organisation_id,
        data.model_fields_set,
    )
    return level


async def _level(session: AsyncSession, actor: Actor, level_id: uuid.UUID) -> EscalationLevel:
    return await store.one(
        session,
        EscalationLevel,
        level_id,
        store.in_org(EscalationLevel, actor),
        "escalation level",
    )


async def get_level(session: AsyncSession, actor: Actor, level_id: uuid.UUID) -> EscalationLevel:
    require(actor, Permission.BOARDS_READ)
    return await _level(session, actor, level_id)


async def update_level(
    session: AsyncSession,
    actor: Actor,
    level_id: uuid.UUID,
    data: EscalationLevelUpdate,
    expected: Precondition,
) -> EscalationLevel:
    """Applies to moves from now on; items already at the level keep their due time."""
    require(actor, Permission.ESCALATION_MANAGE)
    level = await _level(session, actor, level_id)
    check_version(level.version, expected)
    changes = data.changes()
    if "owner_id" in changes:
        await _owner(session, actor, changes["owner_id"], "/ownerId")
    await store.patch(session, actor, level, changes, "escalation_level")
    return level


async def delete_level(session: AsyncSession, actor: Actor, level_id: uuid.UUID) -> None:
    """Items at a removed level stay there until their time runs out, then move on to the
    next level that remains."""
    require(actor, Permission.ESCALATION_MANAGE)
    level = await _level(session, actor, level_id)
    await session.delete(level)
    await session.flush()
    audit.record(
        session,
        actor,
        "escalation_level.deleted",
        "escalation_level",
        level.id,
        level.organisation_id,
    )


async def _governance(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> Board:
    board = await board_for(session, actor, board_id)
    if board.kind != BoardKind.GOVERNANCE:
        raise RuleViolation("A senior sponsor belongs to a governance board.")
    return board


async def get_sponsor(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> BoardSponsor:
    require(actor, Permission.BOARDS_READ)
    board = await board_for(session, actor, board_id)
    sponsor = await session.scalar(select(BoardSponsor).where(BoardSponsor.board_id == board.id))
    if sponsor is None:
        raise NotFound("sponsor")
    return sponsor


async def set_sponsor(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: SponsorInput
) -> BoardSponsor:
    require(actor, Permission.ESCALATION_MANAGE)
    board = await _governance(session, actor, board_id)
    await _owner(session, actor, data.person_id, "/personId")
    sponsor = await session.scalar(
        select(BoardSponsor).where(BoardSponsor.board_id == board.id).with_for_update()
    )
    if sponsor is None:
        sponsor = BoardSponsor(
            organisation_id=board.organisation_id, board_id=board.id, person_id=data.person_id
        )
        try:
            # A savepoint, so a concurrent first write loses only this insert.
            async with session.begin_nested():
                session.add(sponsor)
        except IntegrityError:
            raise Conflict("The sponsor was set by another request; fetch it and retry.") from None
    elif sponsor.person_id != data.person_id:
        sponsor.person_id = data.person_id
        sponsor.updated_at = utcnow()
        await session.flush()
    audit.record(
        session, actor, "board_sponsor.set", "board", board.id, board.organisation_id, {"person_id"}
    )
    return sponsor


async def clear_sponsor(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> None:
    require(actor, Permission.ESCALATION_MANAGE)
    sponsor = await get_sponsor(session, actor, board_id)
    await session.delete(sponsor)
    await session.flush()
    audit.record(
        session, actor, "board_sponsor.cleared", "board", board_id, sponsor.organisation_id
    )
