"""Seats over GraphQL: nested under boards, rotas, declines, swaps, privacy, SQL counts."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from app.api.graphql import seats as graphql_seats
from app.api.graphql.executor import PlainSubtreeExecutor
from app.db.models import (
    AuditEvent,
    Board,
    Organisation,
    OutboxEvent,
    Person,
    Seat,
    SeatAssignment,
    SeatPoolEntry,
    TrainingRecord,
    Unavailability,
)
from app.domain.seats.schemas import SeatCreate, SeatUpdate
from tests import factories
from tests.api.seat_setup import meetings, team
from tests.factories import Caller
from tests.graphql.helpers import gql, nodes, ok, only_error
from tests.support import StatementCounter

CREATE_SEAT = """mutation($board: UUID!, $input: CreateSeatInput!) {
  createSeat(boardId: $board, input: $input) { id name kind version holder { displayName } } }"""
ROTA = """mutation($seat: UUID!, $count: Int, $until: Date, $dryRun: Boolean! = false) {
  generateRota(seatId: $seat, count: $count, until: $until, dryRun: $dryRun) {
    dryRun alreadyAssigned seat { id name }
    planned { meetingId personId
      meeting { title startsAt agenda { topicTags } board { name } }
      person { displayName }
      assignment { id status source person { displayName } meeting { title } }
      explanation { why considered { personId eligible reason detail person { displayName } } }
    } } }"""
DECLINE = """mutation($id: UUID!, $reason: String) {
  declineAssignment(assignmentId: $id, reason: $reason) {
    declined { id status endedAt person { id } }
    replacement { id status source personId meetingId person { displayName }
      explanation { why } } } }"""
NESTED = """{ boards(first: 4) { edges { node { name kind
  seats { id name kind holder { displayName } fairness { personId turns declines }
    assignments(first: 10) { edges { node { status source
      meeting { title startsAt agenda { title topicTags } board { name } }
      person { displayName }
      explanation { why considered { personId eligible reason detail person { displayName } } }
    } } } } } } } }"""


@dataclass
class Team:
    governance: Board
    advisory: Board
    members: list[Person]


async def _team(
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    size: int,
    governance: Board | None = None,
) -> Team:
    governance = governance or await factories.board(db, org, "governance", "Programme Board")
    advisory = await factories.board(
        db, org, "advisory", f"Team {uuid.uuid4().hex[:4]}", governance
    )
    members = [await factories.person(db, org, name=f"Member {i}") for i in range(size)]
    for person in members:
        await factories.membership(db, advisory, person)
    return Team(governance, advisory, members)


async def _seat(client: httpx.AsyncClient, caller: Caller, board: Board, **extra: Any) -> str:
    body = await gql(
        client,
        caller,
        CREATE_SEAT,
        {"board": str(board.id), "input": {"name": "Rotating seat", "kind": "ROTATING", **extra}},
    )
    return str(ok(body)["createSeat"]["id"])


async def _rota(
    client: httpx.AsyncClient, caller: Caller, seat: str, **variables: Any
) -> dict[str, Any]:
    result: dict[str, Any] = ok(await gql(client, caller, ROTA, {"seat": seat, **variables}))[
        "generateRota"
    ]
    return result


async def _count(db: async_sessionmaker[AsyncSession], model: type[Any]) -> int:
    async with db() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_seats_nest_under_boards_with_assignments_meetings_people_and_explanations(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    t = await _team(db, org, size=3)
    seat = await _seat(client, coordinator, t.advisory)
    created = await meetings(db, t.governance, 3, topics={0: ["Housing"]})
    await _rota(client, coordinator, seat, count=3)

    boards = {b["name"]: b for b in nodes(ok(await gql(client, coordinator, NESTED))["boards"])}
    # The seat is listed under the board holding it and the board it is held on.
    (held,) = boards[t.advisory.name]["seats"]
    assert boards["Programme Board"]["seats"] == [held]
    assert (held["id"], held["kind"], held["holder"]) == (seat, "ROTATING", None)
    names = {str(p.id): p.display_name for p in t.members}
    # One rota's assignments share a creation millisecond, so their ID order is arbitrary.
    assignments = sorted(nodes(held["assignments"]), key=lambda a: a["meeting"]["startsAt"])
    assert [a["meeting"]["title"] for a in assignments] == [m.title for m in created]
    assert {a["person"]["displayName"] for a in assignments} == set(names.values())
    first = assignments[0]
    assert (first["status"], first["source"]) == ("ASSIGNED", "ROTA")
    assert first["meeting"]["agenda"] == [{"title": "Item", "topicTags": ["Housing"]}]
    assert first["meeting"]["board"] == {"name": "Programme Board"}
    assert first["explanation"]["why"]
    considered = first["explanation"]["considered"]
    assert len(considered) == 2
    assert all(c["person"]["displayName"] == names[c["personId"]] for c in considered)
    assert sorted(r["turns"] for r in held["fairness"]) == [1, 1, 1]


async def test_nested_seats_cost_the_same_statements_however_many_boards_and_assignments(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    statements: StatementCounter,
) -> None:
    first = await _team(db, org, size=3)
    seat = await _seat(client, coordinator, first.advisory)
    await meetings(db, first.governance, 2)
    await _rota(client, coordinator, seat, count=2)
    statements.reset()
    few = ok(await gql(client, coordinator, NESTED))
    few_count = statements.count

    for size in (4, 5):
        more = await _team(db, org, size=size, governance=first.governance)
        await _rota(client, coordinator, await _seat(client, coordinator, more.advisory), count=2)
    await meetings(db, first.governance, 4, topics={1: ["health"]})
    await _rota(client, coordinator, seat, count=6)
    statements.reset()
    many = ok(await gql(client, coordinator, NESTED))
    many_count = statements.count

    def assignments(data: dict[str, Any]) -> int:
        return sum(len(nodes(s["assignments"])) for b in nodes(data["boards"]) for s in b["seats"])

    assert (assignments(few), assignments(many)) == (2 * 2, 2 * (6 + 2 + 2))
    assert few_count == many_count, statements.statements
    # The actor, boards, seats, assignments, fairness (seats, pools, turns and declines,
    # baselines), meetings, their agendas and boards, and the people named: one statement
    # per level and kind, none per object; and the private-read audit's one INSERT (a
    # coordinator reads the people named privately).
    assert many_count <= 13, statements.statements


async def _rota_statements(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
    pool: int,
    count: int,
) -> int:
    t = await team(db, app, size=pool)
    for person in t.members[: pool // 2]:
        async with db() as session:
            session.add(
                TrainingRecord(
                    organisation_id=t.org.id,
                    person_id=person.id,
                    training_type="governance",
                    completed_on=date(2025, 1, 1),
                )
            )
            session.add(
                Unavailability(
                    organisation_id=t.org.id,
                    person_id=person.id,
                    starts_on=date(2030, 1, 1),
                    ends_on=date(2030, 1, 2),
                )
            )
            await session.commit()
    seat = await _seat(client, t.coordinator, t.advisory)
    await meetings(db, t.governance, count, topics={0: ["housing"]})
    statements.reset()
    result = await _rota(client, t.coordinator, seat, count=count)
    made = statements.count
    assert sum(p["person"] is not None for p in result["planned"]) == count
    assert all(p["assignment"]["person"] == p["person"] for p in result["planned"])
    considered = [c for p in result["planned"] for c in p["explanation"]["considered"]]
    assert len(considered) == count * (pool - 1)
    assert all(c["person"]["displayName"] for c in considered)
    return made


async def test_generate_rota_statements_do_not_grow_with_meetings_or_pool(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    small = await _rota_statements(client, app, db, statements, pool=5, count=4)
    large = await _rota_statements(client, app, db, statements, pool=50, count=52)
    assert large == small, statements.statements


async def test_a_dry_run_writes_nothing_and_a_rerun_adds_nothing(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    t = await _team(db, org, size=4)
    seat = await _seat(client, coordinator, t.advisory)
    await meetings(db, t.governance, 8)
    preview = await _rota(client, coordinator, seat, count=8, dryRun=True)
    assert preview["dryRun"] is True
    assert all(p["assignment"] is None for p in preview["planned"])
    assert await _count(db, SeatAssignment) == 0
    assert await _count(db, SeatPoolEntry) == 0
    result = await _rota(client, coordinator, seat, count=8)
    assert [p["personId"] for p in result["planned"]] == [p["personId"] for p in preview["planned"]]
    assert all(p["assignment"]["status"] == "ASSIGNED" for p in result["planned"])
    turns: dict[str, int] = {}
    for planned in result["planned"]:
        turns[planned["personId"]] = turns.get(planned["personId"], 0) + 1
    assert sorted(turns.values()) == [2, 2, 2, 2]
    again = await _rota(client, coordinator, seat, count=8)
    assert (again["planned"], again["alreadyAssigned"]) == ([], 8)
    assert await _count(db, SeatAssignment) == 8


async def test_rota_meetings_answer_each_selection_made_of_them(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    t = await _team(db, org, size=2)
    seat = await _seat(client, coordinator, t.advisory)
    await meetings(db, t.governance, 1, topics={0: ["housing"]})
    query = """mutation($seat: UUID!) { generateRota(seatId: $seat, count: 1) { planned {
        meeting { title } assignment { meeting { agenda { title } board { name } } } } } }"""
    (planned,) = ok(await gql(client, coordinator, query, {"seat": seat}))["generateRota"][
        "planned"
    ]
    assert planned["meeting"] == {"title": "Meeting 0"}
    assert planned["assignment"]["meeting"] == {
        "agenda": [{"title": "Item"}],
        "board": {"name": "Programme Board"},
    }


async def test_declining_gives_the_seat_to_another_member(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    t = await _team(db, org, size=3)
    seat = await _seat(client, coordinator, t.advisory)
    await meetings(db, t.governance, 2)
    (planned,) = (await _rota(client, coordinator, seat, count=1))["planned"]
    holder = next(m for m in t.members if str(m.id) == planned["personId"])
    variables = {"id": planned["assignment"]["id"], "reason": "a probation appointment"}
    result = ok(await gql(client, factories.token_for(app, holder), DECLINE, variables))
    declined, replacement = (
        result["declineAssignment"]["declined"],
        result["declineAssignment"]["replacement"],
    )
    assert (declined["status"], declined["person"]["id"]) == ("DECLINED", str(holder.id))
    assert declined["endedAt"] is not None
    assert replacement["personId"] not in (None, str(holder.id))
    assert (replacement["status"], replacement["source"]) == ("ASSIGNED", "DECLINE")
    assert replacement["meetingId"] == planned["meetingId"]
    assert replacement["person"]["displayName"]
    assert replacement["explanation"]["why"]
    # Declining twice is a wrong step, and the decliner keeps their place in the queue.
    only_error(await gql(client, coordinator, DECLINE, variables), "INVALID_TRANSITION")
    (following,) = (await _rota(client, coordinator, seat, count=2))["planned"]
    assert following["personId"] == str(holder.id)
    async with db() as session:
        payloads = [
            e.payload
            for e in await session.scalars(
                select(OutboxEvent).where(OutboxEvent.event_type == "seat.declined")
            )
        ]
    assert len(payloads) == 1
    assert "probation" not in str(payloads)


async def test_only_the_holder_or_a_coordinator_may_decline(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    t = await _team(db, org, size=2)
    seat = await _seat(client, coordinator, t.advisory)
    await meetings(db, t.governance, 1)
    (planned,) = (await _rota(client, coordinator, seat, count=1))["planned"]
    other = next(m for m in t.members if str(m.id) != planned["personId"])
    body = await gql(
        client, factories.token_for(app, other), DECLINE, {"id": planned["assignment"]["id"]}
    )
    only_error(body, "FORBIDDEN")
    assert body["data"] is None
    async with db() as session:
        statuses = list(await session.scalars(select(SeatAssignment.status)))
    assert statuses == ["assigned"]


async def test_a_member_may_not_generate_a_rota_and_nothing_is_written(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    t = await _team(db, org, size=2)
    seat = await _seat(client, coordinator, t.advisory)
    await meetings(db, t.governance, 3)
    before = (await _count(db, AuditEvent), await _count(db, OutboxEvent))
    body = await gql(
        client, factories.token_for(app, t.members[0]), ROTA, {"seat": seat, "count": 3}
    )
    error = only_error(body, "FORBIDDEN")
    assert error["path"] == ["generateRota"]
    assert body["data"] is None
    assert await _count(db, SeatAssignment) == 0
    assert await _count(db, SeatPoolEntry) == 0
    assert (await _count(db, AuditEvent), await _count(db, OutboxEvent)) == before


async def test_a_request_that_creates_a_seat_then_fails_keeps_nothing(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    t = await _team(db, org, size=2)
    await meetings(db, t.governance, 2)
    fixed = (
        await gql(
            client,
            coordinator,
            CREATE_SEAT,
            {
                "board": str(t.advisory.id),
                "input": {"name": "Fixed", "kind": "FIXED", "holderPersonId": str(t.members[0].id)},
            },
        )
    )["data"]["createSeat"]
    assert fixed["holder"]["displayName"] == t.members[0].display_name
    before = (await _count(db, Seat), await _count(db, AuditEvent))
    body = await gql(
        client,
        coordinator,
        """mutation($board: UUID!, $fixed: UUID!) {
          created: createSeat(boardId: $board, input: {name: "New", kind: ROTATING}) { id }
          assigned: generateRota(seatId: $fixed, count: 2) { dryRun }
          failed: generateRota(seatId: $fixed, count: 2, until: "2030-01-01") { dryRun } }""",
        {"board": str(t.advisory.id), "fixed": fixed["id"]},
    )
    # The fixed seat's rota was written before the third field failed: it goes too.
    only_error(body, "VALIDATION")
    assert body["data"] is None
    assert (await _count(db, Seat), await _count(db, AuditEvent)) == before
    assert await _count(db, SeatAssignment) == 0


async def test_an_api_client_sees_why_but_not_who_else_was_considered(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    t = await _team(db, org, size=3)
    seat = await _seat(client, coordinator, t.advisory)
    await meetings(db, t.governance, 2)
    await _rota(client, coordinator, seat, count=2)
    partner = await factories.api_client(
        db, org, ["boards:read", "seats:read", "meetings:read", "people:read"]
    )
    query = """query($id: UUID!) { seat(id: $id) { assignments { edges { node {
        person { displayName } explanation { why considered { personId reason } } } } } } }"""
    as_client = nodes(
        ok(await gql(client, factories.token_for(app, partner), query, {"id": seat}))["seat"][
            "assignments"
        ]
    )
    as_person = nodes(
        ok(await gql(client, coordinator, query, {"id": seat}))["seat"]["assignments"]
    )
    assert len(as_client) == 2
    for seen, full in zip(as_client, as_person, strict=True):
        assert seen["explanation"]["why"] == full["explanation"]["why"]
        assert seen["explanation"]["considered"] == []
        assert len(full["explanation"]["considered"]) == 2
        assert seen["person"] == full["person"]


async def test_another_organisations_seats_are_not_found(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    coordinator: Caller,
) -> None:
    theirs = await team(db, app, size=2)
    seat = await _seat(client, theirs.coordinator, theirs.advisory)
    await meetings(db, theirs.governance, 1)
    (planned,) = (await _rota(client, theirs.coordinator, seat, count=1))["planned"]
    body = await gql(
        client, coordinator, "query($id: UUID!) { seat(id: $id) { name } }", {"id": seat}
    )
    assert only_error(body, "NOT_FOUND")["path"] == ["seat"]
    assert body["data"] == {"seat": None}
    only_error(await gql(client, coordinator, ROTA, {"seat": seat, "count": 1}), "NOT_FOUND")
    only_error(
        await gql(client, coordinator, DECLINE, {"id": planned["assignment"]["id"]}), "NOT_FOUND"
    )
    update = """mutation($id: UUID!) { updateSeat(id: $id, version: 1, input: {name: "Mine"}) {
        id } }"""
    only_error(await gql(client, coordinator, update, {"id": seat}), "NOT_FOUND")
    assert await _count(db, SeatAssignment) == 1


async def test_update_seat_needs_the_current_version(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    t = await _team(db, org, size=3)
    seat = await _seat(client, coordinator, t.advisory)
    update = """mutation($id: UUID!, $version: Int!, $input: UpdateSeatInput!) {
        updateSeat(id: $id, version: $version, input: $input) {
          name version poolPersonIds requiredTraining } }"""
    pool = sorted(str(m.id) for m in t.members[:2])
    variables = {
        "id": seat,
        "version": 1,
        "input": {"name": "Renamed", "poolPersonIds": pool, "requiredTraining": [" governance "]},
    }
    updated = ok(await gql(client, coordinator, update, variables))["updateSeat"]
    assert updated == {
        "name": "Renamed",
        "version": 2,
        "poolPersonIds": pool,
        "requiredTraining": ["governance"],
    }
    stale = await gql(client, coordinator, update, {**variables, "input": {"name": "Again"}})
    only_error(stale, "PRECONDITION_FAILED")
    outsider = await factories.person(db, org)
    refused = await gql(
        client,
        coordinator,
        update,
        {"id": seat, "version": 2, "input": {"poolPersonIds": [str(outsider.id)]}},
    )
    error = only_error(refused, "RULE_VIOLATION")
    assert error["extensions"]["errors"][0]["pointer"] == "/poolPersonIds"
    invalid = await gql(
        client,
        coordinator,
        CREATE_SEAT,
        {"board": str(t.advisory.id), "input": {"name": "Fixed", "kind": "FIXED"}},
    )
    only_error(invalid, "VALIDATION")


async def test_swap_two_holders_and_put_in_a_substitute(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    t = await _team(db, org, size=3)
    seat = await _seat(client, coordinator, t.advisory)
    await meetings(db, t.governance, 2)
    a, b = (await _rota(client, coordinator, seat, count=2))["planned"]
    swap = """mutation($id: UUID!, $other: UUID, $substitute: UUID, $reason: String!) {
      swapAssignment(assignmentId: $id, otherAssignmentId: $other,
                     substitutePersonId: $substitute, reason: $reason) {
        id meetingId personId source person { id } meeting { id } explanation { why } } }"""
    swapped = ok(
        await gql(
            client,
            coordinator,
            swap,
            {"id": a["assignment"]["id"], "other": b["assignment"]["id"], "reason": "travel"},
        )
    )["swapAssignment"]
    holders = {x["meeting"]["id"]: x["person"]["id"] for x in swapped}
    assert holders == {a["meetingId"]: b["personId"], b["meetingId"]: a["personId"]}
    assert {x["source"] for x in swapped} == {"SWAP"}
    third = next(m for m in t.members if str(m.id) not in (a["personId"], b["personId"]))
    substituted = ok(
        await gql(
            client,
            coordinator,
            swap,
            {"id": swapped[0]["id"], "substitute": str(third.id), "reason": "cover"},
        )
    )["swapAssignment"]
    assert [x["personId"] for x in substituted] == [str(third.id)]
    both = await gql(
        client,
        coordinator,
        swap,
        {
            "id": substituted[0]["id"],
            "other": b["assignment"]["id"],
            "substitute": str(third.id),
            "reason": "x",
        },
    )
    only_error(both, "VALIDATION")


async def test_fairness_matches_rest_and_fixed_holders_never_rotate(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    t = await _team(db, org, size=4)
    fixed_holder = t.members[0]
    await gql(
        client,
        coordinator,
        CREATE_SEAT,
        {
            "board": str(t.advisory.id),
            "input": {"name": "Fixed", "kind": "FIXED", "holderPersonId": str(fixed_holder.id)},
        },
    )
    seat = await _seat(client, coordinator, t.advisory)
    await meetings(db, t.governance, 5)
    first = (await _rota(client, coordinator, seat, count=2))["planned"][0]
    ok(await gql(client, coordinator, DECLINE, {"id": first["assignment"]["id"]}))
    await _rota(client, coordinator, seat, count=5)
    query = """query($id: UUID!) { seat(id: $id) { fairness {
        personId status turns baselineTurns declines lastSeatAt person { id } } } }"""
    rows = ok(await gql(client, coordinator, query, {"id": seat}))["seat"]["fairness"]
    rest = await client.get(f"/api/v1/seats/{seat}/fairness", headers=coordinator.headers)
    assert rest.status_code == 200, rest.text
    assert [r.pop("person")["id"] for r in rows] == [r["personId"] for r in rows]
    assert rows == [{**r, "status": r["status"].upper()} for r in rest.json()]
    assert str(fixed_holder.id) not in {r["personId"] for r in rows}
    assert sum(r["declines"] for r in rows) == 1
    assert sum(r["turns"] for r in rows) == 5


async def test_the_fast_executor_answers_as_graphql_core_would(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    t = await _team(db, org, size=3)
    seat = await _seat(client, coordinator, t.advisory)
    await meetings(db, t.governance, 3, topics={1: ["housing"]})
    await _rota(client, coordinator, seat, count=3)
    fast = await gql(client, coordinator, NESTED)
    monkeypatch.setattr(
        PlainSubtreeExecutor, "execute_fields", StrawberryGraphQLCoreExecutionContext.execute_fields
    )
    assert await gql(client, coordinator, NESTED) == fast
    assert "errors" not in fast


@pytest.mark.parametrize(
    ("graphql_input", "model"),
    [
        (graphql_seats.CreateSeatInput, SeatCreate),
        (graphql_seats.UpdateSeatInput, SeatUpdate),
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
