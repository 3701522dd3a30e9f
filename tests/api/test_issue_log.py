"""The issue log: members record issues (never who raised them), coordinators theme them,
and partner systems see only counts per theme, with counts under five withheld."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.helpers import problem
from tests.api.recommendations_setup import API, Team, team
from tests.factories import Caller


async def _issue(
    client: httpx.AsyncClient, t: Team, who: Caller | None = None, **fields: Any
) -> dict[str, Any]:
    body = {
        "category": "Healthcare",
        "service": "HMP Example, B wing",
        "summary": "Waiting weeks for a GP appointment",
        **fields,
    }
    response = await client.post(
        f"{API}/boards/{t.advisory.id}/issues", json=body, headers=(who or t.member).headers
    )
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def _theme(client: httpx.AsyncClient, t: Team, name: str) -> str:
    response = await client.post(
        f"{API}/boards/{t.advisory.id}/themes", json={"name": name}, headers=t.coordinator.headers
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _put_in_theme(
    client: httpx.AsyncClient, t: Team, issue_id: str, theme_id: str
) -> httpx.Response:
    current = await client.get(f"{API}/issues/{issue_id}", headers=t.coordinator.headers)
    return await client.patch(
        f"{API}/issues/{issue_id}",
        json={"themeId": theme_id},
        headers={**t.coordinator.headers, "If-Match": current.headers["etag"]},
    )


async def test_members_log_issues_with_outcome_and_follow_up(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    issue = await _issue(client, t, outcome="Raised with healthcare lead", followUpOn="2030-01-10")
    assert issue["category"] == "healthcare"
    assert issue["followUpOn"] == "2030-01-10"
    assert issue["createdBy"] == str(t.member_person.id)
    assert issue["themeId"] is None
    # No field for who raised it, and nothing unknown is quietly kept.
    sneaky = await client.post(
        f"{API}/boards/{t.advisory.id}/issues",
        json={"category": "x", "service": "y", "summary": "z", "raisedBy": "Name"},
        headers=t.member.headers,
    )
    problem(sneaky, 422, "validation")
    listed = await client.get(f"{API}/boards/{t.advisory.id}/issues", headers=t.chair.headers)
    assert [i["id"] for i in listed.json()["items"]] == [issue["id"]]
    due = await client.get(
        f"{API}/boards/{t.advisory.id}/issues",
        params={"followUpBy": "2030-01-31"},
        headers=t.coordinator.headers,
    )
    assert len(due.json()["items"]) == 1
    # The recorder corrects their own entry; another member may not.
    current = await client.get(f"{API}/issues/{issue['id']}", headers=t.member.headers)
    other = await client.patch(
        f"{API}/issues/{issue['id']}",
        json={"outcome": "Resolved"},
        headers={**t.chair.headers, "If-Match": current.headers["etag"]},
    )
    problem(other, 403)
    own = await client.patch(
        f"{API}/issues/{issue['id']}",
        json={"outcome": "Resolved"},
        headers={**t.member.headers, "If-Match": current.headers["etag"]},
    )
    assert own.status_code == 200, own.text
    assert own.json()["outcome"] == "Resolved"


async def test_the_issue_log_is_closed_to_outsiders_and_partner_systems(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    issue = await _issue(client, t)
    for caller in (t.bystander, t.partner, t.reader):
        problem(
            await client.get(f"{API}/boards/{t.advisory.id}/issues", headers=caller.headers), 403
        )
        problem(await client.get(f"{API}/issues/{issue['id']}", headers=caller.headers), 403)
        problem(
            await client.post(
                f"{API}/boards/{t.advisory.id}/issues",
                json={"category": "x", "service": "y", "summary": "z"},
                headers=caller.headers,
            ),
            403,
        )
        problem(
            await client.get(f"{API}/boards/{t.advisory.id}/themes", headers=caller.headers), 403
        )
    away = factories.token_for(
        app, await factories.person(db, await factories.organisation(db, "Away"), "coordinator")
    )
    problem(await client.get(f"{API}/issues/{issue['id']}", headers=away.headers), 404)
    problem(await client.get(f"{API}/boards/{t.advisory.id}/issues", headers=away.headers), 404)


async def test_coordinators_theme_issues_and_partners_see_suppressed_counts(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    healthcare = await _theme(client, t, "Healthcare access")
    visits = await _theme(client, t, "Family visits")
    empty = await _theme(client, t, "Education")
    problem(
        await client.post(
            f"{API}/boards/{t.advisory.id}/themes", json={"name": "Mine"}, headers=t.chair.headers
        ),
        403,
    )
    duplicate = await client.post(
        f"{API}/boards/{t.advisory.id}/themes",
        json={"name": "Education"},
        headers=t.coordinator.headers,
    )
    problem(duplicate, 409, "conflict")
    members = (t.member, t.chair)
    health_issues = [await _issue(client, t, members[i % 2]) for i in range(5)]
    visit_issues = [await _issue(client, t, summary="Visits cancelled") for _ in range(4)]
    await _issue(client, t, summary="Not yet themed")
    # A member may not theme, even their own issue.
    current = await client.get(f"{API}/issues/{health_issues[0]['id']}", headers=t.member.headers)
    refused = await client.patch(
        f"{API}/issues/{health_issues[0]['id']}",
        json={"themeId": healthcare},
        headers={**t.member.headers, "If-Match": current.headers["etag"]},
    )
    problem(refused, 403)
    for issue in health_issues:
        assert (await _put_in_theme(client, t, issue["id"], healthcare)).status_code == 200
    for issue in visit_issues:
        assert (await _put_in_theme(client, t, issue["id"], visits)).status_code == 200

    summary = await client.get(
        f"{API}/boards/{t.advisory.id}/themes/summary", headers=t.reader.headers
    )
    assert summary.status_code == 200, summary.text
    assert summary.json()["suppressedBelow"] == 5
    counts = {c["themeId"]: c for c in summary.json()["themes"]}
    assert counts[healthcare] | {"name": None} == {
        "themeId": healthcare,
        "name": None,
        "issueCount": 5,
        "suppressed": False,
    }
    assert (counts[visits]["issueCount"], counts[visits]["suppressed"]) == (None, True)
    assert (counts[empty]["issueCount"], counts[empty]["suppressed"]) == (None, True)
    assert "Visits cancelled" not in summary.text
    assert str(t.member_person.id) not in summary.text
    # Unthemed issues and totals are not given: they would let a withheld count be worked out.
    assert set(summary.json()) == {"boardId", "suppressedBelow", "themes"}

    # Coordinators see exact counts on the themes themselves.
    themes = await client.get(f"{API}/boards/{t.advisory.id}/themes", headers=t.coordinator.headers)
    exact = {th["id"]: th["issueCount"] for th in themes.json()}
    assert exact == {healthcare: 5, visits: 4, empty: 0}
    unthemed = await client.get(
        f"{API}/boards/{t.advisory.id}/issues",
        params={"unthemed": "true"},
        headers=t.coordinator.headers,
    )
    assert [i["summary"] for i in unthemed.json()["items"]] == ["Not yet themed"]
    by_theme = await client.get(
        f"{API}/boards/{t.advisory.id}/issues",
        params={"themeId": visits},
        headers=t.member.headers,
    )
    assert len(by_theme.json()["items"]) == 4


async def test_recommendations_cite_their_themes_and_issues(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    theme = await _theme(client, t, "Healthcare access")
    issue = await _issue(client, t)
    created = await client.post(
        f"{API}/boards/{t.advisory.id}/recommendations",
        json={"title": "GP access", "body": "B", "themeIds": [theme], "issueIds": [issue["id"]]},
        headers=t.member.headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["themeIds"] == [theme]
    assert created.json()["issueIds"] == [issue["id"]]
    rid = created.json()["id"]
    sent = await client.post(f"{API}/recommendations/{rid}/submit", headers=t.chair.headers)
    assert sent.status_code == 200
    seen = (await client.get(f"{API}/recommendations/{rid}", headers=t.reader.headers)).json()
    assert seen["themeIds"] == [theme]
    assert "issueIds" not in seen


async def test_issues_belong_to_advisory_boards_and_are_not_from_the_future(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    problem(
        await client.post(
            f"{API}/boards/{t.governance.id}/issues",
            json={"category": "x", "service": "y", "summary": "z"},
            headers=t.coordinator.headers,
        ),
        422,
    )
    future = await client.post(
        f"{API}/boards/{t.advisory.id}/issues",
        json={"category": "x", "service": "y", "summary": "z", "raisedOn": "2999-01-01"},
        headers=t.member.headers,
    )
    assert problem(future, 422)["errors"][0]["pointer"] == "/raisedOn"
