"""Action items: carried forward from meeting to meeting until closed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Board, Organisation
from tests import factories
from tests.api.helpers import API, collect, if_match, problem
from tests.factories import Caller


def _at(days: float) -> datetime:
    return datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)


async def _schedule(client: httpx.AsyncClient, who: Caller, board: Board, starts: datetime) -> str:
    body = {
        "title": "Monthly meeting",
        "startsAt": starts.isoformat(),
        "endsAt": (starts + timedelta(hours=2)).isoformat(),
    }
    response = await client.post(
        f"{API}/boards/{board.id}/meetings", json=body, headers=who.headers
    )
    assert response.status_code == 201, response.text
    meeting_id: str = response.json()["id"]
    return meeting_id


async def _raise(
    client: httpx.AsyncClient, who: Caller, meeting_id: str, **body: Any
) -> dict[str, Any]:
    response = await client.post(
        f"{API}/meetings/{meeting_id}/actions",
        json={"description": "Write to the governor", **body},
        headers=who.headers,
    )
    assert response.status_code == 201, response.text
    action: dict[str, Any] = response.json()
    action["etag"] = response.headers["ETag"]
    return action


async def _at_meeting(client: httpx.AsyncClient, who: Caller, meeting_id: str) -> set[str]:
    response = await client.get(f"{API}/meetings/{meeting_id}/actions", headers=who.headers)
    assert response.status_code == 200, response.text
    return {a["id"] for a in response.json()}


async def test_open_actions_are_carried_forward_until_done(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    owner_person = await factories.person(db, org)
    await factories.membership(db, forum, owner_person)
    owner = factories.token_for(app, owner_person)
    first = await _schedule(client, coordinator, forum, _at(-14))
    second = await _schedule(client, coordinator, forum, _at(-7))
    third = await _schedule(client, coordinator, forum, _at(7))
    fourth = await _schedule(client, coordinator, forum, _at(35))

    carried = await _raise(client, coordinator, first, ownerPersonId=str(owner_person.id))
    later = await _raise(client, coordinator, third, description="Book the room")
    assert carried["status"] == "open"
    assert carried["meetingId"] == first
    assert await _at_meeting(client, owner, first) == {carried["id"]}
    for meeting in (second, third, fourth):
        assert carried["id"] in await _at_meeting(client, owner, meeting)
    assert later["id"] not in await _at_meeting(client, owner, second)

    path = f"{API}/actions/{carried['id']}"
    problem(await client.patch(path, json={"status": "done"}, headers=owner.headers), 428)
    done = await client.patch(
        path, json={"status": "done"}, headers={**owner.headers, **if_match(carried["etag"])}
    )
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "done"
    assert done.json()["closedAt"] is not None

    # Raised at the first; still open when the second started; closed before the rest.
    assert carried["id"] in await _at_meeting(client, owner, first)
    assert carried["id"] in await _at_meeting(client, owner, second)
    assert await _at_meeting(client, owner, third) == {later["id"]}
    assert await _at_meeting(client, owner, fourth) == {later["id"]}


async def test_board_actions_filter_by_status_and_stay_on_their_board(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    other_org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    forum = await factories.board(db, org)
    council = await factories.board(db, org)
    ours = await _schedule(client, coordinator, forum, _at(-7))
    next_ours = await _schedule(client, coordinator, forum, _at(7))
    theirs = await _schedule(client, coordinator, council, _at(-7))
    open_action = await _raise(client, coordinator, ours)
    closed = await _raise(client, coordinator, ours, description="Chase the minutes")
    elsewhere = await _raise(client, coordinator, theirs, description="Council business")
    response = await client.patch(
        f"{API}/actions/{closed['id']}",
        json={"status": "done"},
        headers={**coordinator.headers, **if_match(closed["etag"])},
    )
    assert response.status_code == 200, response.text

    board_path = f"/boards/{forum.id}/actions"
    all_ids = {a["id"] for a in await collect(client, board_path, member.headers)}
    assert all_ids == {open_action["id"], closed["id"]}
    open_only = await client.get(
        f"{API}{board_path}", params={"status": "open"}, headers=member.headers
    )
    assert open_only.status_code == 200, open_only.text
    assert [a["id"] for a in open_only.json()["items"]] == [open_action["id"]]
    assert elsewhere["id"] not in await _at_meeting(client, member, next_ours)

    stranger = await factories.caller(db, app, other_org, "coordinator")
    problem(await client.get(f"{API}{board_path}", headers=stranger.headers), 404)
    no_meetings = factories.token_for(app, await factories.api_client(db, org, ["boards:read"]))
    problem(await client.get(f"{API}{board_path}", headers=no_meetings.headers), 403)


async def test_an_owner_may_only_mark_their_own_action_done(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    forum = await factories.board(db, org)
    owner_person = await factories.person(db, org)
    owner = factories.token_for(app, owner_person)
    meeting = await _schedule(client, coordinator, forum, _at(7))
    action = await _raise(client, coordinator, meeting, ownerPersonId=str(owner_person.id))
    path = f"{API}/actions/{action['id']}"
    current = if_match(action["etag"])

    problem(
        await client.patch(path, json={"status": "done"}, headers={**member.headers, **current}),
        403,
    )
    for change in ({"status": "dropped"}, {"description": "Something easier"}):
        problem(await client.patch(path, json=change, headers={**owner.headers, **current}), 403)
    problem(
        await client.post(
            f"{API}/meetings/{meeting}/actions", json={"description": "x"}, headers=member.headers
        ),
        403,
    )
