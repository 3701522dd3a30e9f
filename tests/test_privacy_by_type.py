"""Private person fields are private by type, on both transports.

Every check here takes the private fields from the declaration itself (those of
``PersonPrivate`` that ``PersonPublic`` lacks), so a private field added there is covered
with no other edit: it must appear for the person and staff, and for nobody else, on REST
and GraphQL alike.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from graphql import GraphQLObjectType
from pydantic.alias_generators import to_camel
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.api.graphql.schema import schema
from app.api.views.people import PersonPrivate, PersonPublic
from app.db.models import Organisation, Person
from tests import factories
from tests.factories import Caller
from tests.graphql.helpers import gql, only_error

PRIVATE_ONLY = [
    to_camel(n) for n in PersonPrivate.model_fields if n not in PersonPublic.model_fields
]
SELECTION = " ".join(PRIVATE_ONLY)


def _graphql_fields(name: str) -> set[str]:
    type_ = schema._schema.type_map[name]
    assert isinstance(type_, GraphQLObjectType) or name == "Person"
    return set(type_.fields)  # type: ignore[attr-defined]


def test_the_declaration_has_private_fields() -> None:
    assert {"email", "phone", "accessNeeds", "livedExperienceCategories"} <= set(PRIVATE_ONLY)


def test_no_public_type_can_name_a_private_field(app: FastAPI) -> None:
    assert not set(PRIVATE_ONLY) & _graphql_fields("Person")
    assert not set(PRIVATE_ONLY) & _graphql_fields("PersonPublic")
    assert set(PRIVATE_ONLY) <= _graphql_fields("PersonPrivate")
    components = app.openapi()["components"]["schemas"]
    assert not set(PRIVATE_ONLY) & set(components["PersonPublic"]["properties"])
    assert set(PRIVATE_ONLY) <= set(components["PersonPrivate"]["properties"])


@pytest.fixture
async def subject(db: async_sessionmaker[AsyncSession], org: Organisation) -> Person:
    person = await factories.person(
        db, org, email="sam@example.org", phone="01234", access_needs="Large print"
    )
    await factories.membership(db, await factories.board(db, org), person)
    return person


async def _rest_views(client: httpx.AsyncClient, caller: Caller, person: Person) -> list[Any]:
    """The subject as each REST read shows them to the caller."""
    one = await client.get(f"/api/v1/people/{person.id}", headers=caller.headers)
    listed = await client.get("/api/v1/people", headers=caller.headers)
    boards = await client.get("/api/v1/boards?expand=memberships", headers=caller.headers)
    for response in (one, listed, boards):
        assert response.status_code == 200, response.text
    seen = [one.json()]
    seen += [p for p in listed.json()["items"] if p["id"] == str(person.id)]
    seen += [
        m["person"]
        for b in boards.json()["items"]
        for m in b["memberships"]
        if m["personId"] == str(person.id)
    ]
    assert len(seen) == 3
    return seen


async def _graphql_view(client: httpx.AsyncClient, caller: Caller, person: Person) -> Any:
    query = f"""query($id: UUID!) {{ person(id: $id) {{
        __typename ... on PersonPrivate {{ {SELECTION} }} }} }}"""
    body = await gql(client, caller, query, {"id": str(person.id)})
    assert "errors" not in body, body
    return body["data"]["person"]


async def test_private_fields_reach_staff(
    client: httpx.AsyncClient, coordinator: Caller, subject: Person
) -> None:
    for seen in await _rest_views(client, coordinator, subject):
        assert set(PRIVATE_ONLY) <= set(seen)
    assert set(PRIVATE_ONLY) <= set(await _graphql_view(client, coordinator, subject))


async def test_private_fields_never_reach_another_member(
    client: httpx.AsyncClient, member: Caller, subject: Person
) -> None:
    for seen in await _rest_views(client, member, subject):
        assert not set(PRIVATE_ONLY) & set(seen)
    assert await _graphql_view(client, member, subject) == {"__typename": "PersonPublic"}
    for name in PRIVATE_ONLY:
        body = await gql(
            client,
            member,
            f"query($id: UUID!) {{ person(id: $id) {{ ... on PersonPublic {{ {name} }} }} }}",
            {"id": str(subject.id)},
        )
        only_error(body, "GRAPHQL_VALIDATION_FAILED")
