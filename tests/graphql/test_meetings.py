"""Meetings over GraphQL: nested under boards, agendas, actions carried forward,
attendance, versions, tenancy and SQL counts."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.api.graphql import meetings as graphql_meetings
from app.db.models import (
    ActionItem,
    AgendaItem,
    AuditEvent,
    Board,
    Meeting,
    Organisation,
    Person,
)
from app.domain.meetings.schemas import (
    ActionCreate,
    ActionUpdate,
    AgendaItemInput,
    AttendanceInput,
    MeetingCreate,
    MeetingUpdate,
)
from tests import factories
from tests.factories import Caller
from tests.graphql.helpers import gql, nodes, ok, only_error
from tests.support import StatementCounter

MEETING_FIELDS = """id boardId title startsAt endsAt location onlineUrl status version
  agenda { position title topicTags } board { name }"""
CREATE = f"""mutation($board: UUID!, $input: CreateMeetingInput!) {{
  createMeeting(boardId: $board, input: $input) {{ {MEETING_FIELDS} }} }}"""
UPDATE = f"""mutation($id: UUID!, $version: Int!, $input: UpdateMeetingInput!) {{
  updateMeeting(id: $id, version: $version, input: $input) {{ {MEETING_FIELDS} }} }}"""
CREATE_ACTION = """mutation($meeting: UUID!, $input: CreateActionInput!) {
  createAction(meetingId: $meeting, input: $input) {
    id meetingId status version ownerPersonId } }"""
UPDATE_ACTION = """mutation($id: UUID!, $version: Int!, $input: UpdateActionInput!) {
  updateAction(id: $id, version: $version, input: $input) { id status closedAt version } }"""
ATTEND = """mutation($meeting: UUID!, $input: RecordAttendanceInput!) {
  recordAttendance(meetingId: $meeting, input: $input) { personId status } }"""
NESTED = """{ boards(first: 10) { edges { node { name
  meetings(first: 10) { edges { node { title startsAt status version
    agenda { position title topicTags } board { name }
    actions { description status } attendance { personId status } } } } } } } }"""


def _at(days: float) -> datetime:
    return datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)


def _input(starts: datetime, **extra: Any) -> dict[str, Any]:
    return {
        "title": "Monthly meeting",
        "startsAt": starts.isoformat(),
        "endsAt": (starts + timedelta(hours=2)).isoformat(),
        **extra,
    }


async def _schedule(
    client: httpx.AsyncClient, who: Caller, board: Board, starts: datetime, **extra: Any
) -> dict[str, Any]:
    body = await gql(
        client, who, CREATE, {"board": str(board.id), "input": _input(starts, **extra)}
    )
    meeting: dict[str, Any] = ok(body)["createMeeting"]
    return meeting


async def _raise(
    client: httpx.AsyncClient, who: Caller, meeting: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    body = await gql(
        client,
        who,
        CREATE_ACTION,
        {"meeting": meeting["id"], "input": {"description": "Write to the governor", **extra}},
    )
    action: dict[str, Any] = ok(body)["createAction"]
    return action


async def _count(db: async_sessionmaker[AsyncSession], model: type[Any]) -> int:
    async with db() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_meetings_with_their_agendas_nest_under_boards(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org, name="Forum")
    council = await factories.board(db, org, "governance", "Council")
    agenda = [{"title": "Housing update", "topicTags": [" Housing ", "housing", "Benefits"]}]
    created = await _schedule(
        client, coordinator, forum, _at(7), agenda=agenda, location="Town hall"
    )
    assert created["agenda"] == [
        {"position": 1, "title": "Housing update", "topicTags": ["benefits", "housing"]}
    ]
    assert (created["status"], created["version"]) == ("SCHEDULED", 1)
    assert created["board"] == {"name": "Forum"}
    assert created["startsAt"].endswith("Z")
    await _schedule(client, coordinator, forum, _at(14))
    await _schedule(client, coordinator, council, _at(3))

    boards = {b["name"]: b for b in nodes(ok(await gql(client, coordinator, NESTED))["boards"])}
    forum_meetings = nodes(boards["Forum"]["meetings"])
    assert [m["startsAt"] for m in forum_meetings] == sorted(m["startsAt"] for m in forum_meetings)
    assert forum_meetings[0]["agenda"] == created["agenda"]
    assert forum_meetings[1]["agenda"] == []
    assert {m["board"]["name"] for m in forum_meetings} == {"Forum"}
    assert len(nodes(boards["Council"]["meetings"])) == 1

    one = ok(
        await gql(
            client,
            coordinator,
            f"query($id: UUID!) {{ meeting(id: $id) {{ {MEETING_FIELDS} }} }}",
            {"id": created["id"]},
        )
    )["meeting"]
    assert one == created
    rest = await client.get(f"/api/v1/meetings/{created['id']}", headers=coordinator.headers)
    assert rest.status_code == 200, rest.text
    assert rest.json()["agenda"] == created["agenda"]
    assert rest.headers["etag"] == f'"{created["version"]}"'


async def test_board_meetings_page_and_filter(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    past = await _schedule(client, coordinator, forum, _at(-7))
    upcoming = [await _schedule(client, coordinator, forum, _at(d)) for d in (7, 14, 21)]
    cancelled = ok(
        await gql(
            client,
            coordinator,
            UPDATE,
            {"id": upcoming[2]["id"], "version": 1, "input": {"status": "CANCELLED"}},
        )
    )["updateMeeting"]
    assert (cancelled["status"], cancelled["version"]) == ("CANCELLED", 2)
    query = """query($id: UUID!, $after: String, $upcoming: Boolean!, $status: MeetingStatus) {
      board(id: $id) { meetings(first: 2, after: $after, upcoming: $upcoming, status: $status) {
        edges { node { id } } pageInfo { hasNextPage endCursor } } } }"""

    async def page(**variables: Any) -> dict[str, Any]:
        body = await gql(
            client,
            coordinator,
            query,
            {"id": str(forum.id), "upcoming": False, "status": None, **variables},
        )
        result: dict[str, Any] = ok(body)["board"]["meetings"]
        return result

    first = await page()
    assert first["pageInfo"]["hasNextPage"] is True
    second = await page(after=first["pageInfo"]["endCursor"])
    assert second["pageInfo"]["hasNextPage"] is False
    everything = [m["id"] for m in nodes(first) + nodes(second)]
    assert everything == [m["id"] for m in [past, *upcoming]]
    assert [m["id"] for m in nodes(await page(status="CANCELLED"))] == [upcoming[2]["id"]]
    ahead = await page(upcoming=True, status="SCHEDULED")
    assert [m["id"] for m in nodes(ahead)] == [m["id"] for m in upcoming[:2]]
    invalid = await gql(
        client, coordinator, query, {"id": str(forum.id), "upcoming": False, "after": "%%%"}
    )
    assert only_error(invalid, "VALIDATION")["extensions"]["errors"][0]["pointer"] == "/after"


async def test_update_meeting_needs_the_current_version_and_valid_times(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    meeting = await _schedule(client, coordinator, forum, _at(7), agenda=[{"title": "Old"}])
    agenda = [{"title": "First"}, {"title": "Second", "topicTags": ["Health"]}]
    updated = ok(
        await gql(
            client,
            coordinator,
            UPDATE,
            {"id": meeting["id"], "version": 1, "input": {"title": "Renamed", "agenda": agenda}},
        )
    )["updateMeeting"]
    assert updated["title"] == "Renamed"
    assert updated["version"] == 2
    assert [(a["position"], a["title"], a["topicTags"]) for a in updated["agenda"]] == [
        (1, "First", []),
        (2, "Second", ["health"]),
    ]
    stale = await gql(
        client, coordinator, UPDATE, {"id": meeting["id"], "version": 1, "input": {"title": "X"}}
    )
    only_error(stale, "PRECONDITION_FAILED")
    assert stale["data"] is None
    backwards = await gql(
        client,
        coordinator,
        UPDATE,
        {"id": meeting["id"], "version": 2, "input": {"endsAt": _at(1).isoformat()}},
    )
    error = only_error(backwards, "RULE_VIOLATION")
    assert error["extensions"]["errors"][0]["pointer"] == "/endsAt"
    invalid = await gql(
        client,
        coordinator,
        CREATE,
        {
            "board": str(forum.id),
            "input": {
                **_input(_at(3)),
                "endsAt": _at(2).isoformat(),
                "agenda": [{"title": ""}],
                "onlineUrl": "not a url",
            },
        },
    )
    pointers = {e["pointer"] for e in only_error(invalid, "VALIDATION")["extensions"]["errors"]}
    assert pointers == {"/endsAt", "/agenda/0/title", "/onlineUrl"}
    async with db() as session:
        row = await session.get_one(Meeting, uuid.UUID(updated["id"]))
        assert (row.title, row.version) == ("Renamed", 2)
        assert await _count(db, Meeting) == 1
        titles = list(await session.scalars(select(AgendaItem.title)))
    assert sorted(titles) == ["First", "Second"]


async def test_actions_are_carried_forward_as_rest_carries_them(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    forum = await factories.board(db, org)
    other = await factories.board(db, org)
    owner_person = await factories.person(db, org)
    owner = factories.token_for(app, owner_person)
    held = [await _schedule(client, coordinator, forum, _at(d)) for d in (-14, -7, 7, 35)]
    elsewhere = await _schedule(client, coordinator, other, _at(-10))
    carried = await _raise(client, coordinator, held[0], ownerPersonId=str(owner_person.id))
    dropped = await _raise(client, coordinator, held[0], description="Book the room")
    later = await _raise(client, coordinator, held[2], description="Chase the minutes")
    await _raise(client, coordinator, elsewhere, description="Council business")
    assert (carried["status"], carried["version"]) == ("OPEN", 1)

    # The owner may close their own action; dropping one is the board's decision.
    done = ok(
        await gql(
            client,
            owner,
            UPDATE_ACTION,
            {"id": carried["id"], "version": 1, "input": {"status": "DONE"}},
        )
    )["updateAction"]
    assert (done["status"], done["version"]) == ("DONE", 2)
    assert done["closedAt"] is not None
    refused = await gql(
        client,
        owner,
        UPDATE_ACTION,
        {"id": dropped["id"], "version": 1, "input": {"status": "DROPPED"}},
    )
    only_error(refused, "FORBIDDEN")
    ok(
        await gql(
            client,
            coordinator,
            UPDATE_ACTION,
            {"id": dropped["id"], "version": 1, "input": {"status": "DROPPED"}},
        )
    )

    query = """query($id: UUID!) { board(id: $id) { meetings { edges { node {
        id actions { id meetingId status version } } } } } }"""
    by_meeting = {
        m["id"]: {a["id"] for a in m["actions"]}
        for m in nodes(
            ok(await gql(client, owner, query, {"id": str(forum.id)}))["board"]["meetings"]
        )
    }
    for meeting in held:
        rest = await client.get(f"/api/v1/meetings/{meeting['id']}/actions", headers=owner.headers)
        assert rest.status_code == 200, rest.text
        assert by_meeting[meeting["id"]] == {a["id"] for a in rest.json()}
    assert by_meeting[held[0]["id"]] == {carried["id"], dropped["id"]}
    assert by_meeting[held[3]["id"]] == {later["id"]}


async def test_attendance_and_who_may_record_it(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    forum = await factories.board(db, org)
    meeting = await _schedule(client, coordinator, forum, _at(-0.1))
    attendee = await factories.person(db, org)
    # Attendance is of the board's members (and seat holders and guests) only.
    async with db() as session:
        member_person = await session.get_one(Person, member.id)
    for who in (member_person, attendee):
        await factories.membership(db, forum, who)
    own = {"personId": str(member.id), "status": "APOLOGIES"}
    assert ok(await gql(client, member, ATTEND, {"meeting": meeting["id"], "input": own})) == {
        "recordAttendance": own
    }
    other = {"personId": str(attendee.id), "status": "PRESENT"}
    only_error(
        await gql(client, member, ATTEND, {"meeting": meeting["id"], "input": other}), "FORBIDDEN"
    )
    # Who was present is recorded once the meeting is marked held, not before.
    only_error(
        await gql(client, coordinator, ATTEND, {"meeting": meeting["id"], "input": other}),
        "CONFLICT",
    )
    hold = "mutation($id: UUID!) { holdMeeting(id: $id) { status } }"
    assert ok(await gql(client, coordinator, hold, {"id": meeting["id"]})) == {
        "holdMeeting": {"status": "HELD"}
    }
    ok(await gql(client, coordinator, ATTEND, {"meeting": meeting["id"], "input": other}))
    corrected = {**own, "status": "PRESENT"}
    ok(await gql(client, coordinator, ATTEND, {"meeting": meeting["id"], "input": corrected}))
    query = "query($id: UUID!) { meeting(id: $id) { attendance { personId status } } }"
    seen = ok(await gql(client, member, query, {"id": meeting["id"]}))["meeting"]["attendance"]
    assert sorted(seen, key=lambda a: a["personId"]) == sorted(
        [corrected, other], key=lambda a: a["personId"]
    )
    stranger = {"personId": "01890000-0000-7000-8000-000000000000", "status": "ABSENT"}
    error = only_error(
        await gql(client, coordinator, ATTEND, {"meeting": meeting["id"], "input": stranger}),
        "RULE_VIOLATION",
    )
    assert error["extensions"]["errors"][0]["pointer"] == "/personId"


async def test_a_member_may_not_schedule_and_a_failed_request_keeps_nothing(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    forum = await factories.board(db, org)
    body = await gql(client, member, CREATE, {"board": str(forum.id), "input": _input(_at(7))})
    only_error(body, "FORBIDDEN")
    assert await _count(db, Meeting) == 0
    audit_before = await _count(db, AuditEvent)
    body = await gql(
        client,
        coordinator,
        """mutation($board: UUID!, $input: CreateMeetingInput!, $missing: UUID!) {
          created: createMeeting(boardId: $board, input: $input) { id }
          failed: createAction(meetingId: $missing, input: {description: "Lost"}) { id } }""",
        {
            "board": str(forum.id),
            "input": _input(_at(7), agenda=[{"title": "Item"}]),
            "missing": "01890000-0000-7000-8000-000000000000",
        },
    )
    only_error(body, "NOT_FOUND")
    assert body["data"] is None
    assert await _count(db, Meeting) == 0
    assert await _count(db, AgendaItem) == 0
    assert await _count(db, ActionItem) == 0
    assert await _count(db, AuditEvent) == audit_before


async def test_another_organisations_meetings_are_not_found(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    other_org: Organisation,
    coordinator: Caller,
) -> None:
    theirs = await factories.board(db, other_org)
    their_coordinator = await factories.caller(db, app, other_org, "coordinator")
    meeting = await _schedule(client, their_coordinator, theirs, _at(7))
    action = await _raise(client, their_coordinator, meeting)
    body = await gql(
        client,
        coordinator,
        "query($id: UUID!) { meeting(id: $id) { title } }",
        {"id": meeting["id"]},
    )
    assert only_error(body, "NOT_FOUND")["path"] == ["meeting"]
    only_error(
        await gql(client, coordinator, CREATE, {"board": str(theirs.id), "input": _input(_at(9))}),
        "NOT_FOUND",
    )
    only_error(
        await gql(
            client,
            coordinator,
            UPDATE,
            {"id": meeting["id"], "version": 1, "input": {"title": "x"}},
        ),
        "NOT_FOUND",
    )
    only_error(
        await gql(
            client,
            coordinator,
            UPDATE_ACTION,
            {"id": action["id"], "version": 1, "input": {"status": "DONE"}},
        ),
        "NOT_FOUND",
    )
    assert await _count(db, Meeting) == 1


async def test_a_client_without_meetings_scope_loses_only_the_meetings(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    await factories.board(db, org, name="Forum")
    partner = factories.token_for(app, await factories.api_client(db, org, ["boards:read"]))
    body = await gql(
        client, partner, "{ boards { edges { node { name meetings { edges { cursor } } } } } }"
    )
    error = only_error(body, "FORBIDDEN")
    assert error["path"] == ["boards", "edges", 0, "node", "meetings"]
    assert body["data"] == {"boards": {"edges": [{"node": {"name": "Forum", "meetings": None}}]}}


async def _boards_with_meetings(
    client: httpx.AsyncClient,
    coordinator: Caller,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    count: int,
) -> None:
    attendee = await factories.person(db, org)
    for _ in range(count):
        board = await factories.board(db, org)
        await factories.membership(db, board, attendee)
        for days in (-7, 7):
            meeting = await _schedule(
                client, coordinator, board, _at(days), agenda=[{"title": "Item"}]
            )
            await _raise(client, coordinator, meeting)
            ok(
                await gql(
                    client,
                    coordinator,
                    ATTEND,
                    {
                        "meeting": meeting["id"],
                        "input": {"personId": str(attendee.id), "status": "APOLOGIES"},
                    },
                )
            )


async def test_nested_meetings_cost_the_same_statements_for_2_or_8_boards(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    statements: StatementCounter,
) -> None:
    await _boards_with_meetings(client, coordinator, db, org, 2)
    statements.reset()
    few = ok(await gql(client, coordinator, NESTED))
    few_count = statements.count
    await _boards_with_meetings(client, coordinator, db, org, 6)
    statements.reset()
    many = ok(await gql(client, coordinator, NESTED))
    assert len(nodes(few["boards"])) == 2
    assert len(nodes(many["boards"])) == 8
    for board in nodes(many["boards"]):
        earlier, later = nodes(board["meetings"])
        assert len(earlier["actions"]) == 1
        assert len(later["actions"]) == 2  # its own and the one carried forward
        assert len(later["attendance"]) == 1
        assert earlier["agenda"] == [{"position": 1, "title": "Item", "topicTags": []}]
    assert statements.count == few_count, statements.statements
    # The actor, boards, meetings, their agendas, actions and attendance.
    assert few_count <= 6, statements.statements


@pytest.mark.parametrize(
    ("graphql_input", "model"),
    [
        (graphql_meetings.CreateMeetingInput, MeetingCreate),
        (graphql_meetings.UpdateMeetingInput, MeetingUpdate),
        (graphql_meetings.AgendaItemInput, AgendaItemInput),
        (graphql_meetings.RecordAttendanceInput, AttendanceInput),
        (graphql_meetings.CreateActionInput, ActionCreate),
        (graphql_meetings.UpdateActionInput, ActionUpdate),
    ],
)
def test_inputs_carry_exactly_the_domain_fields(
    graphql_input: type, model: type[BaseModel]
) -> None:
    fields = {f.name: f for f in dataclasses.fields(graphql_input)}
    assert set(fields) == set(model.model_fields)
    required_here = {n for n, f in fields.items() if f.default is dataclasses.MISSING}
    required_there = {n for n, f in model.model_fields.items() if f.is_required()}
    assert required_here == required_there
