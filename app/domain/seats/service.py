"""Use cases for seats: what an advisory board holds on the board it advises."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Membership, Seat
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.schemas import BoardKind, MembershipStatus
from app.domain.boards.service import get_board
from app.domain.errors import RuleViolation
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.seats.schemas import SeatCreate, SeatKind, SeatUpdate
from app.domain.versions import Precondition, check_version


async def get_seat(session: AsyncSession, actor: Actor, seat_id: uuid.UUID) -> Seat:
    require(actor, Permission.SEATS_READ)
    return await store.one(session, Seat, seat_id, store.in_org(Seat, actor), "seat")


async def list_seats(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, page: PageRequest
) -> Page[Seat]:
    """Seats held by an advisory board, or held on a governance board."""
    await get_board(session, actor, board_id)
    require(actor, Permission.SEATS_READ)
    statement = select(Seat).where(
        (col(Seat.advisory_board_id) == board_id) | (col(Seat.governance_board_id) == board_id)
    )
    return await paginate(session, statement, Seat.id, page)


async def seats_by_board(
    session: AsyncSession, actor: Actor, board_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[Seat]]:
    """``list_seats`` for many boards in one query (GraphQL loaders): the seats each board
    holds (advisory) or that are held on it (governance), oldest first."""
    require(actor, Permission.SEATS_READ)
    wanted = set(board_ids)
    result: dict[uuid.UUID, list[Seat]] = {b: [] for b in wanted}
    if wanted:
        rows = await session.scalars(
            select(Seat)
            .where(
                col(Seat.advisory_board_id).in_(wanted) | col(Seat.governance_board_id).in_(wanted),
                Seat.organisation_id == actor.organisation_id,
            )
            .order_by(col(Seat.id))
        )
        for seat in rows:
            for board_id in (seat.advisory_board_id, seat.governance_board_id):
                if board_id in wanted:
                    result[board_id].append(seat)
    return result


async def _check_members(
    session: AsyncSession, board_id: uuid.UUID, people: set[uuid.UUID], pointer: str
) -> None:
    if not people:
        return
    found = set(
        await session.scalars(
            select(Membership.person_id).where(
                Membership.board_id == board_id,
                col(Membership.person_id).in_(people),
                Membership.status != MembershipStatus.LEFT.value,
            )
        )
    )
    if people - found:
        raise RuleViolation.field(pointer, "Everyone named must be a member of the advisory board.")


async def create_seat(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: SeatCreate
) -> Seat:
    board = await get_board(session, actor, board_id)
    require(actor, Permission.SEATS_MANAGE)
    if board.kind != BoardKind.ADVISORY or board.advises_board_id is None:
        raise RuleViolation(
            "Seats belong to an advisory board that advises a governance board; set the "
            "board's advisesBoardId first."
        )
    if data.holder_person_id:
        await _check_members(session, board.id, {data.holder_person_id}, "/holderPersonId")
    await _check_members(session, board.id, set(data.pool_person_ids), "/poolPersonIds")
    seat = Seat(
        organisation_id=actor.organisation_id,
        advisory_board_id=board.id,
        governance_board_id=board.advises_board_id,
        name=data.name,
        kind=data.kind.value,
        holder_person_id=data.holder_person_id,
        pool_person_ids=sorted(str(p) for p in set(data.pool_person_ids)),
        required_training=sorted({t.strip() for t in data.required_training if t.strip()}),
    )
    session.add(seat)
    await session.flush()
    audit.record(
        session,
        actor,
        "seat.created",
        "seat",
        seat.id,
        seat.organisation_id,
        data.model_fields_set,
    )
    return seat


async def update_seat(
    session: AsyncSession,
    actor: Actor,
    seat_id: uuid.UUID,
    data: SeatUpdate,
    expected: Precondition,
) -> Seat:
    seat = await get_seat(session, actor, seat_id)
    require(actor, Permission.SEATS_MANAGE)
    check_version(seat.version, expected)
    changes = data.changes()
    if "holder_person_id" in changes:
        if (changes["holder_person_id"] is None) != (seat.kind == SeatKind.ROTATING):
            raise RuleViolation.field(
                "/holderPersonId", "Only a fixed seat has a holder, and it must have one."
            )
        if changes["holder_person_id"]:
            await _check_members(
                session, seat.advisory_board_id, {changes["holder_person_id"]}, "/holderPersonId"
            )
    if "pool_person_ids" in changes:
        if seat.kind == SeatKind.FIXED and changes["pool_person_ids"]:
            raise RuleViolation.field("/poolPersonIds", "A fixed seat has no pool.")
        pool = set(changes["pool_person_ids"])
        await _check_members(session, seat.advisory_board_id, pool, "/poolPersonIds")
        changes["pool_person_ids"] = sorted(str(p) for p in pool)
    if "required_training" in changes:
        changes["required_training"] = sorted(
            {t.strip() for t in changes["required_training"] if t.strip()}
        )
    await store.patch(session, actor, seat, changes, "seat")
    return seat
