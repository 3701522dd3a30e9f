"""Action-due reminders: the owner of an open action is told the day before it is due,
or on the day if it was set that late, once per action and due date.

The training reminders' pattern (``support/reminders.py``): a conditional UPDATE claims
the actions (``SET reminded_for = due_on WHERE ... reminded_for IS DISTINCT FROM
due_on RETURNING``) and the messages are written for exactly the returned rows in the
same transaction, so any number of workers may sweep at once and each action is
reminded once. Moving the due date earns a new reminder. A fixed number of statements
per batch.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, or_, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import ActionItem, Board
from app.db.types import utcnow
from app.domain import audit, sweeps
from app.domain.notifications import outbox
from app.domain.notifications.timing import LONDON
from app.domain.notifications.wording import day

log = logging.getLogger("chorus.meetings")

BATCH = 500
TEMPLATE = "action_due"
# Told the day before: time to finish it, not a surprise on the day.
AHEAD = timedelta(days=1)


def _unreminded() -> list[ColumnElement[bool]]:
    return [
        col(ActionItem.status) == "open",
        col(ActionItem.owner_person_id).is_not(None),
        or_(
            col(ActionItem.reminded_for).is_(None),
            col(ActionItem.reminded_for) != col(ActionItem.due_on),
        ),
    ]


async def claim_action_reminders(session: AsyncSession, now: datetime, limit: int = BATCH) -> int:
    today = now.astimezone(LONDON).date()
    candidates = (
        select(ActionItem.id)
        .where(
            col(ActionItem.due_on) >= today,
            col(ActionItem.due_on) <= today + AHEAD,
            *_unreminded(),
        )
        .order_by(col(ActionItem.due_on), col(ActionItem.id))
        .limit(limit)
    )
    claimed = list(
        await session.execute(
            update(ActionItem)
            .where(col(ActionItem.id).in_(candidates.scalar_subquery()), *_unreminded())
            .values(reminded_for=col(ActionItem.due_on))
            .returning(
                col(ActionItem.id),
                col(ActionItem.organisation_id),
                col(ActionItem.board_id),
                col(ActionItem.owner_person_id),
                col(ActionItem.description),
                col(ActionItem.due_on),
            )
            .execution_options(synchronize_session=False)
        )
    )
    if not claimed:
        return 0
    people = await outbox.active_people(session, {r.owner_person_id for r in claimed})
    boards = {
        b.id: b
        for b in await session.scalars(
            select(Board).where(col(Board.id).in_({r.board_id for r in claimed}))
        )
    }
    for row in claimed:
        audit.record(
            session,
            None,
            "action.reminded",
            "action",
            row.id,
            row.organisation_id,
            {"reminded_for"},
        )
        person = people.get(row.owner_person_id)
        if person is None:
            continue
        board = boards[row.board_id]
        outbox.enqueue(
            session,
            person,
            TEMPLATE,
            {
                "name": person.display_name,
                "board": board.name,
                "date": day(row.due_on),
                "action": row.description,
            },
            easy=board.easy_read_notifications,
        )
    await session.flush()
    return len(claimed)


async def sweep_action_reminders(
    sessionmaker: async_sessionmaker[AsyncSession], now: datetime | None = None
) -> int:
    now = now or utcnow()
    return await sweeps.in_batches(
        sessionmaker,
        lambda s: claim_action_reminders(s, now),
        BATCH,
        log,
        "reminded owners of actions due",
    )
