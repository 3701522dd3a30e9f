"""Elections: creating, reading and locking them, and the lists loaders use."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Election, Nomination
from app.domain import audit, store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.service import get_board
from app.domain.elections.schemas import ElectionCreate
from app.domain.pagination import Page, PageRequest, paginate


def readable(actor: Actor) -> ColumnElement[bool]:
    return store.in_org(Election, actor)


def event_data(election: Election) -> dict[str, Any]:
    """What every election event carries: IDs and state, never a name or a vote."""
    return {
        "electionId": str(election.id),
        "boardId": str(election.board_id),
        "phase": election.phase,
        "role": election.role,
        "places": election.places,
    }


async def get_election(session: AsyncSession, actor: Actor, election_id: uuid.UUID) -> Election:
    require(actor, Permission.ELECTIONS_READ)
    return await store.one(session, Election, election_id, readable(actor), "election")


async def lock_election(session: AsyncSession, election: Election) -> Election:
    """Serialise changes per election: a no-op UPDATE takes the row lock (PostgreSQL)
    or the write lock (SQLite), and the row is read again after it."""
    await session.execute(
        update(Election)
        .where(col(Election.id) == election.id)
        .values(version=Election.version)
        .execution_options(synchronize_session=False)
    )
    await session.refresh(election)
    return election


async def list_elections(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, page: PageRequest
) -> Page[Election]:
    require(actor, Permission.ELECTIONS_READ)
    await get_board(session, actor, board_id)
    statement = select(Election).where(col(Election.board_id) == board_id, readable(actor))
    return await paginate(session, statement, col(Election.id), page)


async def create_election(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID, data: ElectionCreate
) -> Election:
    board = await get_board(session, actor, board_id)
    require(actor, Permission.ELECTIONS_MANAGE)
    election = Election(
        organisation_id=actor.organisation_id,
        board_id=board.id,
        title=data.title,
        role=data.role.value,
        places=data.places,
        method=data.method.value,
        requires_seconding=data.requires_seconding,
        paper_ballots=data.paper_ballots,
        eligibility=data.eligibility.model_dump(mode="json", by_alias=True),
        term_months=data.term_months,
        challenge_days=data.challenge_days,
        created_by=actor.id if actor.is_person else None,
    )
    session.add(election)
    await session.flush()
    audit.record(
        session,
        actor,
        "election.created",
        "election",
        election.id,
        election.organisation_id,
        data.model_fields_set,
    )
    audit.emit(session, election.organisation_id, "election.created", event_data(election))
    return election


async def nominations_by_election(
    session: AsyncSession, actor: Actor, election_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[Nomination]]:
    """Every election's nominations in one query, oldest first."""
    require(actor, Permission.ELECTIONS_READ)
    return await store.children(
        session,
        Nomination,
        Nomination.election_id,
        election_ids,
        store.in_org(Nomination, actor),
        order_by=col(Nomination.id),
    )
