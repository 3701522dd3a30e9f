"""The expert bank over GraphQL: the same rules as REST, through the same domain."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.procurement_setup import panel, post
from tests.graphql.helpers import gql, nodes, ok, only_error

SET_MINE = """mutation($input: ExpertBankEntryInput!) {
  setMyExpertBankEntry(input: $input) { personId skills experienceCategories }
}"""
SEARCH = """query($skill: String, $experience: String) {
  expertBank(skill: $skill, experience: $experience) {
    edges { node { personId experienceCategories training { trainingType } } }
  }
}"""
SHORTLIST = """query($lot: UUID!) {
  lotShortlist(lotId: $lot) { candidates { personId } excluded { entry { personId } reasons } }
}"""


async def test_join_search_and_shortlist(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    p = await panel(db, app, client)
    person = await factories.person(db, p.org, "member", lived_experience_categories=["prison"])
    me = factories.token_for(app, person)
    refused = only_error(
        await gql(client, me, SET_MINE, {"input": {"experienceCategories": ["prison"]}}),
        "RULE_VIOLATION",
    )
    assert refused["extensions"]["errors"][0]["pointer"] == "/experienceConsent"
    joined = ok(
        await gql(
            client,
            me,
            SET_MINE,
            {
                "input": {
                    "skills": ["housing"],
                    "experienceCategories": ["prison"],
                    "experienceConsent": True,
                }
            },
        )
    )["setMyExpertBankEntry"]
    assert joined == {
        "personId": str(me.id),
        "skills": ["housing"],
        "experienceCategories": ["prison"],
    }
    connected = await factories.person(db, p.org, "member")
    on_behalf = """mutation($id: UUID!, $input: PersonExpertBankEntryInput!) {
      setPersonExpertBankEntry(personId: $id, input: $input) { consentNote }
    }"""
    made = ok(
        await gql(
            client,
            p.coordinator,
            on_behalf,
            {"id": str(connected.id), "input": {"skills": ["housing"], "consentNote": "In person"}},
        )
    )
    assert made["setPersonExpertBankEntry"]["consentNote"] == "In person"
    await post(
        client,
        p.coordinator,
        f"/people/{connected.id}/interests",
        {"description": "Employee", "organisations": ["Acme Care Ltd"], "declaredOn": "2025-05-01"},
    )
    found = ok(await gql(client, p.coordinator, SEARCH, {"experience": "prison"}))
    assert [n["personId"] for n in nodes(found["expertBank"])] == [str(me.id)]
    only_error(await gql(client, me, SEARCH, {}), "FORBIDDEN")
    short = ok(await gql(client, p.coordinator, SHORTLIST, {"lot": p.lot["id"]}))["lotShortlist"]
    assert short["candidates"] == [{"personId": str(me.id)}]
    (excluded,) = short["excluded"]
    assert excluded["entry"]["personId"] == str(connected.id)
    assert "Acme Care Ltd" in excluded["reasons"][0]
    only_error(await gql(client, p.expert, SHORTLIST, {"lot": p.lot["id"]}), "FORBIDDEN")
    left = ok(await gql(client, me, "mutation { leaveMyExpertBank }"))
    assert left["leaveMyExpertBank"] is True
    only_error(await gql(client, me, "{ myExpertBankEntry { id } }"), "NOT_FOUND")
