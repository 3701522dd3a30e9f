"""An action's owner is reminded the day before it is due, once per action and due date,
however many sweeps run; a new due date earns a new reminder."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from app.db.engine import make_engine, make_sessionmaker
from app.db.models import ActionItem, Meeting, Organisation, Person
from app.db.types import utcnow
from app.domain.meetings.action_reminders import sweep_action_reminders
from app.domain.notifications.timing import LONDON
from app.integrations.scheduler import start_scheduler
from app.settings import Settings
from tests import factories
from tests.api.notices_setup import queued


async def _actions(
    db: async_sessionmaker[AsyncSession], org: Organisation, owners: dict[str, Person | None]
) -> tuple[date, dict[str, ActionItem]]:
    board = await factories.board(db, org, name="Service User Council")
    today = utcnow().astimezone(LONDON).date()
    due = {
        "tomorrow": today + timedelta(days=1),
        "today": today,
        "next week": today + timedelta(days=7),
        "done": today + timedelta(days=1),
        "nobody's": today + timedelta(days=1),
        "overdue": today - timedelta(days=1),
    }
    async with db() as session:
        meeting = Meeting(
            organisation_id=org.id,
            board_id=board.id,
            title="Council",
            starts_at=datetime.now(UTC) - timedelta(days=7),
            ends_at=datetime.now(UTC) - timedelta(days=7, hours=-2),
            status="held",
        )
        session.add(meeting)
        await session.flush()
        items = {
            label: ActionItem(
                organisation_id=org.id,
                board_id=board.id,
                meeting_id=meeting.id,
                description=f"Action {label}",
                owner_person_id=(owner.id if owner else None),
                due_on=due[label],
                status="done" if label == "done" else "open",
            )
            for label, owner in owners.items()
        }
        session.add_all(items.values())
        await session.commit()
    return today, items


async def test_each_action_due_is_reminded_once_to_its_owner(
    db: async_sessionmaker[AsyncSession], settings: Settings, org: Organisation
) -> None:
    sam = await factories.person(db, org, name="Sam")
    gone = await factories.person(db, org, name="Gone")
    async with db() as session:
        await session.execute(update(Person).where(col(Person.id) == gone.id).values(active=False))
        await session.commit()
    today, items = await _actions(
        db,
        org,
        {
            "tomorrow": sam,
            "today": sam,
            "next week": sam,
            "done": sam,
            "nobody's": None,
            "overdue": gone,
        },
    )
    scheduler = start_scheduler(settings.model_copy(update={"scheduler_interval_seconds": 0}), db)
    await scheduler.run_once()
    await scheduler.run_once()  # a second sweep finds them claimed

    told = await queued(db, "action_due")
    assert sorted(m.subject for m in told) == sorted(
        f"An action of Service User Council is due on {d:%A} {d.day} {d:%B %Y}"
        for d in (today, today + timedelta(days=1))
    )
    assert all(m.person_id == sam.id for m in told)
    assert {(m.body or "").split("\n\n")[2] for m in told} == {"Action tomorrow", "Action today"}

    # Put off by a day: the new date is reminded in its turn.
    async with db() as session:
        await session.execute(
            update(ActionItem)
            .where(col(ActionItem.id) == items["today"].id)
            .values(due_on=today + timedelta(days=1))
        )
        await session.commit()
    await scheduler.run_once()
    assert len(await queued(db, "action_due")) == 3


async def test_sweeps_racing_remind_each_action_once(
    db: async_sessionmaker[AsyncSession], database_url: str, org: Organisation
) -> None:
    owner = await factories.person(db, org, name="Sam")
    await _actions(db, org, {"tomorrow": owner, "today": owner})
    engines = [make_engine(database_url) for _ in range(3)]
    try:
        claimed = await asyncio.gather(
            *(sweep_action_reminders(make_sessionmaker(e)) for e in engines),
            return_exceptions=True,
        )
    finally:
        for engine in engines:
            await engine.dispose()
    # SQLite may refuse a racing writer outright; what counts is that nobody is told twice.
    assert sum(c for c in claimed if isinstance(c, int)) == 2
    assert len(await queued(db, "action_due")) == 2
