"""Reopening an implemented recommendation when the change lapses: a step with a reason,
kept among its progress notes, announced as `recommendation.reopened`, on both
transports."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.api.helpers import problem
from tests.api.recommendations_setup import API, Team, events, respond, submitted, team
from tests.graphql.helpers import gql, ok, only_error

REOPEN = """mutation($id: UUID!, $input: ReopenRecommendationInput!) {
  reopenRecommendation(id: $id, input: $input) { id status closedAt
    updates { note status reopened } } }"""


async def _implemented(client: httpx.AsyncClient, t: Team) -> str:
    rid = await submitted(client, t)
    assert (await respond(client, t, rid)).status_code == 200
    done = await client.post(
        f"{API}/recommendations/{rid}/updates",
        json={"status": "implemented", "note": "Peer supporters in post."},
        headers=t.partner.headers,
    )
    assert done.status_code == 201, done.text
    return rid


async def _reopen(
    client: httpx.AsyncClient, rid: str, headers: dict[str, str], body: Any
) -> httpx.Response:
    return await client.post(f"{API}/recommendations/{rid}/reopen", json=body, headers=headers)


async def test_an_implemented_recommendation_is_reopened_with_its_reason_on_record(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await _implemented(client, t)
    reason = "The posts were cut in the spring budget."
    reopened = await _reopen(client, rid, t.partner.headers, {"reason": reason})
    assert reopened.status_code == 200, reopened.text
    body = reopened.json()
    assert (body["status"], body["closedAt"]) == ("in_progress", None)
    assert reopened.headers["ETag"]

    updates = (
        await client.get(f"{API}/recommendations/{rid}/updates", headers=t.reader.headers)
    ).json()["items"]
    assert [(u["status"], u["reopened"], u["note"]) for u in updates] == [
        ("implemented", False, "Peer supporters in post."),
        ("in_progress", True, reason),
    ]
    (event,) = await events(db, "recommendation.reopened")
    assert event["recommendationId"] == rid
    assert event["status"] == "in_progress"
    assert event["progressUpdateId"] == updates[1]["id"]
    assert reason not in str(event)  # events carry state, never text

    # Reopened, it moves on as any recommendation in progress does, and can close again.
    again = await client.post(
        f"{API}/recommendations/{rid}/updates",
        json={"status": "implemented", "note": "Posts restored."},
        headers=t.partner.headers,
    )
    assert again.status_code == 201, again.text
    report = (
        await client.get(
            f"{API}/boards/{t.advisory.id}/recommendations/report", headers=t.reader.headers
        )
    ).json()
    (item,) = report["items"]
    assert [u["reopened"] for u in item["updates"]] == [False, True, False]
    assert item["status"] == "implemented"


async def test_a_reopening_needs_a_reason_and_an_implemented_recommendation(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await _implemented(client, t)
    for body in ({}, {"reason": ""}, {"reason": "   "}):
        refused = problem(await _reopen(client, rid, t.partner.headers, body), 422)
        assert [e["pointer"] for e in refused["errors"]] == ["/reason"], refused

    # A progress note cannot undo the change by the way: reopening is its own step.
    by_note = await client.post(
        f"{API}/recommendations/{rid}/updates",
        json={"status": "in_progress", "note": "Lapsed"},
        headers=t.partner.headers,
    )
    assert problem(by_note, 409, "invalid-transition")["allowed"] == []

    waiting = await submitted(client, t)
    not_done = problem(await _reopen(client, waiting, t.partner.headers, {"reason": "x"}), 409)
    assert not_done["type"] == "/problems/invalid-transition"
    denied = problem(await _reopen(client, rid, t.reader.headers, {"reason": "x"}), 403)
    assert "recommendations:respond" in denied["detail"]
    problem(await _reopen(client, rid, t.member.headers, {"reason": "x"}), 403)
    assert await events(db, "recommendation.reopened") == []

    # The board that made it may reopen it through its officers.
    assert (await _reopen(client, rid, t.chair.headers, {"reason": "Lapsed"})).status_code == 200


async def test_graphql_reopens_with_the_same_rules(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await _implemented(client, t)
    blank = await gql(client, t.partner, REOPEN, {"id": rid, "input": {"reason": " "}})
    error = only_error(blank, "VALIDATION")
    assert [e["pointer"] for e in error["extensions"]["errors"]] == ["/reason"]
    missing = await gql(client, t.partner, REOPEN, {"id": rid, "input": {}})
    assert "reason" in missing["errors"][0]["message"]
    only_error(
        await gql(client, t.reader, REOPEN, {"id": rid, "input": {"reason": "x"}}), "FORBIDDEN"
    )

    data = ok(await gql(client, t.partner, REOPEN, {"id": rid, "input": {"reason": "Lapsed"}}))
    reopened = data["reopenRecommendation"]
    assert (reopened["status"], reopened["closedAt"]) == ("IN_PROGRESS", None)
    assert reopened["updates"][-1] == {"note": "Lapsed", "status": "IN_PROGRESS", "reopened": True}
    assert len(await events(db, "recommendation.reopened")) == 1
    twice = await gql(client, t.partner, REOPEN, {"id": rid, "input": {"reason": "Again"}})
    only_error(twice, "INVALID_TRANSITION")
