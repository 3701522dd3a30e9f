"""Private person fields: the person themself, coordinators and administrators only."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Interest, Organisation, Person
from tests import factories
from tests.factories import Caller
from tests.graphql.helpers import gql, nodes, ok, only_error

PRIVATE = "email phone livedExperienceCategories accessNeeds"
PERSON = f"__typename id ... on PersonPrivate {{ {PRIVATE} }}"
QUERY = f"""query($id: UUID!) {{
  person(id: $id) {{ {PERSON} }}
  people {{ edges {{ node {{ {PERSON} }} }} }}
  boards {{ edges {{ node {{
    memberships {{ edges {{ node {{ person {{ {PERSON} }} }} }} }}
  }} }} }}
}}"""


@pytest.fixture
async def subject(db: async_sessionmaker[AsyncSession], org: Organisation) -> Person:
    person = await factories.person(
        db,
        org,
        name="Sam",
        email="sam@example.org",
        phone="01234",
        access_needs="Step-free access",
        lived_experience_categories=["housing"],
    )
    await factories.membership(db, await factories.board(db, org), person)
    return person


async def _caller(
    kind: str, db: async_sessionmaker[AsyncSession], app: FastAPI, org: Organisation
) -> Caller:
    if kind == "client":
        partner = await factories.api_client(db, org, ["people:read", "boards:read"])
        return factories.token_for(app, partner)
    return await factories.caller(db, app, org, kind)


def _seen(data: dict[str, Any], person: Person) -> list[dict[str, Any]]:
    """The subject as seen through person, people and board memberships."""
    seen: list[dict[str, Any]] = [data["person"]]
    seen += [n for n in nodes(data["people"]) if n["id"] == str(person.id)]
    for board in nodes(data["boards"]):
        seen += [
            m["person"] for m in nodes(board["memberships"]) if m["person"]["id"] == str(person.id)
        ]
    assert len(seen) == 3
    return [{k: v for k, v in found.items() if k != "id"} for found in seen]


@pytest.mark.parametrize(
    ("kind", "sees"),
    [("administrator", True), ("coordinator", True), ("member", False), ("client", False)],
)
async def test_private_fields_by_caller(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    subject: Person,
    kind: str,
    sees: bool,
) -> None:
    caller = await _caller(kind, db, app, org)
    data = ok(await gql(client, caller, QUERY, {"id": str(subject.id)}))
    expected: dict[str, object] = {
        "__typename": "PersonPrivate",
        "email": "sam@example.org",
        "phone": "01234",
        "livedExperienceCategories": ["housing"],
        "accessNeeds": "Step-free access",
    }
    if not sees:
        expected = {"__typename": "PersonPublic"}
    assert _seen(data, subject) == [expected] * 3


async def test_a_member_sees_their_own_private_fields(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
) -> None:
    me = await factories.person(db, org, email="me@example.org", access_needs="Large print")
    caller = factories.token_for(app, me)
    await factories.membership(db, await factories.board(db, org), me)
    data = ok(await gql(client, caller, QUERY, {"id": str(me.id)}))
    assert all(
        seen["email"] == "me@example.org" and seen["accessNeeds"] == "Large print"
        for seen in _seen(data, me)
    )


async def test_private_records_exist_only_on_the_private_type(
    client: httpx.AsyncClient,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    subject: Person,
    member: Caller,
    coordinator: Caller,
) -> None:
    async with db() as session:
        session.add(
            Interest(
                organisation_id=org.id,
                person_id=subject.id,
                description="Trustee of a housing charity",
                topic_tags=["housing"],
                declared_on=date(2026, 1, 5),
            )
        )
        await session.commit()
    query = """query($id: UUID!) { person(id: $id) { displayName ... on PersonPrivate {
        interests { edges { node { description topicTags declaredOn } } }
        trainingRecords { edges { node { id } } } } } }"""
    # Another member gets the public type, which has no records to select.
    assert ok(await gql(client, member, query, {"id": str(subject.id)})) == {
        "person": {"displayName": "Sam"}
    }

    data = ok(await gql(client, coordinator, query, {"id": str(subject.id)}))
    assert nodes(data["person"]["interests"]) == [
        {
            "description": "Trustee of a housing charity",
            "topicTags": ["housing"],
            "declaredOn": "2026-01-05",
        }
    ]
    assert nodes(data["person"]["trainingRecords"]) == []


async def test_a_person_reads_their_own_records(client: httpx.AsyncClient, member: Caller) -> None:
    body = await gql(
        client,
        member,
        "query($id: UUID!) { person(id: $id) {"
        " ... on PersonPrivate { unavailability { edges { cursor } } } } }",
        {"id": str(member.id)},
    )
    assert ok(body)["person"]["unavailability"] == {"edges": []}


async def test_unknown_person_is_not_found(client: httpx.AsyncClient, member: Caller) -> None:
    body = await gql(
        client,
        member,
        "query($id: UUID!) { person(id: $id) { id } }",
        {"id": "01890000-0000-7000-8000-000000000000"},
    )
    only_error(body, "NOT_FOUND")


async def test_a_partner_without_people_read_gets_boards_and_no_people(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    subject: Person,
) -> None:
    partner = factories.token_for(app, await factories.api_client(db, org, ["boards:read"]))
    query = """{ boards { edges { node { name memberships { edges { node {
        role person { id displayName } } } } } } } }"""
    data = ok(await gql(client, partner, query))
    (board,) = nodes(data["boards"])
    assert nodes(board["memberships"]) == [{"role": "MEMBER", "person": None}]
