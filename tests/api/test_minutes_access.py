"""Draft minutes are the board's own; approval records whether the meeting was quorate by
the board's quorum (a number, and the chair or vice chair present when it says so)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Board, Meeting, Organisation, Person
from tests import factories
from tests.api.helpers import if_match, problem
from tests.api.papers_setup import API, events, meeting
from tests.factories import Caller
from tests.graphql.helpers import gql, ok


async def _held(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], board: Board, who: Caller
) -> Meeting:
    sat = await meeting(db, board, timedelta(hours=-2))
    held = await client.post(f"{API}/meetings/{sat.id}/hold", headers=who.headers)
    assert held.status_code == 200, held.text
    return sat


async def _present(
    client: httpx.AsyncClient, who: Caller, at: Meeting, people: list[Person]
) -> None:
    for person in people:
        body = {"personId": str(person.id), "status": "present"}
        response = await client.post(
            f"{API}/meetings/{at.id}/attendance", json=body, headers=who.headers
        )
        assert response.status_code == 200, response.text


async def _approve(client: httpx.AsyncClient, who: Caller, at: Meeting) -> dict[str, Any]:
    path = f"{API}/meetings/{at.id}/minutes"
    drafted = await client.put(path, json={"body": "Minutes"}, headers=who.headers)
    assert drafted.status_code == 200, drafted.text
    assert drafted.json()["quorate"] is None
    approved = await client.post(f"{path}/approve", headers=who.headers)
    assert approved.status_code == 200, approved.text
    body: dict[str, Any] = approved.json()
    return body


async def _people(
    db: async_sessionmaker[AsyncSession], org: Organisation, board: Board, *roles: str
) -> list[Person]:
    people = []
    for role in roles:
        person = await factories.person(db, org, name=role.title())
        await factories.membership(db, board, person, role=role)
        people.append(person)
    return people


async def test_draft_minutes_are_seen_by_the_board_and_staff_approved_ones_by_all(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    coordinator = await factories.caller(db, app, org, "coordinator")
    forum = await factories.board(db, org)
    secretary, member = await _people(db, org, forum, "secretary", "member")
    other_board = await factories.board(db, org)
    (elsewhere,) = await _people(db, org, other_board, "chair")
    partner = factories.token_for(app, await factories.api_client(db, org, ["meetings:read"]))
    as_secretary = factories.token_for(app, secretary)
    sat = await _held(client, db, forum, coordinator)
    path = f"{API}/meetings/{sat.id}/minutes"
    drafted = await client.put(path, json={"body": "Draft"}, headers=as_secretary.headers)
    assert drafted.status_code == 200, drafted.text

    for sees in (as_secretary, factories.token_for(app, member), coordinator):
        response = await client.get(path, headers=sees.headers)
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "draft"
    # Hidden as drafts are elsewhere: not found, so nobody learns there is a draft.
    for hidden in (partner, factories.token_for(app, elsewhere)):
        problem(await client.get(path, headers=hidden.headers), 404, "not-found")
        problem(await client.post(f"{path}/approve", headers=hidden.headers), 403)

    approved = await client.post(f"{path}/approve", headers=as_secretary.headers)
    assert approved.status_code == 200, approved.text
    for everyone in (partner, factories.token_for(app, elsewhere)):
        response = await client.get(path, headers=everyone.headers)
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "approved"
        assert response.json()["body"] == "Draft"


async def test_approval_records_whether_the_meeting_was_quorate(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    coordinator = await factories.caller(db, app, org, "coordinator")
    team = await factories.board(db, org)
    chair, secretary, first, second = await _people(
        db, org, team, "chair", "secretary", "member", "member"
    )
    guest = await factories.person(db, org, name="Guest")

    # No quorum set: every meeting is quorate.
    unset = await _held(client, db, team, coordinator)
    assert (await _approve(client, coordinator, unset))["quorate"] is True

    current = await client.get(f"{API}/boards/{team.id}", headers=coordinator.headers)
    assert current.json()["quorum"] is None
    settings = {"quorum": 3, "quorumNeedsChair": True}
    changed = await client.patch(
        f"{API}/boards/{team.id}",
        json=settings,
        headers={**coordinator.headers, **if_match(current.headers["ETag"])},
    )
    assert changed.status_code == 200, changed.text
    assert {k: changed.json()[k] for k in settings} == settings

    # Three present with a guest among them: guests never make a quorum. Approval goes
    # ahead all the same, and says so.
    short = await _held(client, db, team, coordinator)
    invite = {"personId": str(guest.id), "reason": "On request"}
    invited = await client.post(
        f"{API}/meetings/{short.id}/guests", json=invite, headers=coordinator.headers
    )
    assert invited.status_code == 201, invited.text
    await _present(client, coordinator, short, [chair, first, guest])
    approved = await _approve(client, coordinator, short)
    assert approved["status"] == "approved"
    assert approved["quorate"] is False

    # Three members, but neither the chair nor the vice chair.
    no_chair = await _held(client, db, team, coordinator)
    await _present(client, coordinator, no_chair, [secretary, first, second])
    assert (await _approve(client, coordinator, no_chair))["quorate"] is False

    quorate = await _held(client, db, team, coordinator)
    await _present(client, coordinator, quorate, [chair, first, second])
    assert (await _approve(client, coordinator, quorate))["quorate"] is True
    # Fixed at approval: later corrections to the attendance do not rewrite the minutes.
    response = await client.post(
        f"{API}/meetings/{quorate.id}/attendance",
        json={"personId": str(chair.id), "status": "absent"},
        headers=coordinator.headers,
    )
    assert response.status_code == 200, response.text
    minutes = await client.get(f"{API}/meetings/{quorate.id}/minutes", headers=coordinator.headers)
    assert minutes.json()["quorate"] is True

    sent = await events(db, "minutes.approved")
    assert [(e["meetingId"], e["quorate"]) for e in sent] == [
        (str(unset.id), True),
        (str(short.id), False),
        (str(no_chair.id), False),
        (str(quorate.id), True),
    ]


async def test_the_quorum_is_validated_and_on_graphql(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    coordinator = await factories.caller(db, app, org, "coordinator")
    team = await factories.board(db, org)
    current = await client.get(f"{API}/boards/{team.id}", headers=coordinator.headers)
    zero = await client.patch(
        f"{API}/boards/{team.id}",
        json={"quorum": 0},
        headers={**coordinator.headers, **if_match(current.headers["ETag"])},
    )
    assert problem(zero, 422)["errors"][0]["pointer"] == "/quorum"

    update = """mutation($id: UUID!) {
      updateBoard(id: $id, version: 1, input: {quorum: 4, quorumNeedsChair: true}) {
        quorum quorumNeedsChair } }"""
    changed = ok(await gql(client, coordinator, update, {"id": str(team.id)}))["updateBoard"]
    assert changed == {"quorum": 4, "quorumNeedsChair": True}
