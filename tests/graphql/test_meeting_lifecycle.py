"""The meeting lifecycle over GraphQL: the same table, permissions and effects as REST."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import Board, Organisation, OutboxEvent, SeatAssignment
from tests import factories
from tests.api import papers_setup
from tests.factories import Caller
from tests.graphql.helpers import gql, ok, only_error

CREATE = """mutation($board: UUID!, $input: CreateMeetingInput!) {
  createMeeting(boardId: $board, input: $input) { id status version } }"""
FIELDS = "id status startsAt endsAt version"
POSTPONE = f"mutation($id: UUID!) {{ postponeMeeting(id: $id) {{ {FIELDS} }} }}"
CANCEL = f"mutation($id: UUID!) {{ cancelMeeting(id: $id) {{ {FIELDS} }} }}"
HOLD = f"mutation($id: UUID!) {{ holdMeeting(id: $id) {{ {FIELDS} }} }}"
RESCHEDULE = f"""mutation($id: UUID!, $input: RescheduleMeetingInput!) {{
  rescheduleMeeting(id: $id, input: $input) {{ {FIELDS} }} }}"""
UPDATE = """mutation($id: UUID!, $version: Int!, $input: UpdateMeetingInput!) {
  updateMeeting(id: $id, version: $version, input: $input) { status title } }"""
MINUTES_FREE = """mutation($id: UUID!, $input: RecordAttendanceInput!) {
  recordAttendance(meetingId: $id, input: $input) { status } }"""


def _at(days: float) -> datetime:
    return datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)


async def _schedule(
    client: httpx.AsyncClient, who: Caller, board: Board, starts: datetime
) -> dict[str, Any]:
    data = {
        "title": "Monthly meeting",
        "startsAt": starts.isoformat(),
        "endsAt": (starts + timedelta(hours=2)).isoformat(),
    }
    body = await gql(client, who, CREATE, {"board": str(board.id), "input": data})
    meeting: dict[str, Any] = ok(body)["createMeeting"]
    return meeting


async def test_mutations_follow_the_table_and_name_the_allowed_steps(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    forum = await factories.board(db, org)
    meeting = await _schedule(client, coordinator, forum, _at(7))
    ids = {"id": meeting["id"]}

    only_error(await gql(client, member, POSTPONE, ids), "FORBIDDEN")
    postponed = ok(await gql(client, coordinator, POSTPONE, ids))["postponeMeeting"]
    assert (postponed["status"], postponed["version"]) == ("POSTPONED", 2)
    error = only_error(await gql(client, coordinator, HOLD, ids), "INVALID_TRANSITION")
    assert error["extensions"]["allowed"] == ["reschedule", "cancel"]

    later = _at(14)
    when = {"startsAt": later.isoformat(), "endsAt": (later + timedelta(hours=2)).isoformat()}
    back = ok(await gql(client, coordinator, RESCHEDULE, {**ids, "input": when}))
    assert back["rescheduleMeeting"]["status"] == "SCHEDULED"
    assert datetime.fromisoformat(back["rescheduleMeeting"]["startsAt"]) == later
    error = only_error(
        await gql(client, coordinator, RESCHEDULE, {**ids, "input": when}), "INVALID_TRANSITION"
    )
    assert error["extensions"]["allowed"] == ["postpone", "cancel", "hold"]
    error = only_error(await gql(client, coordinator, HOLD, ids), "RULE_VIOLATION")
    assert error["extensions"]["errors"][0]["pointer"] == "/status"

    cancelled = ok(await gql(client, coordinator, CANCEL, ids))["cancelMeeting"]
    assert cancelled["status"] == "CANCELLED"
    error = only_error(await gql(client, coordinator, POSTPONE, ids), "INVALID_TRANSITION")
    assert error["extensions"]["allowed"] == []
    # updateMeeting's status runs the same table.
    error = only_error(
        await gql(
            client,
            coordinator,
            UPDATE,
            {**ids, "version": cancelled["version"], "input": {"status": "SCHEDULED"}},
        ),
        "INVALID_TRANSITION",
    )
    assert error["extensions"]["allowed"] == []

    async with db() as session:
        rows = await session.scalars(select(OutboxEvent).order_by(col(OutboxEvent.id)))
        types = [e.event_type for e in rows if e.payload.get("meetingId") == meeting["id"]]
    assert types == ["meeting.scheduled", "meeting.postponed", "meeting.scheduled",
                     "meeting.cancelled"]  # fmt: skip


async def test_cancel_releases_seats_and_hold_opens_attendance(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
) -> None:
    s = await papers_setup.setup(db, app)
    holder = await papers_setup.seat_holder(db, s.org, s.meeting)
    ok(await gql(client, s.coordinator, CANCEL, {"id": str(s.meeting.id)}))
    async with db() as session:
        (assignment,) = await session.scalars(
            select(SeatAssignment).where(col(SeatAssignment.meeting_id) == s.meeting.id)
        )
    assert (assignment.person_id, assignment.status) == (holder.id, "released")

    past = await _schedule(client, s.coordinator, s.board, _at(-0.1))
    present = {"personId": str(s.members[0].id), "status": "PRESENT"}
    only_error(
        await gql(client, s.coordinator, MINUTES_FREE, {"id": past["id"], "input": present}),
        "CONFLICT",
    )
    ok(await gql(client, s.coordinator, HOLD, {"id": past["id"]}))
    recorded = ok(
        await gql(client, s.coordinator, MINUTES_FREE, {"id": past["id"], "input": present})
    )
    assert recorded == {"recordAttendance": {"status": "PRESENT"}}
