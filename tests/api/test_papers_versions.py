"""New versions keep the history; status changes follow the rules."""

from __future__ import annotations

import hashlib

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.api.helpers import problem
from tests.api.papers_setup import API, PDF, paper, setup


async def test_a_new_version_keeps_the_history(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    first = await paper(client, s.coordinator, s.meeting.id, PDF, "pack.pdf")
    second_pdf = PDF.replace(b"Catalog", b"Catalog /Lang (en)")
    response = await client.post(
        f"{API}/papers/{first['id']}/versions",
        data={"changeNote": "Corrected the budget table"},
        files={"file": ("pack.pdf", second_pdf)},
        headers=s.coordinator.headers,
    )
    assert response.status_code == 201, response.text
    assert response.json()["number"] == 2
    content = await client.get(response.headers["Location"], headers=s.coordinator.headers)
    assert content.content == second_pdf
    versions = (
        await client.get(f"{API}/papers/{first['id']}/versions", headers=s.coordinator.headers)
    ).json()["items"]
    assert [(v["number"], v["changeNote"]) for v in versions] == [
        (1, None),
        (2, "Corrected the budget table"),
    ]
    assert [v["sha256"] for v in versions] == [
        hashlib.sha256(PDF).hexdigest(),
        hashlib.sha256(second_pdf).hexdigest(),
    ]
    current = await client.get(f"{API}/papers/{first['id']}", headers=s.coordinator.headers)
    assert current.json()["currentVersion"]["number"] == 2
    latest = await client.get(f"{API}/papers/{first['id']}/content", headers=s.coordinator.headers)
    assert latest.content == second_pdf
    old = await client.get(
        f"{API}/papers/{first['id']}/content?version=1", headers=s.coordinator.headers
    )
    assert old.content == PDF
    missing = await client.get(
        f"{API}/papers/{first['id']}/content?version=3", headers=s.coordinator.headers
    )
    problem(missing, 404)
    no_note = await client.post(
        f"{API}/papers/{first['id']}/versions",
        files={"file": ("pack.pdf", PDF)},
        headers=s.coordinator.headers,
    )
    assert problem(no_note, 422)["errors"][0]["pointer"] == "/changeNote"


async def test_status_changes_follow_the_rules(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    body = await paper(client, s.coordinator, s.meeting.id, status="draft")
    path = f"{API}/papers/{body['id']}"
    etag = (await client.get(path, headers=s.coordinator.headers)).headers["etag"]
    problem(await client.patch(path, json={"title": "New"}, headers=s.coordinator.headers), 428)
    ready = await client.patch(
        path,
        json={"status": "ready", "title": "Final pack"},
        headers={**s.coordinator.headers, "If-Match": etag},
    )
    assert ready.status_code == 200, ready.text
    assert ready.json()["status"] == "ready"
    assert ready.json()["title"] == "Final pack"
    etag = ready.headers["etag"]
    circulated = await client.patch(
        path, json={"status": "circulated"}, headers={**s.coordinator.headers, "If-Match": etag}
    )
    assert problem(circulated, 409, "invalid-transition")["allowed"] == ["draft", "withdrawn"]
    withdrawn = await client.patch(
        path, json={"status": "withdrawn"}, headers={**s.coordinator.headers, "If-Match": etag}
    )
    assert withdrawn.json()["status"] == "withdrawn"
    revised = await client.post(
        f"{path}/versions",
        data={"changeNote": "Too late"},
        files={"file": ("p.pdf", PDF)},
        headers=s.coordinator.headers,
    )
    problem(revised, 409, "invalid-transition")
    member = await client.patch(
        path, json={"title": "Mine"}, headers={**s.member_callers[0].headers, "If-Match": etag}
    )
    problem(member, 404)  # a withdrawn paper does not exist for members
