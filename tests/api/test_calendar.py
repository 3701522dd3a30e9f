"""Calendar feeds: parsed back with icalendar, never compared as text alone."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from icalendar import Calendar, Event
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import Board, CalendarFeedToken, Organisation, Person
from tests import factories
from tests.api.helpers import API, if_match, problem
from tests.factories import Caller
from tests.support import StatementCounter

LONDON = "Europe/London"


def _at(days: float) -> datetime:
    return datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)


async def _schedule(
    client: httpx.AsyncClient,
    who: Caller,
    board: Board,
    starts: datetime,
    title: str = "Monthly meeting",
    **extra: Any,
) -> dict[str, Any]:
    body = {
        "title": title,
        "startsAt": starts.isoformat(),
        "endsAt": (starts + timedelta(hours=2)).isoformat(),
        **extra,
    }
    response = await client.post(
        f"{API}/boards/{board.id}/meetings", json=body, headers=who.headers
    )
    assert response.status_code == 201, response.text
    meeting: dict[str, Any] = response.json()
    meeting["etag"] = response.headers["ETag"]
    return meeting


async def _patch(
    client: httpx.AsyncClient, who: Caller, meeting: dict[str, Any], body: dict[str, Any]
) -> None:
    response = await client.patch(
        f"{API}/meetings/{meeting['id']}",
        json=body,
        headers={**who.headers, **if_match(meeting["etag"])},
    )
    assert response.status_code == 200, response.text
    meeting["etag"] = response.headers["ETag"]


def _parse(response: httpx.Response) -> Calendar:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert response.headers["cache-control"] == "private, max-age=300"
    return Calendar.from_ical(response.content)


def _events(calendar: Calendar) -> dict[str, Event]:
    return {str(e["UID"]): e for e in calendar.events}


def _start(event: Event) -> datetime:
    start = event.start
    assert isinstance(start, datetime)
    return start


def _zones(calendar: Calendar) -> list[str]:
    return [str(tz["TZID"]) for tz in calendar.timezones]


def _uid(meeting: dict[str, Any]) -> str:
    return f"{meeting['id']}@chorus"


async def _board_feed(client: httpx.AsyncClient, who: Caller, board: Board) -> Calendar:
    return _parse(await client.get(f"{API}/boards/{board.id}/calendar.ics", headers=who.headers))


async def _new_feed_url(client: httpx.AsyncClient, who: Caller) -> str:
    response = await client.post(f"{API}/me/calendar-feed", headers=who.headers)
    assert response.status_code == 201, response.text
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body.keys() == {"url", "createdAt"}
    url: str = body["url"]
    # Absolute: a calendar app has no base to resolve a path against.
    assert url.startswith(f"http://chorus.test{API}/calendar/")
    assert url.endswith(".ics")
    return url


async def test_board_feed_has_one_event_per_meeting_with_stable_uids(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org, name="Older Prisoners Forum")
    first = await _schedule(
        client, coordinator, forum, _at(3), location="Room 4", onlineUrl="https://meet.example/x"
    )
    second = await _schedule(client, coordinator, forum, _at(33), title="Annual meeting")

    calendar = await _board_feed(client, coordinator, forum)
    again = await _board_feed(client, coordinator, forum)

    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//Chorus//")
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["X-WR-CALNAME"]) == "Older Prisoners Forum"
    assert _zones(calendar) == [LONDON]
    events = _events(calendar)
    assert set(events) == {_uid(first), _uid(second)}
    assert set(_events(again)) == set(events)
    event = events[_uid(first)]
    assert str(event["SUMMARY"]) == "Older Prisoners Forum: Monthly meeting"
    assert str(event["LOCATION"]) == "Room 4"
    assert str(event["URL"]) == "https://meet.example/x"
    assert _start(event) == datetime.fromisoformat(first["startsAt"])
    assert event.end == datetime.fromisoformat(first["endsAt"])
    assert {"DTSTAMP", "LAST-MODIFIED"} <= event.keys()
    assert "LOCATION" not in events[_uid(second)]


async def test_sequence_grows_with_each_change(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    meeting = await _schedule(client, coordinator, forum, _at(10))
    uid = _uid(meeting)
    assert _events(await _board_feed(client, coordinator, forum))[uid]["SEQUENCE"] == 0

    later = datetime.fromisoformat(meeting["startsAt"]) + timedelta(hours=1)
    await _patch(client, coordinator, meeting, {"startsAt": later.isoformat()})
    moved = _events(await _board_feed(client, coordinator, forum))[uid]
    assert moved["SEQUENCE"] == 1
    assert _start(moved) == later

    await _patch(client, coordinator, meeting, {"agenda": [{"title": "Papers"}]})
    assert _events(await _board_feed(client, coordinator, forum))[uid]["SEQUENCE"] == 2


async def test_a_cancelled_meeting_is_marked_cancelled(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    kept = await _schedule(client, coordinator, forum, _at(5))
    dropped = await _schedule(client, coordinator, forum, _at(12))
    await _patch(client, coordinator, dropped, {"status": "cancelled"})

    events = _events(await _board_feed(client, coordinator, forum))
    assert str(events[_uid(kept)]["STATUS"]) == "CONFIRMED"
    assert str(events[_uid(dropped)]["STATUS"]) == "CANCELLED"
    assert events[_uid(dropped)]["SEQUENCE"] == 1


async def test_times_are_local_to_london_in_summer_and_winter(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    summer = await _schedule(client, coordinator, forum, datetime(2026, 7, 1, 9, tzinfo=UTC))
    winter = await _schedule(client, coordinator, forum, datetime(2026, 12, 1, 10, tzinfo=UTC))

    response = await client.get(
        f"{API}/boards/{forum.id}/calendar.ics", headers=coordinator.headers
    )
    events = _events(_parse(response))
    for meeting, local_hour in ((summer, 10), (winter, 10)):
        event = events[_uid(meeting)]
        assert event["DTSTART"].params["TZID"] == LONDON
        assert _start(event).hour == local_hour
        assert _start(event) == datetime.fromisoformat(meeting["startsAt"])
    assert "DTSTART;TZID=Europe/London:20260701T100000" in response.text
    assert "DTSTART;TZID=Europe/London:20261201T100000" in response.text


async def test_times_follow_the_boards_own_time_zone(
    client: httpx.AsyncClient, coordinator: Caller
) -> None:
    response = await client.post(
        f"{API}/boards",
        json={"name": "Belfast link", "kind": "advisory", "timezone": "America/New_York"},
        headers=coordinator.headers,
    )
    assert response.status_code == 201, response.text
    board_id = response.json()["id"]
    starts = datetime(2026, 12, 1, 15, tzinfo=UTC)
    created = await client.post(
        f"{API}/boards/{board_id}/meetings",
        json={
            "title": "Link-up",
            "startsAt": starts.isoformat(),
            "endsAt": (starts + timedelta(hours=1)).isoformat(),
        },
        headers=coordinator.headers,
    )
    assert created.status_code == 201, created.text

    calendar = _parse(
        await client.get(f"{API}/boards/{board_id}/calendar.ics", headers=coordinator.headers)
    )
    (event,) = calendar.events
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert _start(event).hour == 10
    assert _zones(calendar) == ["America/New_York"]


async def test_feeds_carry_nothing_personal(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    who = await factories.person(
        db,
        org,
        name="Zebedee Quillfeather",
        email="zebedee.quill@example.org",
        access_needs="Needs a hearing loop",
        lived_experience_categories=["custody-history"],
    )
    await factories.membership(db, forum, who)
    member = factories.token_for(app, who)
    meeting = await _schedule(
        client,
        coordinator,
        forum,
        _at(4),
        agenda=[{"title": "Item one", "topicTags": ["gambling-harm-secret"]}],
    )
    apologies = await client.post(
        f"{API}/meetings/{meeting['id']}/attendance",
        json={"personId": str(who.id), "status": "apologies"},
        headers=member.headers,
    )
    assert apologies.status_code == 200, apologies.text
    feed_url = await _new_feed_url(client, member)

    board_text = (
        await client.get(f"{API}/boards/{forum.id}/calendar.ics", headers=member.headers)
    ).text
    personal_text = (await client.get(feed_url)).text
    for text in (board_text, personal_text):
        assert _uid(meeting) in text
        for secret in (
            "Zebedee",
            "Quillfeather",
            "zebedee.quill",
            "example.org",
            "hearing loop",
            "custody-history",
            "gambling-harm-secret",
            "ATTENDEE",
            "ORGANIZER",
            "apologies",
        ):
            assert secret.lower() not in text.lower(), secret


async def test_personal_feed_shows_only_the_persons_boards_without_a_header(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    programme = await factories.board(db, org, kind="governance", name="Programme board")
    team = await factories.board(db, org, name="Lived Experience Team", advises=programme)
    elsewhere = await factories.board(db, org, name="Another team")
    paused = await factories.board(db, org, name="Paused forum")
    who = await factories.person(db, org)
    await factories.membership(db, team, who)
    await factories.membership(db, paused, who, status="paused")
    await factories.membership(db, elsewhere, await factories.person(db, org))

    long_ago = await _schedule(client, coordinator, team, _at(-45))
    last_week = await _schedule(client, coordinator, team, _at(-7))
    next_month = await _schedule(client, coordinator, team, _at(30))
    governance = await _schedule(client, coordinator, programme, _at(14))
    not_mine = await _schedule(client, coordinator, elsewhere, _at(5))
    while_paused = await _schedule(client, coordinator, paused, _at(6))

    url = await _new_feed_url(client, factories.token_for(app, who))
    calendar = _parse(await client.get(url))

    assert str(calendar["X-WR-CALNAME"])
    events = _events(calendar)
    assert set(events) == {_uid(last_week), _uid(next_month), _uid(governance)}
    assert str(events[_uid(governance)]["SUMMARY"]) == "Programme board: Monthly meeting"
    for absent in (long_ago, not_mine, while_paused):
        assert _uid(absent) not in events


async def test_personal_feed_stops_when_revoked(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    member: Caller,
) -> None:
    url = await _new_feed_url(client, member)
    assert (await client.get(url)).status_code == 200

    response = await client.delete(f"{API}/me/calendar-feed", headers=member.headers)
    assert response.status_code == 204, response.text
    problem(await client.get(url), 404, "not-found")
    # Revoking again is harmless.
    assert (
        await client.delete(f"{API}/me/calendar-feed", headers=member.headers)
    ).status_code == 204


async def test_a_new_feed_url_replaces_the_old_and_only_a_digest_is_kept(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    member: Caller,
) -> None:
    old = await _new_feed_url(client, member)
    new = await _new_feed_url(client, member)
    assert old != new

    problem(await client.get(old), 404, "not-found")
    _parse(await client.get(new))

    secret = new.removeprefix(f"http://chorus.test{API}/calendar/").removesuffix(".ics")
    async with db() as session:
        rows = list(await session.scalars(select(CalendarFeedToken)))
    assert len(rows) == 2
    active = [r for r in rows if r.revoked_at is None]
    assert [r.token_hash for r in active] == [hashlib.sha256(secret.encode()).hexdigest()]
    assert all(secret not in r.token_hash for r in rows)


async def test_unknown_tokens_and_deactivated_people_get_404(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
) -> None:
    problem(await client.get(f"{API}/calendar/not-a-real-token.ics"), 404, "not-found")

    who = await factories.person(db, org)
    url = await _new_feed_url(client, factories.token_for(app, who))
    async with db() as session:
        person = await session.get_one(Person, who.id)
        person.active = False
        await session.commit()
    problem(await client.get(url), 404, "not-found")


async def test_board_feed_needs_a_caller_of_the_same_organisation(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    other_org: Organisation,
    coordinator: Caller,
) -> None:
    theirs = await factories.board(db, other_org)
    problem(
        await client.get(f"{API}/boards/{theirs.id}/calendar.ics", headers=coordinator.headers),
        404,
        "not-found",
    )
    ours = await factories.board(db, org)
    problem(await client.get(f"{API}/boards/{ours.id}/calendar.ics"), 401, "unauthenticated")

    partner = await factories.api_client(db, org, ["meetings:read"])
    partner_caller = factories.token_for(app, partner)
    _parse(await client.get(f"{API}/boards/{ours.id}/calendar.ics", headers=partner_caller.headers))
    # A partner system has no personal feed to make.
    problem(
        await client.post(f"{API}/me/calendar-feed", headers=partner_caller.headers),
        403,
        "forbidden",
    )


async def test_feeds_load_in_a_fixed_number_of_queries(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    statements: StatementCounter,
) -> None:
    programme = await factories.board(db, org, kind="governance")
    team = await factories.board(db, org, advises=programme)
    who = await factories.person(db, org)
    await factories.membership(db, team, who)
    url = await _new_feed_url(client, factories.token_for(app, who))

    async def counts() -> tuple[int, int]:
        statements.reset()
        await _board_feed(client, coordinator, team)
        board = statements.count
        statements.reset()
        _parse(await client.get(url))
        return board, statements.count

    await _schedule(client, coordinator, team, _at(1))
    few = await counts()
    for days in (2, 3, 4):
        await _schedule(client, coordinator, team, _at(days))
        await _schedule(client, coordinator, programme, _at(days))
    assert await counts() == few
