"""Past circulations of a meeting's papers, for coordinators."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Circulation, CirculationPaper
from app.domain import store
from app.domain.actors import Actor, Permission, require
from app.domain.pagination import Page, PageRequest, paginate
from app.domain.papers.access import org_meeting


async def list_circulations(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID, page: PageRequest
) -> Page[Circulation]:
    await org_meeting(session, actor, meeting_id)
    require(actor, Permission.PAPERS_MANAGE)
    statement = select(Circulation).where(Circulation.meeting_id == meeting_id)
    return await paginate(session, statement, Circulation.id, page)


async def papers_of(
    session: AsyncSession, circulation_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[CirculationPaper]]:
    """Which papers (and versions) each circulation sent, in one query. The caller has
    already read the circulations through their own visibility rule."""
    return await store.children(
        session,
        CirculationPaper,
        CirculationPaper.circulation_id,
        circulation_ids,
        order_by=col(CirculationPaper.id),
    )
