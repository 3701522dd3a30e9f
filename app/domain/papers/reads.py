"""Reading papers and their versions back, in a fixed number of queries."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Paper, PaperVersion
from app.domain.actors import Actor
from app.domain.errors import NotFound
from app.domain.pagination import Page, PageRequest, paginate, paginate_each
from app.domain.papers.access import get_paper, org_meeting, require_read, visible


async def list_papers(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID, page: PageRequest
) -> Page[Paper]:
    await org_meeting(session, actor, meeting_id)
    require_read(actor)
    statement = select(Paper).where(Paper.meeting_id == meeting_id, visible(actor))
    return await paginate(session, statement, Paper.id, page)


async def paper_pages_by_meeting(
    session: AsyncSession, actor: Actor, meeting_ids: Iterable[uuid.UUID], page: PageRequest
) -> dict[uuid.UUID, Page[Paper]]:
    """The same page of the visible papers of many meetings, in one query (GraphQL)."""
    require_read(actor)
    return await paginate_each(
        session, Paper, col(Paper.meeting_id), col(Paper.id), meeting_ids, page, visible(actor)
    )


async def list_versions(
    session: AsyncSession, actor: Actor, paper_id: uuid.UUID, page: PageRequest
) -> Page[PaperVersion]:
    await get_paper(session, actor, paper_id)
    statement = select(PaperVersion).where(PaperVersion.paper_id == paper_id)
    return await paginate(session, statement, PaperVersion.id, page)


async def current_versions(
    session: AsyncSession, papers: Iterable[Paper]
) -> dict[uuid.UUID, PaperVersion]:
    """Each paper's current version, in one query. Only for papers already read."""
    by_id = {p.id: p.current_version for p in papers}
    if not by_id:
        return {}
    rows = await session.scalars(select(PaperVersion).where(col(PaperVersion.paper_id).in_(by_id)))
    return {v.paper_id: v for v in rows if by_id[v.paper_id] == v.number}


async def get_version(session: AsyncSession, paper: Paper, number: int | None) -> PaperVersion:
    version = await session.scalar(
        select(PaperVersion).where(
            PaperVersion.paper_id == paper.id,
            PaperVersion.number == (number or paper.current_version),
        )
    )
    if version is None:
        raise NotFound("version")
    return version


async def versions_by_number(
    session: AsyncSession, actor: Actor, keys: Iterable[tuple[uuid.UUID, int]]
) -> dict[tuple[uuid.UUID, int], PaperVersion]:
    """Versions by (paper ID, number), in one query (GraphQL loaders). Only for papers
    the caller already read: it checks tenancy, not visibility."""
    wanted = set(keys)
    if not wanted:
        return {}
    rows = await session.scalars(
        select(PaperVersion).where(
            col(PaperVersion.paper_id).in_({paper_id for paper_id, _ in wanted}),
            PaperVersion.organisation_id == actor.organisation_id,
        )
    )
    return {(v.paper_id, v.number): v for v in rows if (v.paper_id, v.number) in wanted}
