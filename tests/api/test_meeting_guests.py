"""Guests of a meeting: invited with a reason, sent its papers as guests, allowed on its
attendance; and attendance refused for anyone not a member, seat holder or guest."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Meeting
from tests import factories
from tests.api.helpers import problem
from tests.api.papers_setup import (
    API,
    circulate,
    events,
    meeting,
    paper,
    recipients,
    seat_holder,
    setup,
)
from tests.factories import Caller
from tests.graphql.helpers import gql, ok
from tests.support import StatementCounter


async def _invite(
    client: httpx.AsyncClient, who: Caller, at: Meeting, body: dict[str, Any]
) -> httpx.Response:
    return await client.post(f"{API}/meetings/{at.id}/guests", json=body, headers=who.headers)


async def test_a_guest_is_invited_with_a_reason_and_receives_the_papers_as_a_guest(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=2)
    official = await factories.person(db, s.org, name="Civil servant")
    retired = await factories.person(db, s.org, name="Inactive", active=False)
    reason = "Attends on request for the commissioning item"
    invite = {"personId": str(official.id), "reason": reason}

    problem(await _invite(client, s.member_callers[0], s.meeting, invite), 403, "forbidden")
    missing = await _invite(client, s.coordinator, s.meeting, {"personId": str(official.id)})
    assert problem(missing, 422)["errors"][0]["pointer"] == "/reason"
    member = {"personId": str(s.members[0].id), "reason": reason}
    assert (
        problem(await _invite(client, s.coordinator, s.meeting, member), 422)["errors"][0][
            "pointer"
        ]
        == "/personId"
    )
    gone = {"personId": str(retired.id), "reason": reason}
    problem(await _invite(client, s.coordinator, s.meeting, gone), 422, "rule-violation")

    invited = await _invite(client, s.coordinator, s.meeting, invite)
    assert invited.status_code == 201, invited.text
    assert invited.json()["personId"] == str(official.id)
    assert invited.json()["reason"] == reason
    assert invited.json()["invitedBy"] == str(s.coordinator.id)
    problem(await _invite(client, s.coordinator, s.meeting, invite), 409, "conflict")
    listed = await client.get(
        f"{API}/meetings/{s.meeting.id}/guests", headers=s.coordinator.headers
    )
    assert [g["personId"] for g in listed.json()] == [str(official.id)]
    (sent,) = await events(db, "meeting.guest_invited")
    assert sent == {
        "meetingId": str(s.meeting.id),
        "boardId": str(s.board.id),
        "personId": str(official.id),
    }

    first = await paper(client, s.coordinator, s.meeting.id)
    assert (await circulate(client, s.coordinator, s.meeting.id)).status_code == 201
    who = await recipients(client, s.coordinator, first["id"])
    assert who[str(official.id)]["source"] == "guest"
    assert {who[str(m.id)]["source"] for m in s.members} == {"member"}
    # Not a guest of the other meeting.
    other = await paper(client, s.coordinator, s.soon.id)
    response = await circulate(client, s.coordinator, s.soon.id, lateReason="Late")
    assert response.status_code == 201, response.text
    assert str(official.id) not in await recipients(client, s.coordinator, other["id"])

    # Withdrawing the invitation leaves the papers already sent with them.
    path = f"{API}/meetings/{s.meeting.id}/guests/{official.id}"
    removed = await client.delete(path, headers=s.coordinator.headers)
    assert removed.status_code == 204, removed.text
    problem(await client.delete(path, headers=s.coordinator.headers), 404)
    assert str(official.id) in await recipients(client, s.coordinator, first["id"])
    assert len(await events(db, "meeting.guest_removed")) == 1
    listed = await client.get(
        f"{API}/meetings/{s.meeting.id}/guests", headers=s.coordinator.headers
    )
    assert listed.json() == []


async def test_attendance_only_for_members_seat_holders_and_guests(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    sat = await meeting(db, s.board, timedelta(hours=-2), "This morning")
    held = await client.post(f"{API}/meetings/{sat.id}/hold", headers=s.coordinator.headers)
    assert held.status_code == 200, held.text
    holder = await seat_holder(db, s.org, sat)
    official = await factories.person(db, s.org, name="Civil servant")
    stranger = await factories.person(db, s.org, name="Stranger")
    departed = await factories.person(db, s.org, name="Left the board")
    await factories.membership(db, s.board, departed, status="left")
    path = f"{API}/meetings/{sat.id}/attendance"

    async def record(who: Caller, person: Any, status: str = "present") -> httpx.Response:
        body = {"personId": str(person.id), "status": status}
        return await client.post(path, json=body, headers=who.headers)

    for refused in (official, stranger, departed):
        body = problem(await record(s.coordinator, refused), 422, "rule-violation")
        assert body["errors"][0]["pointer"] == "/personId"
    invite = {"personId": str(official.id), "reason": "Came on request"}
    assert (await _invite(client, s.coordinator, sat, invite)).status_code == 201
    for allowed in (official, holder, s.members[0], s.extras["paused"]):
        response = await record(s.coordinator, allowed)
        assert response.status_code == 200, response.text
    listed = await client.get(path, headers=s.coordinator.headers)
    assert len(listed.json()) == 4

    # Someone sending their own apologies is held to the same rule.
    as_stranger = factories.token_for(app, stranger)
    own = problem(await record(as_stranger, stranger, "apologies"), 422, "rule-violation")
    assert own["errors"][0]["pointer"] == "/personId"


GUESTS = """query($id: UUID!) { board(id: $id) { meetings { edges { node {
  guests { personId reason } } } } } }"""
INVITE = """mutation($meeting: UUID!, $input: InviteMeetingGuestInput!) {
  inviteMeetingGuest(meetingId: $meeting, input: $input) { personId reason } }"""
REMOVE = """mutation($meeting: UUID!, $person: UUID!) {
  removeMeetingGuest(meetingId: $meeting, personId: $person) }"""


async def test_guests_over_graphql_cost_the_same_statements_for_one_meeting_or_four(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    s = await setup(db, app, size=1)
    official = await factories.person(db, s.org, name="Civil servant")
    invite = {"personId": str(official.id), "reason": "On request"}
    variables = {"meeting": str(s.meeting.id), "input": invite}
    assert ok(await gql(client, s.coordinator, INVITE, variables))["inviteMeetingGuest"] == invite

    statements.reset()
    few = ok(await gql(client, s.coordinator, GUESTS, {"id": str(s.board.id)}))
    few_count = statements.count
    for days in (20, 30, 40):
        later = await meeting(db, s.board, timedelta(days=days))
        extra = {"meeting": str(later.id), "input": invite}
        ok(await gql(client, s.coordinator, INVITE, extra))
    statements.reset()
    many = ok(await gql(client, s.coordinator, GUESTS, {"id": str(s.board.id)}))
    assert statements.count == few_count, statements.statements
    guests = [e["node"]["guests"] for e in many["board"]["meetings"]["edges"]]
    assert sorted(len(g) for g in guests) == [0, 1, 1, 1, 1]
    assert sum(len(e["node"]["guests"]) for e in few["board"]["meetings"]["edges"]) == 1

    removed = {"meeting": str(s.meeting.id), "person": str(official.id)}
    assert ok(await gql(client, s.coordinator, REMOVE, removed)) == {
        "removeMeetingGuest": str(official.id)
    }
