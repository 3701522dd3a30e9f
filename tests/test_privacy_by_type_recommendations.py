"""A recommendation's internal fields are internal by type, on both transports.

The internal fields come from the declaration itself (those of ``RecommendationInternal``
that ``RecommendationPublic`` lacks), so a field added there is covered with no other
edit: people of the organisation see it, and partner systems (API clients) cannot see or
even select it, on REST and GraphQL alike.
"""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI
from graphql import GraphQLInterfaceType, GraphQLObjectType
from pydantic.alias_generators import to_camel
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.api.graphql.schema import schema
from app.api.views.recommendations import RecommendationInternal, RecommendationPublic
from tests import factories
from tests.api.recommendations_setup import API, Team, respond, submitted, team
from tests.factories import Caller
from tests.graphql.helpers import gql, nodes, ok, only_error

INTERNAL_ONLY = [
    to_camel(n)
    for n in RecommendationInternal.model_fields
    if n not in RecommendationPublic.model_fields
]
SELECTION = " ".join(INTERNAL_ONLY)
ONE = f"""query($id: UUID!) {{ recommendation(id: $id) {{
    __typename ... on RecommendationInternal {{ {SELECTION} }} }} }}"""
NESTED = f"""query($id: UUID!) {{ board(id: $id) {{ recommendations {{ edges {{ node {{
    __typename ... on RecommendationInternal {{ {SELECTION} }} }} }} }} }} }}"""
RESPOND = f"""mutation($id: UUID!) {{ respondToRecommendation(id: $id, input: {{
    decision: NOT_ACCEPTED, reasons: "No budget" }}) {{
    __typename ... on RecommendationInternal {{ {SELECTION} }} }} }}"""


def _graphql_fields(name: str) -> set[str]:
    type_ = schema._schema.type_map[name]
    assert isinstance(type_, GraphQLObjectType | GraphQLInterfaceType)
    return set(type_.fields)


def _keys(value: Any) -> set[str]:
    """Every key anywhere in a JSON document."""
    if isinstance(value, dict):
        return set(value).union(*(_keys(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_keys(v) for v in value))
    return set()


def test_the_declaration_has_internal_fields() -> None:
    assert {"issueIds", "createdBy"} <= set(INTERNAL_ONLY)


def test_no_public_type_can_name_an_internal_field(app: FastAPI) -> None:
    assert not set(INTERNAL_ONLY) & _graphql_fields("Recommendation")
    assert not set(INTERNAL_ONLY) & _graphql_fields("RecommendationPublic")
    assert set(INTERNAL_ONLY) <= _graphql_fields("RecommendationInternal")
    components = app.openapi()["components"]["schemas"]
    assert not set(INTERNAL_ONLY) & set(components["RecommendationPublic"]["properties"])
    assert set(INTERNAL_ONLY) <= set(components["RecommendationInternal"]["properties"])


async def _cited(client: httpx.AsyncClient, t: Team) -> str:
    """A submitted recommendation citing an issue, so every internal field has a value."""
    issue = await client.post(
        f"{API}/boards/{t.advisory.id}/issues",
        json={"category": "Healthcare", "service": "B wing", "summary": "GP waits"},
        headers=t.member.headers,
    )
    assert issue.status_code == 201, issue.text
    return await submitted(client, t, issueIds=[issue.json()["id"]])


async def _rest_reads(client: httpx.AsyncClient, t: Team, caller: Caller, rid: str) -> list[Any]:
    """The recommendation as each REST read shows it to the caller, and the report."""
    one = await client.get(f"{API}/recommendations/{rid}", headers=caller.headers)
    made = await client.get(f"{API}/boards/{t.advisory.id}/recommendations", headers=caller.headers)
    received = await client.get(
        f"{API}/boards/{t.governance.id}/recommendations", headers=caller.headers
    )
    report = await client.get(
        f"{API}/boards/{t.governance.id}/recommendations/report", headers=caller.headers
    )
    for response in (one, made, received, report):
        assert response.status_code == 200, response.text
    seen = [one.json()]
    seen += [r for page in (made, received) for r in page.json()["items"] if r["id"] == rid]
    assert len(seen) == 3
    return [*seen, report.json()]


async def _graphql_reads(client: httpx.AsyncClient, t: Team, caller: Caller, rid: str) -> list[Any]:
    one = ok(await gql(client, caller, ONE, {"id": rid}))["recommendation"]
    seen = [one]
    for board in (t.advisory, t.governance):
        data = ok(await gql(client, caller, NESTED, {"id": str(board.id)}))
        seen += nodes(data["board"]["recommendations"])
    assert len(seen) == 3
    return seen


async def test_internal_fields_reach_people_of_the_organisation(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await _cited(client, t)
    # Members of the board, staff, and people of the organisation off the board alike.
    for caller in (t.member, t.coordinator, t.bystander):
        *recommendations, _ = await _rest_reads(client, t, caller, rid)
        recommendations += await _graphql_reads(client, t, caller, rid)
        for seen in recommendations:
            assert set(INTERNAL_ONLY) <= set(seen), seen
            assert seen["createdBy"] == str(t.member_person.id)
            assert len(seen["issueIds"]) == 1


async def test_internal_fields_never_reach_a_partner_system(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await _cited(client, t)
    # Board-scoped reads need boards:read, which the team's own partners lack.
    partners = [
        factories.token_for(app, await factories.api_client(db, t.org, ["boards:read", *scopes]))
        for scopes in (
            ["recommendations:read"],
            ["recommendations:read", "recommendations:respond"],
        )
    ]
    for partner in partners:
        for seen in await _rest_reads(client, t, partner, rid):
            assert not set(INTERNAL_ONLY) & _keys(seen), seen
        for seen in await _graphql_reads(client, t, partner, rid):
            assert seen == {"__typename": "RecommendationPublic"}
        for name in INTERNAL_ONLY:
            for selection in (name, f"... on RecommendationPublic {{ {name} }}"):
                query = f"query($id: UUID!) {{ recommendation(id: $id) {{ {selection} }} }}"
                body = await gql(client, partner, query, {"id": rid})
                only_error(body, "GRAPHQL_VALIDATION_FAILED")
    # What a partner's write returns is the public type too.
    answered = await respond(client, t, rid)
    assert answered.status_code == 200, answered.text
    assert not set(INTERNAL_ONLY) & _keys(answered.json())
    again = await submitted(client, t, title="Again")
    body = ok(await gql(client, t.partner, RESPOND, {"id": again}))
    assert body["respondToRecommendation"] == {"__typename": "RecommendationPublic"}
