"""The outbox is written in the caller's transaction: it stands or falls with the change."""

from __future__ import annotations

import uuid

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import Organisation, OutboxEvent
from app.domain import audit


async def _outbox(session: AsyncSession) -> list[OutboxEvent]:
    return list((await session.scalars(select(OutboxEvent))).all())


async def test_an_event_rolled_back_is_never_sent(session: AsyncSession) -> None:
    org = Organisation(name="Org")
    session.add(org)
    await session.commit()
    org_id = org.id

    audit.emit(session, org_id, "meeting.scheduled", {"meetingId": str(uuid.uuid4())})
    await session.flush()  # written, but not committed
    assert await session.scalar(select(func.count()).select_from(OutboxEvent)) == 1
    await session.rollback()

    assert await _outbox(session) == []


async def test_an_event_committed_is_kept_with_its_data(session: AsyncSession) -> None:
    org = Organisation(name="Org")
    session.add(org)
    await session.commit()
    meeting_id = str(uuid.uuid4())

    audit.emit(session, org.id, "meeting.scheduled", {"meetingId": meeting_id, "status": "x"})
    await session.commit()
    session.expunge_all()

    [event] = await _outbox(session)
    assert event.organisation_id == org.id
    assert event.event_type == "meeting.scheduled"
    assert event.payload == {"meetingId": meeting_id, "status": "x"}
    assert event.dispatched_at is None


async def test_an_event_shares_the_fate_of_the_change_that_caused_it(
    session: AsyncSession,
) -> None:
    org = Organisation(name="Org")
    session.add(org)
    await session.commit()
    org_id = org.id  # a rollback expires loaded objects

    session.add(Organisation(name="Rolled back"))
    audit.emit(session, org_id, "board.created", {})
    await session.rollback()
    session.add(Organisation(name="Committed"))
    audit.emit(session, org_id, "board.created", {})
    await session.commit()

    names = set((await session.scalars(select(Organisation.name))).all())
    assert names == {"Org", "Committed"}
    assert len(await _outbox(session)) == 1
