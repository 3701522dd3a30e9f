"""A board's freshness: the share of its active members whose first term on the board
began within the board's window (``freshness_years``), so a board can see whether it
still includes people with recent experience. People record lived-experience categories
but no dates, so the first term is the measure.

Counts under the organisation's ``smallCountThreshold`` (zero included) are withheld, as
is the share they would give away, so no small group of members can be picked out.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Membership
from app.db.types import utcnow
from app.domain import disclosure
from app.domain.actors import Actor, Permission, require
from app.domain.boards.schemas import MembershipStatus
from app.domain.terms import settings


@dataclass(frozen=True)
class Freshness:
    board_id: uuid.UUID
    as_of: date
    freshness_years: int
    members: int | None
    fresh: int | None
    share: float | None
    suppressed: bool


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def measure(
    board_id: uuid.UUID,
    first_terms: Sequence[date],
    today: date,
    years: int,
    threshold: int = disclosure.DEFAULT_THRESHOLD,
) -> Freshness:
    since = years_before(today, years)
    members = len(first_terms)
    fresh = sum(1 for start in first_terms if start >= since)
    if min(fresh, members - fresh) < threshold:
        # Both sides: "4 of 20 are new" and "16 of 20 are new" each single out four.
        shown_members = members if members >= threshold else None
        return Freshness(board_id, today, years, shown_members, None, None, True)
    return Freshness(board_id, today, years, members, fresh, fresh / members, False)


async def board_freshness(session: AsyncSession, actor: Actor, board_id: uuid.UUID) -> Freshness:
    require(actor, Permission.TERMS_REPORT)
    board = await settings.board_for(session, actor, board_id)
    chosen = await settings.effective(session, board.id)
    current = (
        select(Membership.person_id)
        .where(
            Membership.board_id == board.id,
            Membership.status == MembershipStatus.ACTIVE.value,
        )
        .scalar_subquery()
    )
    firsts = await session.scalars(
        select(func.min(Membership.term_start))
        .where(Membership.board_id == board.id, col(Membership.person_id).in_(current))
        .group_by(col(Membership.person_id))
    )
    threshold = await disclosure.threshold_for(session, board.organisation_id)
    return measure(board.id, list(firsts), utcnow().date(), chosen.freshness_years, threshold)
