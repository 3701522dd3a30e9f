"""Board roles as permissions: a board's own officers may do some things for that board."""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import Membership
from app.domain.actors import Actor, Permission, needs
from app.domain.boards.schemas import MembershipRole, MembershipStatus
from app.domain.errors import PermissionDenied


async def board_role(
    session: AsyncSession, actor: Actor, board_id: uuid.UUID
) -> MembershipRole | None:
    if not actor.is_person:
        return None
    role = await session.scalar(
        select(Membership.role).where(
            Membership.board_id == board_id,
            Membership.person_id == actor.id,
            Membership.status == MembershipStatus.ACTIVE.value,
        )
    )
    return MembershipRole(role) if role else None


async def require_permission_or_board_role(
    session: AsyncSession,
    actor: Actor,
    board_id: uuid.UUID,
    permission: Permission,
    roles: Collection[MembershipRole],
) -> None:
    """Staff with ``permission``, or an active holder of one of ``roles`` on this board."""
    if actor.can(permission):
        return
    if await board_role(session, actor, board_id) in roles:
        return
    names = ", ".join(r.value.replace("_", " ") for r in roles)
    raise PermissionDenied(f"This needs {needs(actor, permission)}, or the board's {names}.")
