"""The organisation's settings: administrators set the small-number threshold that every
count about people is suppressed under, and the reports follow it at once."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.helpers import problem
from tests.api.recommendations_setup import API, team


async def test_administrators_set_the_threshold_and_reports_follow_it(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    admin = await factories.caller(db, app, t.org, "administrator")
    current = await client.get(f"{API}/organisation", headers=t.member.headers)
    assert current.status_code == 200, current.text
    assert current.json()["smallCountThreshold"] == 5
    etag = current.headers["etag"]

    refused = await client.patch(
        f"{API}/organisation",
        json={"smallCountThreshold": 3},
        headers={**t.coordinator.headers, "If-Match": etag},
    )
    problem(refused, 403)
    off = await client.patch(
        f"{API}/organisation",
        json={"smallCountThreshold": 1},
        headers={**admin.headers, "If-Match": etag},
    )
    assert problem(off, 422)["errors"][0]["pointer"] == "/smallCountThreshold"
    problem(
        await client.patch(
            f"{API}/organisation", json={"smallCountThreshold": 3}, headers=admin.headers
        ),
        428,
    )

    theme = await client.post(
        f"{API}/boards/{t.advisory.id}/themes",
        json={"name": "Visits"},
        headers=t.coordinator.headers,
    )
    for _ in range(4):
        issue = await client.post(
            f"{API}/boards/{t.advisory.id}/issues",
            json={"category": "Visits", "service": "B wing", "summary": "Cancelled"},
            headers=t.member.headers,
        )
        got = await client.get(f"{API}/issues/{issue.json()['id']}", headers=t.coordinator.headers)
        themed = await client.patch(
            f"{API}/issues/{issue.json()['id']}",
            json={"themeId": theme.json()["id"]},
            headers={**t.coordinator.headers, "If-Match": got.headers["etag"]},
        )
        assert themed.status_code == 200, themed.text
    summary_url = f"{API}/boards/{t.advisory.id}/themes/summary"
    before = (await client.get(summary_url, headers=t.reader.headers)).json()
    assert (before["suppressedBelow"], before["themes"][0]["issueCount"]) == (5, None)

    changed = await client.patch(
        f"{API}/organisation",
        json={"smallCountThreshold": 3},
        headers={**admin.headers, "If-Match": etag},
    )
    assert changed.status_code == 200, changed.text
    assert changed.headers["etag"] != etag
    after = (await client.get(summary_url, headers=t.reader.headers)).json()
    assert (after["suppressedBelow"], after["themes"][0]["issueCount"]) == (3, 4)

    stale = await client.patch(
        f"{API}/organisation",
        json={"smallCountThreshold": 4},
        headers={**admin.headers, "If-Match": etag},
    )
    problem(stale, 412)
