"""Private person fields: the person themself, coordinators and administrators only."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import Interest, Organisation, Person
from tests import factories
from tests.factories import Caller
from tests.graphql.helpers import gql, nodes, ok, only_error

PRIVATE = "email phone livedExperienceCategories accessNeeds"
QUERY = f"""query($id: UUID!) {{
  person(id: $id) {{ displayName {PRIVATE} }}
  people {{ edges {{ node {{ id {PRIVATE} }} }} }}
  boards {{ edges {{ node {{
    memberships {{ edges {{ node {{ person {{ id {PRIVATE} }} }} }} }}
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


def _private_of(data: dict[str, object], person: Person) -> list[dict[str, object]]:
    """The subject's private fields as seen through person, people and board memberships."""
    seen: list[dict[str, object]] = []
    assert isinstance(data["person"], dict)
    seen.append({k: v for k, v in data["person"].items() if k != "displayName"})
    for node in nodes(data["people"]):  # type: ignore[arg-type]
        if node.pop("id") == str(person.id):
            seen.append(node)
    for board in nodes(data["boards"]):  # type: ignore[arg-type]
        for membership in nodes(board["memberships"]):
            found = dict(membership["person"])
            if found.pop("id") == str(person.id):
                seen.append(found)
    assert len(seen) == 3
    return seen


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
        "email": "sam@example.org",
        "phone": "01234",
        "livedExperienceCategories": ["housing"],
        "accessNeeds": "Step-free access",
    }
    if not sees:
        expected = dict.fromkeys(expected)
    assert _private_of(data, subject) == [expected] * 3


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
        for seen in _private_of(data, me)
    )


async def test_private_records_are_forbidden_to_others(
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
    query = """query($id: UUID!) { person(id: $id) {
        displayName interests { edges { node { description topicTags declaredOn } } }
        trainingRecords { edges { node { id } } } } }"""
    body = await gql(client, member, query, {"id": str(subject.id)})
    assert body["data"]["person"]["displayName"] == "Sam"
    assert body["data"]["person"]["interests"] is None
    assert sorted(e["path"][-1] for e in body["errors"]) == ["interests", "trainingRecords"]
    assert {e["extensions"]["code"] for e in body["errors"]} == {"FORBIDDEN"}

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
        "query($id: UUID!) { person(id: $id) { unavailability { edges { cursor } } } }",
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
