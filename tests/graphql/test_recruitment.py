"""Recruitment over GraphQL: the essentials, through the same domain as REST."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.recruitment_setup import RULE
from tests.graphql.helpers import gql, nodes, ok, only_error

APPLICATION = """
fragment A on Application {
  id stage eligible answers allowedStages version
  history { fromStage toStage reason }
}
"""


async def test_open_apply_move_and_read_back(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    org = await factories.organisation(db)
    board = await factories.board(db, org)
    coordinator = await factories.caller(db, app, org, "coordinator")
    applicant = await factories.caller(db, app, org, "member")
    bystander = await factories.caller(db, app, org, "member")

    created = ok(
        await gql(
            client,
            coordinator,
            """mutation($input: CreateOpportunityInput!, $rule: JSON) {
                 createOpportunity(input: $input, eligibility: $rule) { id questions eligibility }
               }""",
            {"input": {"boardId": str(board.id), "title": "Forum secretary"}, "rule": RULE},
        )
    )["createOpportunity"]
    assert created["questions"] == ["community_order_within_years", "in_recovery"]
    assert created["eligibility"] == RULE

    apply = (
        """mutation($id: UUID!, $answers: JSON) {
                 applyToOpportunity(opportunityId: $id, input: {}, answers: $answers) { ...A }
               }"""
        + APPLICATION
    )
    refused = await gql(client, applicant, apply, {"id": created["id"], "answers": {"x": 1}})
    assert only_error(refused, "RULE_VIOLATION")["extensions"]["errors"][0]["pointer"] == (
        "/answers/x"
    )
    answers = {"community_order_within_years": 0, "in_recovery": True}
    mine = ok(await gql(client, applicant, apply, {"id": created["id"], "answers": answers}))[
        "applyToOpportunity"
    ]
    assert (mine["stage"], mine["eligible"], mine["answers"]) == ("APPLIED", True, answers)

    moved = ok(
        await gql(
            client,
            coordinator,
            """mutation($id: UUID!) {
                 moveApplication(id: $id, input: {stage: ELIGIBLE, reason: "Meets the rule"}) {
                   ...A
                 }
               }"""
            + APPLICATION,
            {"id": mine["id"]},
        )
    )["moveApplication"]
    assert moved["allowedStages"] == ["INTERVIEWED", "WITHDRAWN", "UNSUCCESSFUL"]
    assert moved["history"][-1] == {
        "fromStage": "APPLIED",
        "toStage": "ELIGIBLE",
        "reason": "Meets the rule",
    }

    read = """query($id: UUID!, $opp: UUID!) {
                application(id: $id) { id }
                applications(opportunityId: $opp) { edges { node { id stage } } }
              }"""
    variables = {"id": mine["id"], "opp": created["id"]}
    data = ok(await gql(client, applicant, read, variables))
    assert [n["stage"] for n in nodes(data["applications"])] == ["ELIGIBLE"]
    only_error(await gql(client, bystander, read, variables), "NOT_FOUND")
