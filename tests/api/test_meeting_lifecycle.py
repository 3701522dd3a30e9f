"""The meeting lifecycle over REST: the transition table, who may take each step, what
cancelling does to seats, papers and the feed, and that a PATCH of `status` runs the same
table."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from icalendar import Calendar
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import AuditEvent, Board, Organisation, OutboxEvent, SeatAssignment
from tests import factories
from tests.api import papers_setup
from tests.api.helpers import API, if_match, problem
from tests.factories import Caller


def _at(days: float) -> datetime:
    return datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)


async def _schedule(
    client: httpx.AsyncClient, who: Caller, board: Board, starts: datetime
) -> dict[str, Any]:
    body = {
        "title": "Monthly meeting",
        "startsAt": starts.isoformat(),
        "endsAt": (starts + timedelta(hours=2)).isoformat(),
    }
    response = await client.post(
        f"{API}/boards/{board.id}/meetings", json=body, headers=who.headers
    )
    assert response.status_code == 201, response.text
    meeting: dict[str, Any] = response.json()
    return meeting


async def _step(
    client: httpx.AsyncClient, who: Caller | dict[str, str], meeting_id: str, step: str, **body: Any
) -> httpx.Response:
    headers = who if isinstance(who, dict) else who.headers
    return await client.post(
        f"{API}/meetings/{meeting_id}/{step}", json=body or None, headers=headers
    )


async def _events(db: async_sessionmaker[AsyncSession], meeting_id: str) -> list[tuple[str, str]]:
    """(event type, status carried) of the meeting's events, oldest first."""
    async with db() as session:
        rows = await session.scalars(select(OutboxEvent).order_by(col(OutboxEvent.id)))
        return [
            (e.event_type, e.payload["status"])
            for e in rows
            if e.payload.get("meetingId") == meeting_id and e.event_type.startswith("meeting.")
        ]


async def _audit(db: async_sessionmaker[AsyncSession], entity_id: str) -> list[AuditEvent]:
    wanted = uuid.UUID(entity_id)
    async with db() as session:
        rows = await session.scalars(
            select(AuditEvent)
            .where(col(AuditEvent.entity_id) == wanted)
            .order_by(col(AuditEvent.id))
        )
        return list(rows)


async def test_postpone_reschedule_cancel_follow_the_table_and_refuse_other_steps(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    meeting = await _schedule(client, coordinator, forum, _at(7))
    mid = meeting["id"]

    postponed = await _step(client, coordinator, mid, "postpone")
    assert postponed.status_code == 200, postponed.text
    assert postponed.json()["status"] == "postponed"
    assert postponed.headers["ETag"] == '"2"'
    # A retry after a lost response is harmless: same answer, no second event.
    again = await _step(client, coordinator, mid, "postpone")
    assert (again.status_code, again.headers["ETag"]) == (200, '"2"')

    refused = problem(await _step(client, coordinator, mid, "hold"), 409, "invalid-transition")
    assert refused["allowed"] == ["reschedule", "cancel"]
    assert "postponed cannot become held" in refused["detail"]

    later = _at(21)
    when = {"startsAt": later.isoformat(), "endsAt": (later + timedelta(hours=1)).isoformat()}
    rescheduled = await _step(client, coordinator, mid, "reschedule", **when)
    assert rescheduled.status_code == 200, rescheduled.text
    assert rescheduled.json()["status"] == "scheduled"
    assert datetime.fromisoformat(rescheduled.json()["startsAt"]) == later
    # Rescheduling is the way back from postponed, not a way to move a scheduled meeting.
    refused = problem(
        await _step(client, coordinator, mid, "reschedule", **when), 409, "invalid-transition"
    )
    assert refused["allowed"] == ["postpone", "cancel", "hold"]
    backwards = {"startsAt": later.isoformat(), "endsAt": later.isoformat()}
    bad = problem(await _step(client, coordinator, mid, "reschedule", **backwards), 422)
    assert bad["errors"][0]["pointer"] == "/endsAt"

    cancelled = await _step(client, coordinator, mid, "cancel")
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["status"] == "cancelled"
    for step in ("postpone", "hold"):
        final = problem(await _step(client, coordinator, mid, step), 409, "invalid-transition")
        assert final["allowed"] == []
    assert (await _step(client, coordinator, mid, "cancel")).status_code == 200

    assert await _events(db, mid) == [
        ("meeting.scheduled", "scheduled"),
        ("meeting.postponed", "postponed"),
        ("meeting.scheduled", "scheduled"),
        ("meeting.cancelled", "cancelled"),
    ]
    actions = [(a.action, sorted(a.changed_fields)) for a in await _audit(db, mid)]
    assert actions == [
        ("meeting.created", ["ends_at", "starts_at", "title"]),
        ("meeting.postponed", ["status"]),
        ("meeting.rescheduled", ["ends_at", "starts_at", "status"]),
        ("meeting.cancelled", ["status"]),
    ]


async def test_a_meeting_is_held_once_it_has_started_by_staff_or_its_officers(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    forum = await factories.board(db, org)
    secretary = await factories.person(db, org)
    await factories.membership(db, forum, secretary, role="secretary")
    as_secretary = factories.token_for(app, secretary).headers
    future = await _schedule(client, coordinator, forum, _at(3))
    early = problem(await _step(client, coordinator, future["id"], "hold"), 422, "rule-violation")
    assert early["errors"][0]["pointer"] == "/status"

    past = await _schedule(client, coordinator, forum, _at(-0.1))
    problem(await _step(client, member, past["id"], "hold"), 403, "forbidden")
    # The secretary says it sat, but postponing and cancelling are staff's.
    problem(await _step(client, as_secretary, past["id"], "cancel"), 403, "forbidden")
    held = await _step(client, as_secretary, past["id"], "hold")
    assert held.status_code == 200, held.text
    assert held.json()["status"] == "held"
    final = problem(await _step(client, coordinator, past["id"], "cancel"), 409)
    assert final["allowed"] == []
    assert await _events(db, past["id"]) == [
        ("meeting.scheduled", "scheduled"),
        ("meeting.held", "held"),
    ]


async def test_cancelling_releases_seats_keeps_papers_and_cancels_the_feed_entry(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
) -> None:
    s = await papers_setup.setup(db, app)
    meeting_id = str(s.meeting.id)
    paper = await papers_setup.paper(client, s.coordinator, s.meeting.id)
    holder = await papers_setup.seat_holder(db, s.org, s.meeting)
    member = s.member_callers[0]

    cancelled = await _step(client, s.coordinator, meeting_id, "cancel")
    assert cancelled.status_code == 200, cancelled.text

    async with db() as session:
        (assignment,) = await session.scalars(
            select(SeatAssignment).where(col(SeatAssignment.meeting_id) == s.meeting.id)
        )
        released = await session.scalars(
            select(OutboxEvent).where(OutboxEvent.event_type == "seat.released")
        )
        released_events = [e.payload for e in released]
    assert (assignment.person_id, assignment.status) == (holder.id, "released")
    assert assignment.ended_at is not None
    assert assignment.reason == "meeting cancelled"
    assert released_events == [
        {
            "assignmentId": str(assignment.id),
            "seatId": str(assignment.seat_id),
            "meetingId": meeting_id,
            "personId": str(holder.id),
            "status": "released",
        }
    ]
    assert [a.action for a in await _audit(db, str(assignment.id))] == ["seat.released"]

    papers = await client.get(f"{API}/meetings/{meeting_id}/papers", headers=s.coordinator.headers)
    assert papers.status_code == 200, papers.text
    assert [p["id"] for p in papers.json()["items"]] == [paper["id"]]
    assert (
        await client.get(f"{API}/papers/{paper['id']}", headers=s.coordinator.headers)
    ).status_code == 200

    feed = await client.get(f"{API}/boards/{s.board.id}/calendar.ics", headers=member.headers)
    assert feed.status_code == 200, feed.text
    events = {str(e["uid"]): e for e in Calendar.from_ical(feed.content).walk("VEVENT")}
    assert str(events[f"{meeting_id}@chorus"]["status"]) == "CANCELLED"
    assert str(events[f"{meeting_id}@chorus"]["sequence"]) == "1"
    assert str(events[f"{s.soon.id}@chorus"]["status"]) == "CONFIRMED"

    # Nothing more is recorded for a meeting that will not sit, apologies included.
    attendance = {"personId": str(s.members[0].id), "status": "apologies"}
    problem(
        await client.post(
            f"{API}/meetings/{meeting_id}/attendance", json=attendance, headers=member.headers
        ),
        409,
        "conflict",
    )


async def test_a_postponed_meeting_is_tentative_in_the_feed(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    meeting = await _schedule(client, coordinator, forum, _at(7))
    assert (await _step(client, coordinator, meeting["id"], "postpone")).status_code == 200
    feed = await client.get(f"{API}/boards/{forum.id}/calendar.ics", headers=coordinator.headers)
    (event,) = Calendar.from_ical(feed.content).walk("VEVENT")
    assert str(event["status"]) == "TENTATIVE"


async def test_a_patch_of_status_runs_the_same_table_and_writes_nothing_when_refused(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    meeting = await _schedule(client, coordinator, forum, _at(7))
    path = f"{API}/meetings/{meeting['id']}"
    headers = {**coordinator.headers, **if_match('"1"')}

    refused = problem(
        await client.patch(path, json={"status": "held", "title": "Renamed"}, headers=headers),
        422,
        "rule-violation",
    )
    assert refused["errors"][0]["pointer"] == "/status"
    postponed = await client.patch(path, json={"status": "postponed"}, headers=headers)
    assert postponed.status_code == 200, postponed.text
    headers = {**coordinator.headers, **if_match(postponed.headers["ETag"])}
    refused = problem(
        await client.patch(path, json={"status": "held", "title": "Renamed"}, headers=headers),
        409,
        "invalid-transition",
    )
    assert refused["allowed"] == ["reschedule", "cancel"]
    assert (await client.get(path, headers=coordinator.headers)).json()["title"] == (
        "Monthly meeting"
    )

    cancelled = await client.patch(
        path, json={"status": "cancelled", "title": "Called off"}, headers=headers
    )
    assert cancelled.status_code == 200, cancelled.text
    assert (cancelled.json()["status"], cancelled.json()["title"]) == ("cancelled", "Called off")
    audit = await _audit(db, meeting["id"])
    assert (audit[-1].action, sorted(audit[-1].changed_fields)) == (
        "meeting.cancelled",
        ["status", "title"],
    )
    headers = {**coordinator.headers, **if_match(cancelled.headers["ETag"])}
    moved = _at(30).isoformat()
    kept = problem(await client.patch(path, json={"startsAt": moved}, headers=headers), 409)
    assert "keeps its time" in kept["detail"]
    assert await _events(db, meeting["id"]) == [
        ("meeting.scheduled", "scheduled"),
        ("meeting.postponed", "postponed"),
        ("meeting.cancelled", "cancelled"),
    ]


async def test_only_staff_postpone_or_cancel_and_other_organisations_see_nothing(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    other_org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    forum = await factories.board(db, org)
    meeting = await _schedule(client, coordinator, forum, _at(7))
    for step in ("postpone", "cancel"):
        problem(await _step(client, member, meeting["id"], step), 403, "forbidden")
    stranger = await factories.caller(db, app, other_org, "coordinator")
    problem(await _step(client, stranger, meeting["id"], "cancel"), 404, "not-found")
    assert (await client.get(f"{API}/meetings/{meeting['id']}", headers=member.headers)).json()[
        "status"
    ] == "scheduled"
