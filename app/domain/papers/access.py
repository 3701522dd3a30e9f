"""Who sees which paper. One clause, used by every read, so lists and single reads agree.

- Coordinators, administrators, and clients with papers:write see every paper of the
  organisation, drafts and embargoed ones included.
- Other people (papers.read) see circulated papers whose embargo has lifted: public
  ones, and those circulated to them (official-sensitive ones only then).
- Clients with papers:read see circulated papers whose embargo has lifted, except
  official-sensitive ones, which reach only their recipients.

A paper outside the clause does not exist for the caller: 404, never 403.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, and_, exists, or_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, Meeting, Paper, PaperRecipient
from app.db.types import utcnow
from app.domain import store
from app.domain.actors import Actor, Permission, needs
from app.domain.errors import NotFound, PermissionDenied
from app.domain.papers.schemas import Classification, PaperStatus


def can_manage(actor: Actor) -> bool:
    return actor.can(Permission.PAPERS_MANAGE)


def require_read(actor: Actor) -> None:
    if not (actor.can(Permission.PAPERS_READ) or can_manage(actor)):
        raise PermissionDenied(f"This action needs {needs(actor, Permission.PAPERS_READ)}.")


def is_recipient(actor: Actor) -> ColumnElement[bool]:
    return exists().where(
        col(PaperRecipient.paper_id) == Paper.id, col(PaperRecipient.person_id) == actor.id
    )


def released(now: datetime) -> ColumnElement[bool]:
    """Out of embargo, and circulated (drafts and papers waiting to go out are not news)."""
    return and_(
        col(Paper.status) == PaperStatus.CIRCULATED.value,
        or_(col(Paper.embargo_until).is_(None), col(Paper.embargo_until) <= now),
    )


def visible(actor: Actor, now: datetime | None = None) -> ColumnElement[bool]:
    in_org = col(Paper.organisation_id) == actor.organisation_id
    if can_manage(actor):
        return in_org
    now = now or utcnow()
    if actor.is_person:
        reach = or_(col(Paper.classification) == Classification.PUBLIC.value, is_recipient(actor))
    else:
        reach = col(Paper.classification) != Classification.OFFICIAL_SENSITIVE.value
    return and_(in_org, released(now), reach)


async def org_meeting(session: AsyncSession, actor: Actor, meeting_id: uuid.UUID) -> Meeting:
    """The meeting, by tenancy alone: a partner system with papers scopes only must still
    reach the meetings its papers belong to."""
    return await store.one(session, Meeting, meeting_id, store.in_org(Meeting, actor), "meeting")


async def lock_meeting(session: AsyncSession, meeting: Meeting) -> Meeting:
    """Serialise circulations per meeting: a no-op UPDATE takes the row lock (PostgreSQL)
    or the write lock (SQLite), so a concurrent one waits, and everything read after this
    (the meeting included, which may have been cancelled meanwhile) is its result."""
    await session.execute(
        update(Meeting)
        .where(col(Meeting.id) == meeting.id)
        .values(version=Meeting.version)
        .execution_options(synchronize_session=False)
    )
    locked = await session.scalar(
        select(Meeting).where(Meeting.id == meeting.id).execution_options(populate_existing=True)
    )
    if locked is None:
        raise NotFound("meeting")
    return locked


async def board_of(session: AsyncSession, meeting: Meeting) -> Board:
    board = await session.scalar(select(Board).where(Board.id == meeting.board_id))
    assert board is not None  # a meeting's board is a foreign key with CASCADE
    return board


async def get_paper(
    session: AsyncSession, actor: Actor, paper_id: uuid.UUID, *, for_update: bool = False
) -> Paper:
    require_read(actor)
    statement = select(Paper).where(Paper.id == paper_id, visible(actor))
    if for_update:
        statement = statement.with_for_update()
    paper = await session.scalar(statement)
    if paper is None:
        raise NotFound("paper")
    return paper


async def papers_by_ids(
    session: AsyncSession, actor: Actor, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Paper]:
    """Visible papers among these IDs, in one query (GraphQL loaders)."""
    require_read(actor)
    wanted = set(ids)
    if not wanted:
        return {}
    rows = await session.scalars(select(Paper).where(col(Paper.id).in_(wanted), visible(actor)))
    return {p.id: p for p in rows}
