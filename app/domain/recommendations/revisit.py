"""The revisit sweep: a deferred recommendation's revisit date reminds the board's
coordinators, and emits ``recommendation.revisit_due``, once per revisit date.

The overdue sweep's pattern (``overdue.py``): a conditional UPDATE claims each due
deferral (``SET revisit_reminded_on = revisit_on WHERE ... AND revisit_reminded_on is not
yet revisit_on RETURNING``), and the reminders, audit rows and events are
written in the same transaction only for the rows it returned, so any number of
processes may sweep at once. A deferral answered again with a new date is reminded
afresh when that date comes; a resubmission clears the date, so nothing is due meanwhile.

Who is reminded: the organisation's coordinators who sit on the board, or, when none
does, every coordinator of the organisation, so a reminder always has someone to reach.
A fixed number of statements per batch, whatever the number of recommendations.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, or_, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import Board, Membership, Person, Recommendation
from app.db.types import utcnow
from app.domain import audit, sweeps
from app.domain.actors import OrgRole
from app.domain.boards.schemas import MembershipStatus
from app.domain.notifications import outbox
from app.domain.recommendations import events
from app.domain.recommendations.schemas import Decision, RecommendationStatus

log = logging.getLogger("chorus.recommendations")

BATCH = 500
TEMPLATE = "revisit_due"


def _due(today: Any) -> list[Any]:
    return [
        col(Recommendation.status) == RecommendationStatus.RESPONDED.value,
        col(Recommendation.decision) == Decision.DEFERRED.value,
        col(Recommendation.revisit_on) <= today,
        or_(
            col(Recommendation.revisit_reminded_on).is_(None),
            col(Recommendation.revisit_reminded_on) != col(Recommendation.revisit_on),
        ),
    ]


async def coordinators_of(
    session: AsyncSession, boards: dict[uuid.UUID, uuid.UUID]
) -> dict[uuid.UUID, list[Person]]:
    """Each board's coordinators (``boards`` maps a board to its organisation), in two
    queries however many boards."""
    if not boards:
        return {}
    people = list(
        await session.scalars(
            select(Person)
            .where(
                col(Person.organisation_id).in_(set(boards.values())),
                col(Person.active).is_(True),
                cast(col(Person.roles), String).like(f'%"{OrgRole.COORDINATOR.value}"%'),
            )
            .order_by(col(Person.id))
        )
    )
    seats = await session.execute(
        select(Membership.board_id, Membership.person_id).where(
            col(Membership.board_id).in_(set(boards)),
            col(Membership.person_id).in_({p.id for p in people}),
            Membership.status == MembershipStatus.ACTIVE.value,
        )
    )
    sitting: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for board_id, person_id in seats:
        sitting[board_id].add(person_id)
    result = {}
    for board_id, org_id in boards.items():
        of_org = [p for p in people if p.organisation_id == org_id]
        on_board = [p for p in of_org if p.id in sitting[board_id]]
        result[board_id] = on_board or of_org
    return result


async def claim_revisits(session: AsyncSession, now: datetime, limit: int = BATCH) -> int:
    """Claim up to ``limit`` deferrals whose revisit date has come and queue their
    reminders and events, in the session's transaction (the caller commits)."""
    today = now.date()
    candidates = (
        select(Recommendation.id)
        .where(*_due(today))
        .order_by(col(Recommendation.revisit_on), col(Recommendation.id))
        .limit(limit)
    )
    claimed: Sequence[Any] = list(
        await session.execute(
            update(Recommendation)
            # Checked again on the row itself: another sweep, or a resubmission, came first.
            .where(col(Recommendation.id).in_(candidates.scalar_subquery()), *_due(today))
            .values(revisit_reminded_on=col(Recommendation.revisit_on))
            .returning(
                col(Recommendation.id),
                col(Recommendation.organisation_id),
                col(Recommendation.board_id),
                col(Recommendation.addressed_to_board_id),
                col(Recommendation.priority),
                col(Recommendation.revisit_on),
            )
            .execution_options(synchronize_session=False)
        )
    )
    if not claimed:
        return 0
    board_ids = {row.board_id for row in claimed}
    boards = {
        b.id: (b.organisation_id, b.name)
        for b in await session.scalars(select(Board).where(col(Board.id).in_(board_ids)))
    }
    coordinators = await coordinators_of(session, {b: org for b, (org, _) in boards.items()})
    for row in claimed:
        audit.record(
            session,
            None,
            "recommendation.revisit_due",
            "recommendation",
            row.id,
            row.organisation_id,
            {"revisit_reminded_on"},
        )
        audit.emit(
            session, row.organisation_id, "recommendation.revisit_due", events.revisit_due(row)
        )
        name = boards[row.board_id][1] if row.board_id in boards else "your board"
        for person in coordinators.get(row.board_id, []):
            outbox.enqueue(
                session,
                person,
                TEMPLATE,
                {
                    "name": person.display_name,
                    "board": name,
                    "date": row.revisit_on.isoformat(),
                    "reference": str(row.id),
                },
            )
    await session.flush()
    return len(claimed)


async def sweep_revisits(
    sessionmaker: async_sessionmaker[AsyncSession], now: datetime | None = None
) -> int:
    """Remind of every deferral whose revisit date has come; one transaction per batch.
    Returns how many this sweep claimed."""
    now = now or utcnow()
    return await sweeps.in_batches(
        sessionmaker,
        lambda s: claim_revisits(s, now),
        BATCH,
        log,
        "reminded of deferred recommendations to revisit",
    )
