"""A meeting's change of time or place, postponement, new date and cancellation reach
everyone its papers go to, seat holders included, once per change."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date, timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Meeting, Membership, Organisation, Person
from tests import factories
from tests.api import papers_setup
from tests.api.helpers import API, if_match
from tests.api.notices_setup import people, queued
from tests.api.test_meeting_lifecycle import _at, _schedule, _step
from tests.factories import Caller
from tests.support import StatementCounter


async def test_members_and_seat_holders_hear_of_each_change_once(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org, name="Older Prisoners' Forum")
    members = [await factories.person(db, org, name=f"Member {i}") for i in range(2)]
    for person in members:
        await factories.membership(db, forum, person)
    meeting = await _schedule(client, coordinator, forum, _at(7))
    mid = meeting["id"]
    async with db() as session:
        row = await session.get_one(Meeting, uuid.UUID(mid))
    holder = await papers_setup.seat_holder(db, org, row)
    everyone = Counter({members[0].id: 1, members[1].id: 1, holder.id: 1})

    renamed = await client.patch(
        f"{API}/meetings/{mid}",
        json={"title": "Monthly forum"},
        headers={**coordinator.headers, **if_match('"1"')},
    )
    assert renamed.status_code == 200, renamed.text
    assert await queued(db) == []  # a new title is not a change of time or place

    moved = await client.patch(
        f"{API}/meetings/{mid}",
        json={"location": "Visits hall, HMP Example"},
        headers={**coordinator.headers, **if_match(renamed.headers["ETag"])},
    )
    assert moved.status_code == 200, moved.text
    changed = await queued(db, "meeting_changed")
    assert people(changed) == everyone
    assert all(m.body and "Where: Visits hall, HMP Example" in m.body for m in changed)
    assert all(m.subject.startswith("Monthly forum (Older Prisoners' Forum)") for m in changed)

    assert (await _step(client, coordinator, mid, "postpone")).status_code == 200
    assert (await _step(client, coordinator, mid, "postpone")).status_code == 200  # a retry
    assert people(await queued(db, "meeting_postponed")) == everyone

    later = _at(21)
    when = {"startsAt": later.isoformat(), "endsAt": (later + timedelta(hours=1)).isoformat()}
    assert (await _step(client, coordinator, mid, "reschedule", **when)).status_code == 200
    rescheduled = await queued(db, "meeting_rescheduled")
    assert people(rescheduled) == everyone
    assert all(m.body and f"{later.day} {later:%B %Y}" in m.body for m in rescheduled)

    # Cancelling releases the holder's seat; they are told with everyone else.
    assert (await _step(client, coordinator, mid, "cancel")).status_code == 200
    assert people(await queued(db, "meeting_cancelled")) == everyone
    assert len(await queued(db)) == 4 * len(everyone)


async def _statements_to_cancel(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    statements: StatementCounter,
    size: int,
) -> int:
    board = await factories.board(db, org, name=f"Board of {size}")
    async with db() as session:
        crowd = [
            Person(
                organisation_id=org.id,
                email=f"{uuid.uuid4().hex}@example.org",
                display_name=f"Member {i}",
                roles=["member"],
            )
            for i in range(size)
        ]
        session.add_all(crowd)
        await session.flush()
        session.add_all(
            Membership(
                organisation_id=org.id,
                board_id=board.id,
                person_id=p.id,
                term_start=date(2026, 1, 1),
            )
            for p in crowd
        )
        await session.commit()
    meeting = await _schedule(client, coordinator, board, _at(7))
    statements.reset()
    assert (await _step(client, coordinator, meeting["id"], "cancel")).status_code == 200
    count = statements.count
    told = [
        m for m in await queued(db, "meeting_cancelled") if m.person_id in {p.id for p in crowd}
    ]
    assert len(told) == size
    return count


async def test_telling_a_large_board_costs_what_telling_a_small_one_does(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    statements: StatementCounter,
) -> None:
    small = await _statements_to_cancel(client, db, org, coordinator, statements, 3)
    large = await _statements_to_cancel(client, db, org, coordinator, statements, 200)
    assert large == small, statements.statements
