"""The trail's notices that move nothing up a level: follow-up reminders to whoever logged
an issue, and sponsors' notices of recommendations newly overdue. Claimed the same way as
the escalation sweep (``escalation_sweep.py``): once per date, however many sweeps run.
Messages and events name the board, the date and the item's ID, never what an issue says.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import or_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Board, BoardSponsor, Issue, Person
from app.db.types import iso_text
from app.domain import audit
from app.domain.notifications import outbox
from app.domain.recommendations.issue_lifecycle import LIVE

BATCH = 200
_LIVE = sorted(s.value for s in LIVE)


async def active_people(session: AsyncSession, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Person]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = await session.scalars(
        select(Person).where(col(Person.id).in_(wanted), col(Person.active).is_(True))
    )
    return {p.id: p for p in rows}


async def board_names(session: AsyncSession, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = await session.execute(select(Board.id, Board.name).where(col(Board.id).in_(wanted)))
    return {row.id: row.name for row in rows}


async def remind_follow_ups(session: AsyncSession, now: datetime, limit: int = BATCH) -> int:
    """One reminder per follow-up date of a live issue, to whoever logged it; a changed
    date arms a new one."""
    today = now.date()
    not_yet = or_(
        col(Issue.follow_up_reminded_on).is_(None),
        col(Issue.follow_up_reminded_on) != col(Issue.follow_up_on),
    )
    candidates = (
        select(Issue.id)
        .where(col(Issue.follow_up_on) <= today, col(Issue.status).in_(_LIVE), not_yet)
        .order_by(col(Issue.follow_up_on))
        .limit(limit)
    )
    ids = list(await session.scalars(candidates))
    if not ids:
        return 0
    claimed = list(
        await session.execute(
            update(Issue)
            .where(
                col(Issue.id).in_(ids),
                col(Issue.follow_up_on) <= today,
                col(Issue.status).in_(_LIVE),
                not_yet,
            )
            .values(follow_up_reminded_on=col(Issue.follow_up_on))
            .returning(
                col(Issue.id),
                col(Issue.organisation_id),
                col(Issue.board_id),
                col(Issue.follow_up_on),
                col(Issue.created_by),
            )
            .execution_options(synchronize_session=False)
        )
    )
    recorders = await active_people(session, (r.created_by for r in claimed if r.created_by))
    names = await board_names(session, (r.board_id for r in claimed))
    for row in claimed:
        audit.emit(
            session,
            row.organisation_id,
            "issue.follow_up_due",
            {
                "issueId": str(row.id),
                "boardId": str(row.board_id),
                "followUpOn": row.follow_up_on.isoformat(),
            },
        )
        recorder = recorders.get(row.created_by) if row.created_by else None
        if recorder is not None:
            outbox.enqueue(
                session,
                recorder,
                "follow_up_due",
                {
                    "name": recorder.display_name,
                    "board": names.get(row.board_id, "your board"),
                    "date": row.follow_up_on.isoformat(),
                    "reference": str(row.id),
                },
            )
    await session.flush()
    return len(claimed)


async def notify_sponsors(session: AsyncSession, overdue: Sequence[Any]) -> None:
    """Called by the overdue sweep with the rows it just claimed: each governance board's
    sponsor hears of every recommendation to it newly overdue (so once per period)."""
    boards = {r.addressed_to_board_id for r in overdue if r.addressed_to_board_id}
    if not boards:
        return
    sponsors = {
        s.board_id: s.person_id
        for s in await session.scalars(
            select(BoardSponsor).where(col(BoardSponsor.board_id).in_(boards))
        )
    }
    people = await active_people(session, sponsors.values())
    names = await board_names(session, boards | {r.board_id for r in overdue})
    for row in overdue:
        person_id = sponsors.get(row.addressed_to_board_id)
        sponsor = people.get(person_id) if person_id else None
        if sponsor is None:
            continue
        outbox.enqueue(
            session,
            sponsor,
            "sponsor_overdue",
            {
                "name": sponsor.display_name,
                "board": names.get(row.addressed_to_board_id, "your board"),
                "from_board": names.get(row.board_id, "an advisory board"),
                "date": row.response_due_on.isoformat(),
                "reference": str(row.id),
            },
        )
        audit.emit(
            session,
            row.organisation_id,
            "recommendation.sponsor_notified",
            {
                "recommendationId": str(row.id),
                "boardId": str(row.board_id),
                "addressedToBoardId": str(row.addressed_to_board_id),
                "sponsorId": str(sponsor.id),
                "responseDueOn": iso_text(row.response_due_on),
            },
        )
