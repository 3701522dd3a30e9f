"""Writes: the domain's rules, one transaction per request, rolled back on any error."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import AuditEvent, Board, Membership, Organisation, Person, TrainingRecord
from tests import factories
from tests.factories import Caller
from tests.graphql.helpers import gql, nodes, ok, only_error

CREATE_MEMBERSHIP = """mutation($board: UUID!, $input: CreateMembershipInput!) {
  createMembership(boardId: $board, input: $input) { id role status version
    person { displayName } board { name } } }"""
UPDATE_BOARD = """mutation($id: UUID!, $version: Int!, $input: UpdateBoardInput!) {
  updateBoard(id: $id, version: $version, input: $input) { name version } }"""


async def _count(db: async_sessionmaker[AsyncSession], model: type[Any]) -> int:
    async with db() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_create_person(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], coordinator: Caller
) -> None:
    body = await gql(
        client,
        coordinator,
        """mutation($input: CreatePersonInput!) { createPerson(input: $input) {
             id displayName roles version ... on PersonPrivate { email accessNeeds } } }""",
        {"input": {"email": "New@Example.org", "displayName": "New", "accessNeeds": "BSL"}},
    )
    created = ok(body)["createPerson"]
    assert created["email"] == "new@example.org"
    assert created["roles"] == ["MEMBER"]
    assert created["version"] == 1
    async with db() as session:
        person = await session.get_one(Person, uuid.UUID(created["id"]))
        assert person.access_needs == "BSL"
        actions = list(await session.scalars(select(AuditEvent.action)))
    assert actions == ["person.created"]


async def test_invalid_input_is_a_validation_error_with_pointers(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], coordinator: Caller
) -> None:
    before = await _count(db, Person)
    body = await gql(
        client,
        coordinator,
        "mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }",
        {"input": {"email": "not an email", "displayName": ""}},
    )
    assert body.get("data") is None
    error = only_error(body, "VALIDATION")
    assert error["extensions"]["type"] == "/problems/validation"
    assert error["extensions"]["status"] == 422
    pointers = {e["pointer"] for e in error["extensions"]["errors"]}
    assert pointers == {"/email", "/displayName"}
    assert "not an email" not in str(body)  # inputs are not echoed back
    assert await _count(db, Person) == before


async def test_a_rule_of_the_domain_names_its_field(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    advisory = await factories.board(db, org, kind="advisory")
    body = await gql(
        client,
        admin,
        "mutation($input: CreateBoardInput!) { createBoard(input: $input) { id } }",
        {"input": {"name": "New", "kind": "ADVISORY", "advisesBoardId": str(advisory.id)}},
    )
    error = only_error(body, "RULE_VIOLATION")
    assert error["extensions"]["errors"] == [
        {"pointer": "/advisesBoardId", "detail": "An advisory board advises a governance board."}
    ]


async def test_a_cross_field_rule_points_at_the_input(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    board = await factories.board(db, org)
    person = await factories.person(db, org)
    body = await gql(
        client,
        admin,
        CREATE_MEMBERSHIP,
        {
            "board": str(board.id),
            "input": {
                "personId": str(person.id),
                "termStart": "2026-02-01",
                "termEnd": "2026-01-01",
            },
        },
    )
    error = only_error(body, "VALIDATION")
    assert error["extensions"]["errors"] == [
        {"pointer": "/termEnd", "detail": "termEnd must not be before termStart"}
    ]


async def test_update_board_with_its_version(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    board = await factories.board(db, org, name="Old")
    variables = {"id": str(board.id), "version": 1, "input": {"name": "New"}}
    assert ok(await gql(client, admin, UPDATE_BOARD, variables))["updateBoard"] == {
        "name": "New",
        "version": 2,
    }
    stale = await gql(client, admin, UPDATE_BOARD, {**variables, "input": {"name": "Newer"}})
    error = only_error(stale, "PRECONDITION_FAILED")
    assert error["extensions"]["status"] == 412
    async with db() as session:
        assert (await session.get_one(Board, board.id)).name == "New"


async def test_an_update_refuses_null_for_a_required_field(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    board = await factories.board(db, org)
    body = await gql(
        client, admin, UPDATE_BOARD, {"id": str(board.id), "version": 1, "input": {"name": None}}
    )
    error = only_error(body, "VALIDATION")
    assert [e["pointer"] for e in error["extensions"]["errors"]] == ["/name"]


async def test_update_person_with_its_version(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], member: Caller
) -> None:
    query = """mutation($id: UUID!, $version: Int!, $input: UpdatePersonInput!) {
      updatePerson(id: $id, version: $version, input: $input) {
        pronouns version ... on PersonPrivate { phone } } }"""
    variables = {"id": str(member.id), "version": 1, "input": {"pronouns": "they/them"}}
    updated = ok(await gql(client, member, query, variables))["updatePerson"]
    assert updated == {"pronouns": "they/them", "phone": None, "version": 2}
    only_error(await gql(client, member, query, variables), "PRECONDITION_FAILED")
    # Roles are for staff to change, whatever the version.
    forbidden = {"id": str(member.id), "version": 2, "input": {"roles": ["ADMINISTRATOR"]}}
    only_error(await gql(client, member, query, forbidden), "FORBIDDEN")


async def test_a_second_active_chair_is_a_conflict_and_writes_nothing(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    board = await factories.board(db, org, name="Advisory")
    chair = await factories.person(db, org, name="Chair")
    other = await factories.person(db, org, name="Other")
    variables = {
        "board": str(board.id),
        "input": {"personId": str(chair.id), "role": "CHAIR", "termStart": "2026-01-01"},
    }
    created = ok(await gql(client, coordinator, CREATE_MEMBERSHIP, variables))["createMembership"]
    assert created["person"] == {"displayName": "Chair"}
    assert created["board"] == {"name": "Advisory"}
    assert (created["role"], created["status"], created["version"]) == ("CHAIR", "ACTIVE", 1)

    variables["input"]["personId"] = str(other.id)  # type: ignore[index]
    body = await gql(client, coordinator, CREATE_MEMBERSHIP, variables)
    error = only_error(body, "CONFLICT")
    assert error["extensions"]["type"] == "/problems/conflict"
    assert error["path"] == ["createMembership"]
    assert body["data"] is None
    assert await _count(db, Membership) == 1


async def test_a_request_that_writes_then_fails_keeps_nothing(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    board = await factories.board(db, org)
    await factories.membership(db, board, await factories.person(db, org), role="chair")
    newcomer = await factories.person(db, org)
    audit_before = await _count(db, AuditEvent)
    body = await gql(
        client,
        coordinator,
        """mutation($board: UUID!, $person: UUID!) {
          created: createBoard(input: {name: "Written first", kind: GOVERNANCE}) { id }
          failed: createMembership(boardId: $board,
            input: {personId: $person, role: CHAIR, termStart: "2026-01-01"}) { id } }""",
        {"board": str(board.id), "person": str(newcomer.id)},
    )
    only_error(body, "CONFLICT")
    # The first mutation ran, but the request is one transaction: nothing of it is kept,
    # and nothing is reported as done.
    assert body["data"] is None
    assert await _count(db, Board) == 1
    assert await _count(db, Membership) == 1
    assert await _count(db, AuditEvent) == audit_before


async def test_a_mutation_result_reads_its_own_writes(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
) -> None:
    board = await factories.board(db, org)
    membership = await factories.membership(db, board, await factories.person(db, org))
    body = await gql(
        client,
        coordinator,
        """mutation($id: UUID!) {
          updateMembership(id: $id, version: 1, input: {role: SECRETARY}) {
            role board { memberships { edges { node { role version } } } } } }""",
        {"id": str(membership.id)},
    )
    result = ok(body)["updateMembership"]
    assert result["role"] == "SECRETARY"
    assert nodes(result["board"]["memberships"]) == [{"role": "SECRETARY", "version": 2}]


async def test_a_member_may_not_create_boards(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], member: Caller
) -> None:
    body = await gql(
        client,
        member,
        'mutation { createBoard(input: {name: "Mine", kind: ADVISORY}) { id } }',
    )
    only_error(body, "FORBIDDEN")
    assert await _count(db, Board) == 0


async def test_person_records_add_and_delete(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    coordinator: Caller,
    member: Caller,
) -> None:
    add_training = """mutation($person: UUID!) { addTrainingRecord(personId: $person,
        input: {trainingType: "safeguarding", completedOn: "2026-01-10"}) { id trainingType } }"""
    only_error(await gql(client, member, add_training, {"person": str(member.id)}), "FORBIDDEN")
    record = ok(await gql(client, coordinator, add_training, {"person": str(member.id)}))
    record_id = record["addTrainingRecord"]["id"]
    assert await _count(db, TrainingRecord) == 1

    interest = ok(
        await gql(
            client,
            member,
            """mutation($person: UUID!) { addInterest(personId: $person,
                input: {description: "Volunteer", declaredOn: "2026-01-01"}) { topicTags } }""",
            {"person": str(member.id)},
        )
    )
    assert interest["addInterest"] == {"topicTags": []}
    unavailable = await gql(
        client,
        member,
        """mutation($person: UUID!) { addUnavailability(personId: $person,
            input: {startsOn: "2026-03-02", endsOn: "2026-03-01"}) { id } }""",
        {"person": str(member.id)},
    )
    only_error(unavailable, "VALIDATION")

    delete = """mutation($person: UUID!, $id: UUID!) {
        deleteTrainingRecord(personId: $person, id: $id) }"""
    variables = {"person": str(member.id), "id": record_id}
    assert ok(await gql(client, coordinator, delete, variables)) == {
        "deleteTrainingRecord": record_id
    }
    assert await _count(db, TrainingRecord) == 0
    only_error(await gql(client, coordinator, delete, variables), "NOT_FOUND")


async def test_change_my_password(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], member: Caller
) -> None:
    query = "mutation($input: ChangePasswordInput!) { changeMyPassword(input: $input) }"
    wrong = {"currentPassword": "wrong", "newPassword": "a much longer new passphrase"}
    error = only_error(await gql(client, member, query, {"input": wrong}), "RULE_VIOLATION")
    assert error["extensions"]["errors"][0]["pointer"] == "/currentPassword"
    right = {**wrong, "currentPassword": factories.PASSWORD}
    assert ok(await gql(client, member, query, {"input": right})) == {"changeMyPassword": True}
    async with db() as session:
        person = await session.get_one(Person, member.id)
    assert person.password_hash != factories._HASH


async def test_a_board_asks_for_easy_read_notifications_over_graphql(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    board = await factories.board(db, org)
    query = """mutation($id: UUID!, $version: Int!, $input: UpdateBoardInput!) {
      updateBoard(id: $id, version: $version, input: $input) { easyReadNotifications } }"""
    variables = {"id": str(board.id), "version": 1, "input": {"easyReadNotifications": True}}
    assert ok(await gql(client, admin, query, variables))["updateBoard"] == {
        "easyReadNotifications": True
    }
    async with db() as session:
        assert (await session.get_one(Board, board.id)).easy_read_notifications
