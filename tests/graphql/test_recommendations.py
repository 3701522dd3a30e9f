"""Recommendations over GraphQL: nested under boards with their responses and updates,
each step of their life as a mutation, authors only on RecommendationInternal (never for
API clients), the report, and SQL counts."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.api.graphql import recommendations as graphql_recommendations
from app.db.models import AuditEvent, ProgressUpdate, Recommendation, RecommendationResponse
from app.domain.recommendations.schemas import (
    ProgressUpdateCreate,
    RecommendationCreate,
    RecommendationUpdate,
    ReopenRequest,
    ResponseCreate,
)
from tests import factories
from tests.api.recommendations_setup import API, Team, events, submitted, team
from tests.factories import Caller
from tests.graphql.helpers import gql, nodes, ok, only_error
from tests.support import StatementCounter

REC_FIELDS = """__typename id boardId addressedToBoardId title status decision priority
  topicTags responseDueOn overdue version
  ... on RecommendationInternal { createdBy issueIds }
  responses { decision reasons owner targetDate onTime }
  updates { status note notedOn }"""
CREATE = f"""mutation($board: UUID!, $input: CreateRecommendationInput!) {{
  createRecommendation(boardId: $board, input: $input) {{ {REC_FIELDS} }} }}"""
UPDATE = """mutation($id: UUID!, $version: Int!, $input: UpdateRecommendationInput!) {
  updateRecommendation(id: $id, version: $version, input: $input) { id title version } }"""
SUBMIT = """mutation($id: UUID!, $due: Date) {
  submitRecommendation(id: $id, responseDueOn: $due) { id status responseDueOn version } }"""
WITHDRAW = """mutation($id: UUID!) { withdrawRecommendation(id: $id) { id status } }"""
RESPOND = f"""mutation($id: UUID!, $input: RecommendationResponseInput!) {{
  respondToRecommendation(id: $id, input: $input) {{ {REC_FIELDS} }} }}"""
ADD_UPDATE = """mutation($id: UUID!, $input: ProgressUpdateInput!) {
  addRecommendationUpdate(recommendationId: $id, input: $input) {
    recommendationId status note notedOn } }"""
ONE = f"query($id: UUID!) {{ recommendation(id: $id) {{ {REC_FIELDS} }} }}"
NESTED = f"""{{ boards(first: 10) {{ edges {{ node {{ name
  recommendations(first: 20) {{ edges {{ node {{ {REC_FIELDS} }} }} }} }} }} }} }}"""
ACCEPTED = {"decision": "ACCEPTED", "owner": "Director of Nursing", "targetDate": "2027-06-30"}


def _today() -> date:
    return datetime.now(UTC).date()


async def _count(db: async_sessionmaker[AsyncSession], model: type[Any]) -> int:
    async with db() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def _draft(client: httpx.AsyncClient, t: Team, who: Caller, **extra: Any) -> dict[str, Any]:
    body = await gql(
        client,
        who,
        CREATE,
        {
            "board": str(t.advisory.id),
            "input": {"title": "Peer support", "body": "Offer a peer.", **extra},
        },
    )
    created: dict[str, Any] = ok(body)["createRecommendation"]
    return created


def _boards(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    return {b["name"]: nodes(b["recommendations"]) for b in nodes(data["boards"])}


async def test_each_step_nests_under_both_boards(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    created = await _draft(client, t, t.member, topicTags=[" Housing "], priority="HIGH")
    assert (created["status"], created["version"], created["priority"]) == ("DRAFT", 1, "HIGH")
    assert created["addressedToBoardId"] == str(t.governance.id)
    assert created["createdBy"] == str(t.member_person.id)
    assert (created["responses"], created["updates"], created["topicTags"]) == ([], [], ["housing"])
    rid = created["id"]

    # A draft is the advisory board's own: not shown to the addressee's side yet.
    assert _boards(ok(await gql(client, t.coordinator, NESTED))) == {
        "Lived Experience Team": [created],
        "Programme Board": [],
    }
    only_error(await gql(client, t.bystander, ONE, {"id": rid}), "NOT_FOUND")

    renamed = ok(
        await gql(client, t.member, UPDATE, {"id": rid, "version": 1, "input": {"title": "New"}})
    )["updateRecommendation"]
    assert (renamed["title"], renamed["version"]) == ("New", 2)
    stale = await gql(client, t.member, UPDATE, {"id": rid, "version": 1, "input": {"title": "X"}})
    only_error(stale, "PRECONDITION_FAILED")

    # Only the board's officers submit.
    only_error(await gql(client, t.member, SUBMIT, {"id": rid}), "FORBIDDEN")
    due = (_today() + timedelta(days=10)).isoformat()
    sent = ok(await gql(client, t.chair, SUBMIT, {"id": rid, "due": due}))["submitRecommendation"]
    assert (sent["status"], sent["responseDueOn"]) == ("SUBMITTED", due)
    assert len(await events(db, "recommendation.submitted")) == 1

    answered = ok(await gql(client, t.partner, RESPOND, {"id": rid, "input": ACCEPTED}))
    rec = answered["respondToRecommendation"]
    assert (rec["status"], rec["decision"]) == ("RESPONDED", "ACCEPTED")
    assert rec["responses"] == [
        {
            "decision": "ACCEPTED",
            "reasons": None,
            "owner": "Director of Nursing",
            "targetDate": "2027-06-30",
            "onTime": True,
        }
    ]
    # The partner system never learns who drafted it.
    assert rec["__typename"] == "RecommendationPublic"
    assert not {"createdBy", "issueIds"} & set(rec)

    note = {"status": "IN_PROGRESS", "note": "Recruiting peers."}
    update = ok(await gql(client, t.partner, ADD_UPDATE, {"id": rid, "input": note}))
    assert update["addRecommendationUpdate"] == {
        "recommendationId": rid,
        **note,
        "notedOn": _today().isoformat(),
    }

    boards = _boards(ok(await gql(client, t.coordinator, NESTED)))
    (made,) = boards["Lived Experience Team"]
    (received,) = boards["Programme Board"]
    assert made == received
    assert (made["status"], made["title"]) == ("IN_PROGRESS", "New")
    assert made["updates"] == [{**note, "notedOn": _today().isoformat()}]
    assert made["createdBy"] == str(t.member_person.id)
    rest = await client.get(f"{API}/recommendations/{rid}", headers=t.coordinator.headers)
    assert rest.json()["status"] == "in_progress"
    assert rest.headers["etag"] == f'"{made["version"]}"'


async def test_withdrawing_and_filtering_by_status(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    kept = await submitted(client, t)
    gone = (await _draft(client, t, t.member))["id"]
    withdrawn = ok(await gql(client, t.chair, WITHDRAW, {"id": gone}))["withdrawRecommendation"]
    assert withdrawn == {"id": gone, "status": "WITHDRAWN"}
    only_error(await gql(client, t.chair, WITHDRAW, {"id": gone}), "INVALID_TRANSITION")
    query = """query($id: UUID!, $status: RecommendationStatus, $overdue: Boolean) {
      board(id: $id) { recommendations(status: $status, overdue: $overdue) {
        edges { node { id } } } } }"""

    async def ids(**variables: Any) -> list[str]:
        body = await gql(client, t.coordinator, query, {"id": str(t.advisory.id), **variables})
        return [n["id"] for n in nodes(ok(body)["board"]["recommendations"])]

    assert await ids() == [kept, gone]
    assert await ids(status="WITHDRAWN") == [gone]
    assert await ids(status="SUBMITTED") == [kept]
    assert await ids(overdue=True) == []
    assert await ids(overdue=False) == [kept, gone]


async def test_a_response_without_reasons_is_refused_and_writes_nothing(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await submitted(client, t)
    later = (await _draft(client, t, t.member))["id"]
    audit_before = await _count(db, AuditEvent)
    # Staff may do both steps; the failed second one takes the first with it.
    body = await gql(
        client,
        t.coordinator,
        """mutation($later: UUID!, $id: UUID!, $input: RecommendationResponseInput!) {
          submitRecommendation(id: $later) { status }
          respondToRecommendation(id: $id, input: $input) { id } }""",
        {"later": later, "id": rid, "input": {"decision": "NOT_ACCEPTED"}},
    )
    assert only_error(body, "RULE_VIOLATION")["path"] == ["respondToRecommendation"]
    assert body["data"] is None
    async with db() as session:
        assert (await session.get_one(Recommendation, uuid.UUID(later))).status == "draft"
    refused = await gql(
        client, t.partner, RESPOND, {"id": rid, "input": {"decision": "NOT_ACCEPTED"}}
    )
    error = only_error(refused, "RULE_VIOLATION")
    assert [e["pointer"] for e in error["extensions"]["errors"]] == ["/reasons"]
    assert refused["data"] is None
    assert await _count(db, RecommendationResponse) == 0
    assert await _count(db, ProgressUpdate) == 0
    assert await _count(db, AuditEvent) == audit_before
    assert await events(db, "recommendation.responded") == []
    async with db() as session:
        row = await session.get_one(Recommendation, uuid.UUID(rid))
        assert (row.status, row.decision, row.version) == ("submitted", None, 2)
    # Only those with recommendations:respond record a decision.
    only_error(await gql(client, t.reader, RESPOND, {"id": rid, "input": ACCEPTED}), "FORBIDDEN")
    assert await _count(db, RecommendationResponse) == 0


async def test_api_clients_never_see_authors(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await submitted(client, t)
    await _draft(client, t, t.member)  # a draft: never shown to partner systems
    mine = ok(await gql(client, t.member, ONE, {"id": rid}))["recommendation"]
    assert mine["__typename"] == "RecommendationInternal"
    assert mine["createdBy"] == str(t.member_person.id)
    assert mine["issueIds"] == []
    theirs = ok(await gql(client, t.reader, ONE, {"id": rid}))["recommendation"]
    assert theirs.pop("__typename") == "RecommendationPublic"
    internal = ("__typename", "createdBy", "issueIds")
    assert theirs == {k: v for k, v in mine.items() if k not in internal}
    browser = factories.token_for(
        app, await factories.api_client(db, t.org, ["boards:read", "recommendations:read"])
    )
    boards = _boards(ok(await gql(client, browser, NESTED)))
    assert [r["id"] for r in boards["Lived Experience Team"]] == [rid]
    assert all(r["__typename"] == "RecommendationPublic" for r in boards["Programme Board"])
    assert not any({"createdBy", "issueIds"} & set(r) for r in boards["Programme Board"])
    blind = factories.token_for(app, await factories.api_client(db, t.org, ["boards:read"]))
    body = await gql(
        client, blind, "{ boards { edges { node { recommendations { edges { cursor } } } } } }"
    )
    assert {tuple(e["path"][-1:]) for e in body["errors"]} == {("recommendations",)}
    assert {e["extensions"]["code"] for e in body["errors"]} == {"FORBIDDEN"}


async def test_the_report_matches_rest(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    first = await submitted(client, t)
    await submitted(client, t, title="Second")
    ok(await gql(client, t.partner, RESPOND, {"id": first, "input": ACCEPTED}))
    query = """query($id: UUID!, $from: Date, $to: Date) { board(id: $id) {
      recommendationReport(from: $from, to: $to) { boardId periodFrom periodTo asOf total
        byDecision { accepted partlyAccepted notAccepted deferred }
        byStatus { draft submitted responded inProgress implemented notImplemented withdrawn }
        awaitingResponse responses medianDaysToResponse answeredOnTime dueCount onTimeShare
        items { id title status decision overdue daysToResponse response { decision } } } } }"""
    today = _today().isoformat()
    variables = {"id": str(t.governance.id), "from": today, "to": today}
    report = ok(await gql(client, t.coordinator, query, variables))["board"]
    report = report["recommendationReport"]
    rest = await client.get(
        f"{API}/boards/{t.governance.id}/recommendations/report",
        params={"from": today, "to": today},
        headers=t.coordinator.headers,
    )
    expected = rest.json()
    assert report["total"] == expected["total"] == 2
    assert report["byDecision"] == {**dict.fromkeys(report["byDecision"], 0), "accepted": 1}
    assert report["byDecision"] == expected["byDecision"]
    assert report["byStatus"]["responded"] == expected["byStatus"]["responded"] == 1
    assert report["byStatus"]["submitted"] == 1
    for key in ("awaitingResponse", "responses", "medianDaysToResponse", "answeredOnTime"):
        assert report[key] == expected[key], key
    assert (report["dueCount"], report["onTimeShare"]) == (expected["dueCount"], 1.0)
    assert [i["id"] for i in report["items"]] == [i["id"] for i in expected["items"]]
    assert report["items"][0]["response"] == {"decision": "ACCEPTED"}
    assert report["items"][0]["daysToResponse"] == 0

    backwards = await gql(
        client,
        t.coordinator,
        query,
        {"id": str(t.governance.id), "from": today, "to": "2020-01-01"},
    )
    error = only_error(backwards, "RULE_VIOLATION")
    assert error["extensions"]["errors"][0]["pointer"] == "/to"


async def _advisory_boards(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], t: Team, count: int
) -> None:
    for _ in range(count):
        advisory = await factories.board(db, t.org, "advisory", advises=t.governance)
        for _ in range(2):
            body = await gql(
                client,
                t.coordinator,
                CREATE,
                {"board": str(advisory.id), "input": {"title": "T", "body": "B"}},
            )
            rid = ok(body)["createRecommendation"]["id"]
            ok(await gql(client, t.coordinator, SUBMIT, {"id": rid}))
            ok(await gql(client, t.partner, RESPOND, {"id": rid, "input": ACCEPTED}))
            note = {"status": "IN_PROGRESS", "note": "Going"}
            ok(await gql(client, t.partner, ADD_UPDATE, {"id": rid, "input": note}))


@pytest.mark.parametrize("who", ["coordinator", "member"])
async def test_nested_recommendations_cost_the_same_statements_for_2_or_6_boards(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
    who: str,
) -> None:
    t = await team(db, app)
    caller: Caller = getattr(t, who)
    await _advisory_boards(client, db, t, 2)
    statements.reset()
    few = _boards(ok(await gql(client, caller, NESTED)))
    few_count = statements.count
    await _advisory_boards(client, db, t, 4)
    statements.reset()
    many = _boards(ok(await gql(client, caller, NESTED)))
    assert len(few) == 4
    assert len(many) == 8
    assert len(many["Programme Board"]) == 12
    for name, recs in many.items():
        if name not in ("Programme Board", "Lived Experience Team"):
            assert len(recs) == 2
            assert all(len(r["responses"]) == 1 and len(r["updates"]) == 1 for r in recs)
    assert statements.count == few_count, statements.statements
    # The actor, boards, [draft boards,] made and received, responses, updates.
    assert few_count <= 7, statements.statements


@pytest.mark.parametrize(
    ("graphql_input", "model"),
    [
        (graphql_recommendations.CreateRecommendationInput, RecommendationCreate),
        (graphql_recommendations.UpdateRecommendationInput, RecommendationUpdate),
        (graphql_recommendations.RecommendationResponseInput, ResponseCreate),
        (graphql_recommendations.ProgressUpdateInput, ProgressUpdateCreate),
        (graphql_recommendations.ReopenRecommendationInput, ReopenRequest),
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
