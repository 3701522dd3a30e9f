"""Data rights: the audit of private reads, subject access export and erasure."""

from __future__ import annotations

import io
import json
import uuid
import zipfile

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import Membership, Organisation, OutboxEvent, Person, PrivateRead
from tests import factories
from tests.api.helpers import API, password_grant, problem
from tests.factories import PASSWORD, Caller
from tests.graphql.helpers import gql, ok
from tests.support import StatementCounter


async def _reads(db: async_sessionmaker[AsyncSession], subject: uuid.UUID) -> list[PrivateRead]:
    async with db() as session:
        rows = await session.scalars(
            select(PrivateRead).where(col(PrivateRead.subject_id) == subject)
        )
        return list(rows)


def _inserts(statements: StatementCounter) -> list[str]:
    return [
        s
        for s in statements.statements
        if s.lstrip().upper().startswith("INSERT INTO PRIVATE_READS")
    ]


async def test_private_reads_are_audited_in_one_insert_per_request(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    member: Caller,
    statements: StatementCounter,
) -> None:
    people = [await factories.person(db, org) for _ in range(4)]
    statements.reset()
    response = await client.get(f"{API}/people", headers=coordinator.headers)
    assert response.status_code == 200, response.text
    assert len(_inserts(statements)) == 1
    for person in people:
        (row,) = await _reads(db, person.id)
        assert (row.reader_id, row.reader_type, row.field_group) == (
            coordinator.id,
            "person",
            "profile",
        )
    # The coordinator's own record was read by themself: not audited.
    assert await _reads(db, coordinator.id) == []
    # A member sees public fields only (nothing private read) and their own.
    statements.reset()
    assert (await client.get(f"{API}/people", headers=member.headers)).status_code == 200
    assert _inserts(statements) == []
    assert len(await _reads(db, people[0].id)) == 1


async def test_private_record_lists_are_audited_by_group(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
) -> None:
    person = await factories.person(db, org)
    response = await client.get(f"{API}/people/{person.id}/interests", headers=admin.headers)
    assert response.status_code == 200, response.text
    assert [r.field_group for r in await _reads(db, person.id)] == ["interests"]


async def test_the_person_and_administrators_see_who_read_their_fields(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    coordinator: Caller,
    admin: Caller,
) -> None:
    subject = await factories.person(db, org)
    me = factories.token_for(app, subject)
    assert (await client.get(f"{API}/people/{subject.id}", headers=coordinator.headers)).is_success
    path = f"{API}/people/{subject.id}/private-reads"
    for caller in (me, admin):
        response = await client.get(path, headers=caller.headers)
        assert response.status_code == 200, response.text
        (item,) = response.json()["items"]
        assert item["readerId"] == str(coordinator.id)
        assert item["fieldGroup"] == "profile"
    problem(await client.get(path, headers=coordinator.headers), 403)
    other = await factories.caller(
        db, app, await factories.organisation(db, "Away"), "administrator"
    )
    problem(await client.get(path, headers=other.headers), 404)


async def test_private_reads_list_costs_the_same_for_any_number_of_reads(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    statements: StatementCounter,
) -> None:
    subject = await factories.person(db, org)
    me = factories.token_for(app, subject)
    counts = []
    for readers in (1, 6):
        for _ in range(readers):
            reader = await factories.caller(db, app, org, "coordinator")
            await client.get(f"{API}/people/{subject.id}", headers=reader.headers)
        statements.reset()
        response = await client.get(f"{API}/people/{subject.id}/private-reads", headers=me.headers)
        assert response.status_code == 200
        counts.append(statements.count)
    assert len(response.json()["items"]) == 7
    assert counts[0] == counts[1], statements.statements


async def test_compiled_graphql_reads_of_private_fields_are_audited(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    coordinator: Caller,
    statements: StatementCounter,
) -> None:
    board = await factories.board(db, org)
    people = [await factories.person(db, org) for _ in range(3)]
    for person in people:
        await factories.membership(db, board, person)
    query = (
        f'{{ board(id: "{board.id}") {{ memberships {{ edges {{ node {{ person {{'
        " ... on PersonPrivate { email } } } } } } }"
    )
    statements.reset()
    data = ok(await gql(client, coordinator, query))
    # The ID was not asked for: the audit took it from the statement and left it out.
    assert sorted(
        e["node"]["person"]["email"] for e in data["board"]["memberships"]["edges"]
    ) == sorted(p.email for p in people)
    assert all(set(e["node"]["person"]) == {"email"} for e in data["board"]["memberships"]["edges"])
    # The actor, the compiled statement and the audit's insert.
    assert len(_inserts(statements)) == 1
    assert statements.count == 3, statements.statements
    for person in people:
        assert [r.reader_id for r in await _reads(db, person.id)] == [coordinator.id]


async def test_subject_access_export_holds_their_records_and_who_read_them(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    coordinator: Caller,
    member: Caller,
) -> None:
    subject = await factories.person(db, org, access_needs="Step-free access")
    board = await factories.board(db, org)
    await factories.membership(db, board, subject)
    await client.get(f"{API}/people/{subject.id}", headers=coordinator.headers)
    me = factories.token_for(app, subject)
    response = await client.get(f"{API}/people/{subject.id}/export", headers=me.headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = set(archive.namelist())
    assert {
        "person.json",
        "memberships.json",
        "meeting_guests.json",
        "paper_receipts.json",
        "expense_claims.json",
    } <= names
    person = json.loads(archive.read("person.json"))
    assert person["access_needs"] == "Step-free access"
    assert "password_hash" not in person
    assert [m["board_id"] for m in json.loads(archive.read("memberships.json"))] == [str(board.id)]
    reads = json.loads(archive.read("private_reads.json"))
    assert [r["reader_id"] for r in reads] == [str(coordinator.id)]
    problem(await client.get(f"{API}/people/{subject.id}/export", headers=member.headers), 403)
    problem(await client.get(f"{API}/people/{subject.id}/export", headers=coordinator.headers), 403)


async def test_erasure_keeps_the_record_but_not_the_person(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    app: FastAPI,
    org: Organisation,
    admin: Caller,
    coordinator: Caller,
) -> None:
    subject = await factories.person(
        db,
        org,
        phone="07700 900123",
        access_needs="BSL",
        pending_email="sam.new@example.net",
        idp_issuer="https://idp.example",
        idp_subject="idp|sam",
    )
    board = await factories.board(db, org)
    await factories.membership(db, board, subject)
    their_token = factories.token_for(app, subject)
    path = f"{API}/people/{subject.id}/erasure"
    problem(await client.post(path, headers=coordinator.headers), 403)
    response = await client.post(path, headers=admin.headers)
    assert response.status_code == 201, response.text
    assert response.json()["personId"] == str(subject.id)
    problem(await client.post(path, headers=admin.headers), 409)
    # Sign-in is over at once, by token and by password.
    assert (await client.get(f"{API}/me", headers=their_token.headers)).status_code == 401
    assert (await password_grant(client, subject.email, PASSWORD)).status_code != 200
    shown = (await client.get(f"{API}/people/{subject.id}", headers=admin.headers)).json()
    assert shown["displayName"] == "Former member"
    assert shown["phone"] is None
    assert shown["accessNeeds"] is None
    assert subject.email not in json.dumps(shown)
    assert shown["pendingEmail"] is None
    async with db() as session:
        row = await session.get_one(Person, subject.id)
        assert (row.idp_issuer, row.idp_subject) == (None, None)
        # The board's record still counts them.
        memberships = await session.scalars(
            select(Membership).where(col(Membership.person_id) == subject.id)
        )
        assert len(list(memberships)) == 1
        events = await session.scalars(
            select(OutboxEvent).where(col(OutboxEvent.event_type) == "person.erased")
        )
        assert [e.payload for e in events] == [{"personId": str(subject.id)}]
        assert (await session.get(Person, subject.id)) is not None


async def test_graphql_erasure_and_private_reads(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    admin: Caller,
    coordinator: Caller,
) -> None:
    subject = await factories.person(db, org)
    ok(await gql(client, coordinator, f'{{ person(id: "{subject.id}") {{ id }} }}'))
    data = ok(
        await gql(
            client,
            admin,
            f'{{ privateReads(personId: "{subject.id}") '
            "{ edges { node { readerId fieldGroup } } } }",
        )
    )
    assert data["privateReads"]["edges"] == [
        {"node": {"readerId": str(coordinator.id), "fieldGroup": "profile"}}
    ]
    mutation = f'mutation {{ erasePerson(personId: "{subject.id}") {{ personId }} }}'
    denied = await gql(client, coordinator, mutation)
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert ok(await gql(client, admin, mutation))["erasePerson"]["personId"] == str(subject.id)
