"""Who may see, run and vote in a poll.

Every reader of the organisation with ``polls.read`` sees its polls (another
organisation's are 404). Staff (``polls.manage``) run them; so do a board's officers for
their board's polls. A board's poll is voted on by its active members; a free-standing
community event's by any active person of the organisation.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import col, select

from app.db.models import Board, Membership, Person, Poll
from app.domain import store
from app.domain.actors import Actor, Permission, require
from app.domain.boards.roles import require_permission_or_board_role
from app.domain.boards.schemas import MembershipRole, MembershipStatus
from app.domain.errors import Conflict, PermissionDenied

OFFICERS = (MembershipRole.CHAIR, MembershipRole.VICE_CHAIR, MembershipRole.SECRETARY)


def readable(actor: Actor) -> ColumnElement[bool]:
    return col(Poll.organisation_id) == actor.organisation_id


async def find(
    session: AsyncSession, actor: Actor, poll_id: uuid.UUID, *, for_update: bool = False
) -> Poll:
    require(actor, Permission.POLLS_READ)
    return await store.one(session, Poll, poll_id, readable(actor), "poll", for_update=for_update)


async def board_for(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> Board:
    return await store.one(session, Board, board_id, store.in_org(Board, actor), "board")


async def require_runner(session: AsyncSession, actor: Actor, board_id: uuid.UUID | None) -> None:
    """Staff, or the board's officers for a board's poll."""
    if board_id is None:
        require(actor, Permission.POLLS_MANAGE)
        return
    await require_permission_or_board_role(
        session, actor, board_id, Permission.POLLS_MANAGE, OFFICERS
    )


async def require_voter(session: AsyncSession, actor: Actor, poll: Poll) -> None:
    if not actor.is_person:
        raise PermissionDenied("Only a person votes; an API client cannot.")
    if poll.board_id is None:
        found = await session.scalar(
            select(Person.id).where(
                Person.id == actor.id,
                Person.organisation_id == actor.organisation_id,
                col(Person.active).is_(True),
            )
        )
    else:
        found = await session.scalar(
            select(Membership.id).where(
                Membership.board_id == poll.board_id,
                Membership.person_id == actor.id,
                Membership.status == MembershipStatus.ACTIVE.value,
            )
        )
    if found is None:
        raise PermissionDenied("Only the board's active members vote in its polls.")


async def flush_guarded(session: AsyncSession) -> None:
    try:
        await session.flush()
    except StaleDataError:
        raise Conflict(
            "This poll changed while the request ran; fetch it again and retry."
        ) from None
