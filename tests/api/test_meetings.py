"""Meetings: scheduling, changes under If-Match, events, attendance and minutes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import Board, Organisation, OutboxEvent
from tests import factories
from tests.api.helpers import API, collect, if_match, problem
from tests.factories import Caller


def _at(days: float) -> datetime:
    return datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)


def _body(starts: datetime, **extra: Any) -> dict[str, Any]:
    return {
        "title": "Monthly meeting",
        "startsAt": starts.isoformat(),
        "endsAt": (starts + timedelta(hours=2)).isoformat(),
        **extra,
    }


async def _schedule(
    client: httpx.AsyncClient, who: Caller, board: Board, starts: datetime, **extra: Any
) -> dict[str, Any]:
    response = await client.post(
        f"{API}/boards/{board.id}/meetings", json=_body(starts, **extra), headers=who.headers
    )
    assert response.status_code == 201, response.text
    meeting: dict[str, Any] = response.json()
    meeting["etag"] = response.headers["ETag"]
    return meeting


async def _events(db: async_sessionmaker[AsyncSession], event_type: str) -> list[OutboxEvent]:
    async with db() as session:
        rows = await session.scalars(
            select(OutboxEvent)
            .where(OutboxEvent.event_type == event_type)
            .order_by(col(OutboxEvent.id))
        )
        return list(rows)


async def test_coordinator_schedules_a_meeting_with_its_agenda(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    starts = datetime(2026, 12, 1, 10, tzinfo=UTC)
    response = await client.post(
        f"{API}/boards/{forum.id}/meetings",
        json=_body(
            starts,
            location="Room 4",
            onlineUrl="https://meet.example/forum",
            agenda=[
                {"title": "Welcome"},
                {"title": "Resettlement", "topicTags": [" Housing ", "housing", "Benefits"]},
            ],
        ),
        headers=coordinator.headers,
    )
    assert response.status_code == 201, response.text
    meeting = response.json()
    assert response.headers["Location"] == f"{API}/meetings/{meeting['id']}"
    assert response.headers["ETag"] == '"1"'
    assert meeting["boardId"] == str(forum.id)
    assert meeting["status"] == "scheduled"
    assert meeting["startsAt"] == "2026-12-01T10:00:00Z"
    assert [(a["position"], a["title"], a["topicTags"]) for a in meeting["agenda"]] == [
        (1, "Welcome", []),
        (2, "Resettlement", ["benefits", "housing"]),
    ]

    fetched = await client.get(f"{API}/meetings/{meeting['id']}", headers=coordinator.headers)
    assert fetched.status_code == 200, fetched.text
    assert fetched.headers["ETag"] == '"1"'
    assert fetched.json()["agenda"] == meeting["agenda"]


async def test_who_may_schedule_a_meeting(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    other_org: Organisation,
    member: Caller,
) -> None:
    forum = await factories.board(db, org)
    path = f"{API}/boards/{forum.id}/meetings"
    problem(await client.post(path, json=_body(_at(7)), headers=member.headers), 403, "forbidden")

    writer = factories.token_for(app, await factories.api_client(db, org, ["meetings:write"]))
    response = await client.post(path, json=_body(_at(7)), headers=writer.headers)
    assert response.status_code == 201, response.text

    reader = factories.token_for(app, await factories.api_client(db, org, ["meetings:read"]))
    problem(await client.post(path, json=_body(_at(8)), headers=reader.headers), 403, "forbidden")
    assert len(await collect(client, f"/boards/{forum.id}/meetings", reader.headers)) == 1

    stranger = await factories.caller(db, app, other_org, "coordinator")
    problem(await client.post(path, json=_body(_at(7)), headers=stranger.headers), 404)
    problem(
        await client.get(f"{API}/meetings/{response.json()['id']}", headers=stranger.headers), 404
    )


async def test_meeting_times_are_validated(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    path = f"{API}/boards/{forum.id}/meetings"
    starts = _at(7)

    backwards = {**_body(starts), "endsAt": (starts - timedelta(hours=1)).isoformat()}
    body = problem(await client.post(path, json=backwards, headers=coordinator.headers), 422)
    assert [e["pointer"] for e in body["errors"]] == ["/endsAt"]

    naive = {**_body(starts), "startsAt": "2026-12-01T10:00:00"}
    body = problem(
        await client.post(path, json=naive, headers=coordinator.headers), 422, "validation"
    )
    assert [e["pointer"] for e in body["errors"]] == ["/startsAt"]

    meeting = await _schedule(client, coordinator, forum, starts)
    late_start = {"startsAt": (starts + timedelta(hours=3)).isoformat()}
    body = problem(
        await client.patch(
            f"{API}/meetings/{meeting['id']}",
            json=late_start,
            headers={**coordinator.headers, **if_match(meeting["etag"])},
        ),
        422,
        "rule-violation",
    )
    assert [e["pointer"] for e in body["errors"]] == ["/endsAt"]


async def test_upcoming_lists_only_meetings_not_yet_started(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    forum = await factories.board(db, org)
    await _schedule(client, coordinator, forum, _at(-3))
    soon = await _schedule(client, coordinator, forum, _at(3))
    later = await _schedule(client, coordinator, forum, _at(30))

    everything = await collect(client, f"/boards/{forum.id}/meetings", member.headers)
    assert len(everything) == 3
    response = await client.get(
        f"{API}/boards/{forum.id}/meetings", params={"upcoming": "true"}, headers=member.headers
    )
    assert response.status_code == 200, response.text
    assert [m["id"] for m in response.json()["items"]] == [soon["id"], later["id"]]


async def test_changes_need_a_current_etag(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    forum = await factories.board(db, org)
    meeting = await _schedule(client, coordinator, forum, _at(7))
    path = f"{API}/meetings/{meeting['id']}"
    rename = {"title": "Extraordinary meeting"}

    problem(await client.patch(path, json=rename, headers=coordinator.headers), 428)
    problem(
        await client.patch(path, json=rename, headers={**member.headers, **if_match('"1"')}), 403
    )
    response = await client.patch(
        path, json=rename, headers={**coordinator.headers, **if_match('"1"')}
    )
    assert response.status_code == 200, response.text
    assert response.headers["ETag"] == '"2"'
    assert response.json()["title"] == "Extraordinary meeting"
    problem(
        await client.patch(
            path, json={"title": "Again"}, headers={**coordinator.headers, **if_match('"1"')}
        ),
        412,
        "precondition-failed",
    )


async def test_scheduling_and_cancelling_emit_events_without_personal_data(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    meeting = await _schedule(
        client,
        coordinator,
        forum,
        _at(7),
        agenda=[{"title": "Jo's parole review", "topicTags": ["parole"]}],
    )

    (scheduled,) = await _events(db, "meeting.scheduled")
    assert scheduled.organisation_id == org.id
    assert scheduled.payload == {
        "meetingId": meeting["id"],
        "boardId": str(forum.id),
        # The same text as the REST body: UTC with Z, events and webhooks included.
        "startsAt": meeting["startsAt"],
        "endsAt": meeting["endsAt"],
        "status": "scheduled",
    }
    assert await _events(db, "meeting.cancelled") == []

    response = await client.patch(
        f"{API}/meetings/{meeting['id']}",
        json={"status": "cancelled"},
        headers={**coordinator.headers, **if_match(meeting["etag"])},
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "cancelled"
    (cancelled,) = await _events(db, "meeting.cancelled")
    assert cancelled.payload["meetingId"] == meeting["id"]
    assert cancelled.payload["status"] == "cancelled"


async def test_attendance_is_recorded_by_officers_and_apologies_by_anyone(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    alex, sam, secretary = [await factories.person(db, org) for _ in range(3)]
    for who in (alex, sam):
        await factories.membership(db, forum, who)
    await factories.membership(db, forum, secretary, role="secretary")
    meeting = await _schedule(client, coordinator, forum, _at(-0.1))
    path = f"{API}/meetings/{meeting['id']}/attendance"
    as_alex = factories.token_for(app, alex).headers

    async def record(headers: dict[str, str], person_id: Any, status: str) -> httpx.Response:
        return await client.post(
            path, json={"personId": str(person_id), "status": status}, headers=headers
        )

    # Apologies go in before the meeting sits; who was there only once it has.
    response = await record(as_alex, alex.id, "apologies")
    assert response.status_code == 200, response.text
    assert response.json() == {"personId": str(alex.id), "status": "apologies"}
    problem(await record(as_alex, sam.id, "apologies"), 403, "forbidden")
    problem(await record(as_alex, alex.id, "present"), 403, "forbidden")
    as_secretary = factories.token_for(app, secretary).headers
    early = problem(await record(as_secretary, sam.id, "present"), 409, "conflict")
    assert "held meeting" in early["detail"]
    held = await client.post(f"{API}/meetings/{meeting['id']}/hold", headers=as_secretary)
    assert held.status_code == 200, held.text
    assert held.json()["status"] == "held"

    assert (await record(as_secretary, sam.id, "present")).status_code == 200
    assert (await record(coordinator.headers, alex.id, "absent")).status_code == 200

    listed = await client.get(path, headers=as_alex)
    assert listed.status_code == 200, listed.text
    assert {(a["personId"], a["status"]) for a in listed.json()} == {
        (str(alex.id), "absent"),
        (str(sam.id), "present"),
    }


async def test_minutes_are_drafted_edited_and_approved_then_final(
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
    meeting = await _schedule(client, coordinator, forum, _at(-1))
    path = f"{API}/meetings/{meeting['id']}/minutes"

    problem(await client.get(path, headers=member.headers), 404)
    problem(await client.put(path, json={"body": "Draft"}, headers=member.headers), 403)
    # Minutes are of a meeting that sat: none before it is marked held.
    problem(await client.put(path, json={"body": "Draft"}, headers=as_secretary), 409, "conflict")
    held = await client.post(f"{API}/meetings/{meeting['id']}/hold", headers=as_secretary)
    assert held.status_code == 200, held.text
    drafted = await client.put(path, json={"body": "Draft"}, headers=as_secretary)
    assert drafted.status_code == 200, drafted.text
    assert drafted.json()["status"] == "draft"
    etag = drafted.headers["ETag"]

    edit = {"body": "Draft, corrected"}
    problem(await client.put(path, json=edit, headers=as_secretary), 428)
    problem(await client.put(path, json=edit, headers={**as_secretary, **if_match('"9"')}), 412)
    edited = await client.put(path, json=edit, headers={**as_secretary, **if_match(etag)})
    assert edited.status_code == 200, edited.text
    # The optional If-Match of a PUT reads lists and * like the required ones.
    listed = if_match(f'"9", {edited.headers["ETag"]}')
    assert (
        await client.put(path, json=edit, headers={**as_secretary, **listed})
    ).status_code == 200
    starred = await client.put(path, json=edit, headers={**as_secretary, **if_match("*")})
    assert starred.status_code == 200, starred.text

    problem(await client.post(f"{path}/approve", headers=member.headers), 403)
    approved = await client.post(f"{path}/approve", headers=as_secretary)
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "approved"
    assert approved.json()["approvedBy"] == str(secretary.id)
    assert (await client.post(f"{path}/approve", headers=as_secretary)).status_code == 200

    current = await client.get(path, headers=member.headers)
    assert current.json()["body"] == "Draft, corrected"
    problem(
        await client.put(
            path,
            json={"body": "Rewritten"},
            headers={**as_secretary, **if_match(current.headers["ETag"])},
        ),
        409,
        "conflict",
    )
