"""The trail (issue 16, items 1-2): an issue's steps and history, what became of it,
what is behind a recommendation, escalation levels, the sweep and sponsors."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import OutgoingMessage
from app.db.types import utcnow
from app.domain.recommendations.escalation_sweep import sweep_trail
from app.domain.recommendations.overdue import sweep_overdue
from tests.api.helpers import problem
from tests.api.recommendations_setup import API, Team, draft, events, submit, team
from tests.graphql.helpers import gql
from tests.support import StatementCounter


async def _issue(client: httpx.AsyncClient, t: Team, **fields: Any) -> dict[str, Any]:
    body = {"category": "Healthcare", "service": "B wing", "summary": "Waiting for a GP", **fields}
    response = await client.post(
        f"{API}/boards/{t.advisory.id}/issues", json=body, headers=t.member.headers
    )
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def _level(
    client: httpx.AsyncClient, t: Team, board_id: object, name: str, owner: object, days: int
) -> dict[str, Any]:
    response = await client.post(
        f"{API}/boards/{board_id}/escalation-levels",
        json={"name": name, "ownerId": str(owner), "responseDays": days},
        headers=t.coordinator.headers,
    )
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def _messages(db: async_sessionmaker[AsyncSession], template: str) -> list[OutgoingMessage]:
    async with db() as session:
        rows = await session.scalars(
            select(OutgoingMessage)
            .where(OutgoingMessage.template == template)
            .order_by(col(OutgoingMessage.id))
        )
        return list(rows)


async def test_an_issue_moves_through_its_lifecycle_with_history(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    issue = await _issue(client, t)
    assert issue["status"] == "open"
    url = f"{API}/issues/{issue['id']}/transitions"
    taken = await client.post(url, json={"status": "in_progress"}, headers=t.member.headers)
    assert taken.json()["status"] == "in_progress"
    problem(await client.post(url, json={"status": "resolved"}, headers=t.member.headers), 422)
    problem(
        await client.post(url, json={"status": "closed", "reason": "x"}, headers=t.chair.headers),
        403,
    )
    done = await client.post(
        url, json={"status": "resolved", "reason": "GP clinic added"}, headers=t.member.headers
    )
    assert done.json()["status"] == "resolved"
    closed = await client.post(
        url, json={"status": "closed", "reason": "Confirmed"}, headers=t.coordinator.headers
    )
    assert closed.status_code == 200
    refused = await client.post(
        url, json={"status": "open", "reason": "Again"}, headers=t.coordinator.headers
    )
    assert problem(refused, 409, "invalid-transition")["allowed"] == []
    history = await client.get(f"{API}/issues/{issue['id']}/history", headers=t.chair.headers)
    steps = [(h["fromStatus"], h["toStatus"], h["reason"]) for h in history.json()["items"]]
    assert steps == [
        (None, "open", "Logged."),
        ("open", "in_progress", None),
        ("in_progress", "resolved", "GP clinic added"),
        ("resolved", "closed", "Confirmed"),
    ]
    assert history.json()["items"][1]["changedById"] == str(t.member_person.id)
    problem(await client.get(f"{API}/issues/{issue['id']}/history", headers=t.partner.headers), 403)


async def test_from_an_issue_to_its_recommendations_and_back(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    engine: AsyncEngine,
) -> None:
    t = await team(db, app)
    theme = (
        await client.post(
            f"{API}/boards/{t.advisory.id}/themes",
            json={"name": "Healthcare"},
            headers=t.coordinator.headers,
        )
    ).json()["id"]
    issue = await _issue(client, t, themeId=None)
    themed = [await _issue(client, t) for _ in range(5)]
    for other in themed:
        current = await client.get(f"{API}/issues/{other['id']}", headers=t.coordinator.headers)
        await client.patch(
            f"{API}/issues/{other['id']}",
            json={"themeId": theme},
            headers={**t.coordinator.headers, "If-Match": current.headers["etag"]},
        )
    named = await draft(client, t, issueIds=[issue["id"]])
    await submit(client, t, named["id"])
    by_theme = await draft(client, t, themeIds=[theme])
    await submit(client, t, by_theme["id"])

    fed = await client.get(f"{API}/issues/{issue['id']}/recommendations", headers=t.chair.headers)
    assert [(r["id"], r["throughTheme"]) for r in fed.json()] == [(named["id"], False)]
    via = await client.get(
        f"{API}/issues/{themed[0]['id']}/recommendations", headers=t.chair.headers
    )
    assert [(r["id"], r["throughTheme"], r["status"]) for r in via.json()] == [
        (by_theme["id"], True, "submitted")
    ]

    # A partner system sees counts, each under five withheld; never the issues.
    small = await client.get(f"{API}/recommendations/{named['id']}/trail", headers=t.reader.headers)
    assert small.json()["issueCount"] is None
    assert small.json()["suppressed"] is True
    big = await client.get(
        f"{API}/recommendations/{by_theme['id']}/trail", headers=t.reader.headers
    )
    assert big.json()["issueCount"] == 5
    assert big.json()["themes"][0]["issueCount"] == 5
    problem(
        await client.get(f"{API}/recommendations/{named['id']}/issues", headers=t.reader.headers),
        403,
    )
    listed = await client.get(
        f"{API}/recommendations/{by_theme['id']}/issues", headers=t.member.headers
    )
    assert sorted(i["id"] for i in listed.json()["items"]) == sorted(i["id"] for i in themed)

    # What became of an issue costs the same however many recommendations it fed.
    with StatementCounter(engine) as one:
        await client.get(f"{API}/issues/{themed[0]['id']}/recommendations", headers=t.chair.headers)
    for _ in range(3):
        await submit(client, t, (await draft(client, t, themeIds=[theme]))["id"])
    with StatementCounter(engine) as four:
        answer = await client.get(
            f"{API}/issues/{themed[0]['id']}/recommendations", headers=t.chair.headers
        )
    assert len(answer.json()) == 4
    assert four.count == one.count


async def test_the_sweep_escalates_once_per_level_and_tells_the_owner(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    await _level(client, t, t.advisory.id, "Raised with staff", t.chair_person.id, 3)
    await _level(client, t, t.advisory.id, "Governor", t.member_person.id, 7)
    issue = await _issue(client, t, followUpOn=utcnow().date().isoformat())
    assert issue["escalationLevel"] == 1
    later = utcnow() + timedelta(days=4)
    first = await sweep_trail(db, later)
    assert await sweep_trail(db, later) == 0  # run twice: escalated once
    assert first == 2  # the escalation and the follow-up reminder
    moved = (await client.get(f"{API}/issues/{issue['id']}", headers=t.chair.headers)).json()
    assert (moved["status"], moved["escalationLevel"], moved["escalationDueAt"]) == (
        "escalated",
        2,
        None,
    )
    escalated = await events(db, "issue.escalated")
    assert [(e["issueId"], e["level"]) for e in escalated] == [(issue["id"], 2)]
    notices = await _messages(db, "escalated")
    assert [m.person_id for m in notices] == [t.member_person.id]
    assert "Waiting for a GP" not in (notices[0].body or "")
    assert len(await events(db, "issue.follow_up_due")) == 1
    assert len(await _messages(db, "follow_up_due")) == 1
    # At the top there is nowhere further to go.
    assert await sweep_trail(db, later + timedelta(days=30)) == 0


async def test_an_overdue_response_climbs_the_addressees_levels_and_reaches_the_sponsor(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    sponsor = await client.put(
        f"{API}/boards/{t.governance.id}/sponsor",
        json={"personId": str(t.chair_person.id)},
        headers=t.coordinator.headers,
    )
    assert sponsor.status_code == 200, sponsor.text
    problem(
        await client.put(
            f"{API}/boards/{t.advisory.id}/sponsor",
            json={"personId": str(t.chair_person.id)},
            headers=t.coordinator.headers,
        ),
        422,
    )
    await _level(client, t, t.governance.id, "Director", t.member_person.id, 5)
    rec = (await draft(client, t))["id"]
    await submit(client, t, rec)
    late = utcnow() + timedelta(days=29)
    assert await sweep_overdue(db, late) == 1
    assert await sweep_trail(db, late) == 1
    assert await sweep_trail(db, late) == 0
    assert [e["recommendationId"] for e in await events(db, "recommendation.escalated")] == [rec]
    told = await events(db, "recommendation.sponsor_notified")
    assert [(e["recommendationId"], e["sponsorId"]) for e in told] == [
        (rec, str(t.chair_person.id))
    ]
    assert [m.person_id for m in await _messages(db, "sponsor_overdue")] == [t.chair_person.id]
    shown = await client.get(f"{API}/recommendations/{rec}", headers=t.partner.headers)
    assert shown.json()["escalationLevel"] == 1


async def test_graphql_moves_an_issue_and_manages_levels(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    level = await gql(
        client,
        t.coordinator,
        "mutation($b: UUID!, $o: UUID!) { createEscalationLevel(boardId: $b, input: "
        '{name: "Staff", ownerId: $o, responseDays: 2}) { id position } }',
        {"b": str(t.advisory.id), "o": str(t.chair_person.id)},
    )
    assert level["data"]["createEscalationLevel"]["position"] == 1
    issue = await _issue(client, t)
    moved = await gql(
        client,
        t.member,
        "mutation($id: UUID!) { transitionIssue(id: $id, input: {status: ESCALATED, "
        'reason: "No reply"}) { status escalationLevel history { edges { node { toStatus } } }'
        " } }",
        {"id": issue["id"]},
    )
    assert moved["data"]["transitionIssue"]["status"] == "ESCALATED"
    nodes = moved["data"]["transitionIssue"]["history"]["edges"]
    assert [n["node"]["toStatus"] for n in nodes] == ["OPEN", "ESCALATED"]
