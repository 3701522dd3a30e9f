"""Alerts before a term ends: each member is told once per term end, in any number of
processes.

The sweep reads active memberships whose term ends within their board's ``alert_days``
and claims each by inserting ``(membership, term end)`` into ``term_alerts`` with
``ON CONFLICT DO NOTHING ... RETURNING``: the unique constraint lets one transaction win
whatever the number of sweeps, and the message and event are written only for the rows
it returned, in the same transaction. A renewed term has a new end, so it is announced
again when that end comes near.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import Board, BoardTermSettings, Membership, Person, TermAlert
from app.db.types import iso_text, utcnow, uuid7
from app.domain import audit, sweeps
from app.domain.boards.schemas import MembershipStatus
from app.domain.notifications import outbox
from app.domain.terms.settings import DEFAULTS

log = logging.getLogger("chorus.terms")

BATCH = 500
_LONGEST = 365  # the most alert_days allows


def _insert(session: AsyncSession) -> Any:
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(TermAlert)


async def claim_term_alerts(session: AsyncSession, now: datetime, limit: int = BATCH) -> int:
    today: date = now.date()
    candidates = await session.execute(
        select(
            col(Membership.id),
            col(Membership.organisation_id),
            col(Membership.term_end),
            col(BoardTermSettings.alert_days),
        )
        .outerjoin(BoardTermSettings, col(BoardTermSettings.board_id) == Membership.board_id)
        .outerjoin(
            TermAlert,
            (col(TermAlert.membership_id) == Membership.id)
            & (col(TermAlert.term_end) == Membership.term_end),
        )
        .where(
            Membership.status == MembershipStatus.ACTIVE.value,
            col(Membership.term_end) >= today,
            col(Membership.term_end) <= today + timedelta(days=_LONGEST),
            col(TermAlert.id).is_(None),
        )
        .order_by(col(Membership.term_end))
        .limit(limit)
    )
    due = [
        {"organisation_id": org, "membership_id": mid, "term_end": end, "created_at": now}
        for mid, org, end, days in candidates
        if end is not None and (end - today).days <= (days or DEFAULTS.alert_days)
    ]
    if not due:
        return 0
    for row in due:
        row["id"] = uuid7()
    claimed = await session.execute(
        _insert(session)
        .values(due)
        .on_conflict_do_nothing(index_elements=["membership_id", "term_end"])
        .returning(col(TermAlert.membership_id))
    )
    ids = list(claimed.scalars())
    if not ids:
        return 0
    rows = await session.execute(
        select(Membership, Person, Board)
        .join(Person, col(Person.id) == Membership.person_id)
        .join(Board, col(Board.id) == Membership.board_id)
        .where(col(Membership.id).in_(ids))
    )
    for membership, person, board in rows:
        assert membership.term_end is not None
        end = f"{membership.term_end.day} {membership.term_end:%B %Y}"
        if person.active:
            values = {"name": person.display_name, "board": board.name, "term_end": end}
            outbox.enqueue(session, person, "term_ending", values)
        audit.record(
            session,
            None,
            "membership.term_ending",
            "membership",
            membership.id,
            membership.organisation_id,
        )
        audit.emit(
            session,
            membership.organisation_id,
            "membership.term_ending",
            {
                "membershipId": str(membership.id),
                "boardId": str(membership.board_id),
                "personId": str(membership.person_id),
                "termEnd": iso_text(membership.term_end),
            },
        )
    await session.flush()
    return len(ids)


async def sweep_term_alerts(
    sessionmaker: async_sessionmaker[AsyncSession], now: datetime | None = None
) -> int:
    now = now or utcnow()
    return await sweeps.in_batches(
        sessionmaker, lambda s: claim_term_alerts(s, now), BATCH, log, "announced terms ending"
    )
