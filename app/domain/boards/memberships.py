"""Use cases for memberships: who sits on which board, in what role, for what term."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, RowMapping
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Membership
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.schemas import (
    ELECTED,
    MembershipCreate,
    MembershipRole,
    MembershipStatus,
    MembershipUpdate,
)
from app.domain.boards.service import get_board
from app.domain.errors import Conflict, NotFound, RuleViolation
from app.domain.pagination import Page, PageRequest, paginate, paginate_each
from app.domain.people.service import get_person
from app.domain.seats import departures
from app.domain.versions import Precondition, check_version


def readable(actor: Actor) -> ColumnElement[bool]:
    return col(Membership.organisation_id) == actor.organisation_id


async def list_memberships(
    session: AsyncSession,
    actor: Actor,
    board_id: uuid.UUID,
    page: PageRequest,
    *,
    status: MembershipStatus | None = None,
) -> Page[Membership]:
    await get_board(session, actor, board_id)
    statement = select(Membership).where(
        Membership.board_id == board_id, Membership.organisation_id == actor.organisation_id
    )
    if status is not None:
        statement = statement.where(Membership.status == status.value)
    return await paginate(session, statement, Membership.id, page)


async def membership_pages_by_board(
    session: AsyncSession,
    actor: Actor,
    board_ids: Iterable[uuid.UUID],
    page: PageRequest,
    *,
    status: MembershipStatus | None = None,
) -> dict[uuid.UUID, Page[Membership]]:
    """``list_memberships`` for many boards in one query (GraphQL nested lists): a board
    of 500 asked for its first 5 reads 6 rows, not 500."""
    require(actor, Permission.BOARDS_READ)
    criteria = [readable(actor)]
    if status is not None:
        criteria.append(col(Membership.status) == status.value)
    return await paginate_each(
        session,
        Membership,
        col(Membership.board_id),
        col(Membership.id),
        board_ids,
        page,
        *criteria,
    )


async def membership_rows_by_board(
    session: AsyncSession, actor: Actor, board_ids: Iterable[uuid.UUID], columns: Sequence[str]
) -> dict[uuid.UUID, list[RowMapping]]:
    """``memberships_by_board`` as plain rows of the named columns, for hot lists."""
    require(actor, Permission.BOARDS_READ)
    wanted = set(board_ids)
    result: dict[uuid.UUID, list[RowMapping]] = defaultdict(list)
    if not wanted:
        return result
    names = {*columns, "board_id", "person_id"}
    rows = await session.execute(
        select(*[getattr(Membership, n) for n in sorted(names)])
        .where(
            col(Membership.board_id).in_(wanted),
            Membership.organisation_id == actor.organisation_id,
        )
        .order_by(col(Membership.id))
    )
    for row in rows.mappings():
        result[row["board_id"]].append(row)
    return result


async def get_membership(
    session: AsyncSession, actor: Actor, membership_id: uuid.UUID
) -> Membership:
    require(actor, Permission.BOARDS_READ)
    return await store.one(session, Membership, membership_id, readable(actor), "membership")


async def _check_elected_role_free(
    session: AsyncSession, board_id: uuid.UUID, role: str, status: str, except_id: uuid.UUID | None
) -> None:
    if role not in ELECTED or status != MembershipStatus.ACTIVE:
        return
    statement = select(Membership.id).where(
        Membership.board_id == board_id,
        Membership.role == role,
        Membership.status == MembershipStatus.ACTIVE.value,
    )
    if except_id is not None:
        statement = statement.where(Membership.id != except_id)
    if await session.scalar(statement) is not None:
        raise _elected_conflict(role)


def _elected_conflict(role: str) -> Conflict:
    label = MembershipRole(role).value.replace("_", " ")
    return Conflict(
        f"This board already has an active {label}; end or change that membership first."
    )


async def _flush_guarded(session: AsyncSession, role: str) -> None:
    # The partial unique indexes are the last word when two requests race.
    try:
        await session.flush()
    except IntegrityError as error:
        # PostgreSQL names the index; SQLite names the columns.
        message = str(error.orig)
        if "elected_role" in message or "memberships.role" in message:
            raise _elected_conflict(role) from None
        if "current_person" in message or "memberships.person_id" in message:
            raise Conflict("That person already has a current membership of this board.") from None
        raise


async def create_membership(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: MembershipCreate
) -> Membership:
    board = await get_board(session, actor, board_id)
    require(actor, Permission.BOARDS_WRITE)
    try:
        await get_person(session, actor, data.person_id)
    except NotFound:
        raise RuleViolation.field("/personId", "No person with that ID exists here.") from None
    current = await session.scalar(
        select(Membership.id).where(
            Membership.board_id == board.id,
            Membership.person_id == data.person_id,
            Membership.status != MembershipStatus.LEFT.value,
        )
    )
    if current is not None:
        raise Conflict("That person already has a current membership of this board.")
    await _check_elected_role_free(session, board.id, data.role, data.status, None)
    membership = Membership(
        organisation_id=actor.organisation_id,
        board_id=board.id,
        person_id=data.person_id,
        role=data.role.value,
        status=data.status.value,
        term_start=data.term_start,
        term_end=data.term_end,
    )
    session.add(membership)
    await _flush_guarded(session, membership.role)
    audit.record(
        session,
        actor,
        "membership.created",
        "membership",
        membership.id,
        membership.organisation_id,
        data.model_fields_set,
    )
    return membership


async def update_membership(
    session: AsyncSession,
    actor: Actor,
    membership_id: uuid.UUID,
    data: MembershipUpdate,
    expected_version: Precondition,
) -> Membership:
    membership = await get_membership(session, actor, membership_id)
    require(actor, Permission.BOARDS_WRITE)
    check_version(membership.version, expected_version)
    changes = {k: (v.value if hasattr(v, "value") else v) for k, v in data.changes().items()}
    term_start = changes.get("term_start", membership.term_start)
    term_end = changes.get("term_end", membership.term_end)
    if term_end is not None and term_end < term_start:
        raise RuleViolation.field("/termEnd", "termEnd must not be before termStart")
    role = changes.get("role", membership.role)
    status = changes.get("status", membership.status)
    await _check_elected_role_free(session, membership.board_id, role, status, membership.id)
    leaving = status == MembershipStatus.LEFT.value and membership.status != status
    await store.patch(
        session,
        actor,
        membership,
        changes,
        "membership",
        flush=lambda: _flush_guarded(session, role),
    )
    if leaving:
        # In this transaction, so nobody who has left is still down to sit, or sent papers.
        await departures.hand_on(session, actor, membership.person_id, membership.board_id)
    return membership
