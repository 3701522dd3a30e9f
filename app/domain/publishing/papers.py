"""A published board's public papers, downloadable by anyone.

The same positive rule as the page lists them by (``page._papers``): the board is
published under this slug, the paper is one of its meetings', classified public,
circulated and out of embargo, right now. Anything else is the same NotFound as a paper
that never existed, so the route says nothing about what it does not serve.
"""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Meeting, Paper, PaperVersion
from app.db.types import utcnow
from app.domain.errors import NotFound
from app.domain.papers.access import released
from app.domain.papers.schemas import Classification
from app.domain.publishing.settings import published_board


async def public_paper_file(session: AsyncSession, slug: str, paper_id: uuid.UUID) -> PaperVersion:
    """The current version of a public paper of the board published under ``slug``."""
    board, _ = await published_board(session, slug)
    version = await session.scalar(
        select(PaperVersion)
        .join(Paper, col(Paper.id) == col(PaperVersion.paper_id))
        .join(Meeting, col(Meeting.id) == col(Paper.meeting_id))
        .where(
            col(Paper.id) == paper_id,
            col(PaperVersion.number) == col(Paper.current_version),
            Meeting.board_id == board.id,
            Paper.organisation_id == board.organisation_id,
            Paper.classification == Classification.PUBLIC.value,
            released(utcnow()),
        )
    )
    if version is None:
        raise NotFound("paper")
    return version
