"""Recommendations over REST: who may see and do what, and what is checked on the way in."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.api.helpers import problem
from tests.api.recommendations_setup import (
    ACCEPTED,
    API,
    draft,
    respond,
    submit,
    submitted,
    team,
)


async def _get(client: httpx.AsyncClient, rid: str, headers: dict[str, str]) -> dict[str, Any]:
    response = await client.get(f"{API}/recommendations/{rid}", headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_partner_systems_never_see_authors_drafts_or_supporting_issues(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    hidden = await draft(client, t, title="Still a draft")
    shown = await submitted(client, t)
    for partner in (t.partner, t.reader):
        listed = await client.get(
            f"{API}/boards/{t.advisory.id}/recommendations", headers=partner.headers
        )
        assert listed.status_code == 200, listed.text
        assert [r["id"] for r in listed.json()["items"]] == [shown]
        assert str(t.member_person.id) not in listed.text
        one = await _get(client, shown, partner.headers)
        assert "createdBy" not in one
        assert "issueIds" not in one
        problem(
            await client.get(f"{API}/recommendations/{hidden['id']}", headers=partner.headers),
            404,
        )
    # The addressee's board lists what it received, too.
    received = await client.get(
        f"{API}/boards/{t.governance.id}/recommendations", headers=t.reader.headers
    )
    assert [r["id"] for r in received.json()["items"]] == [shown]
    # Members of the organisation who are not on the board see submitted ones only.
    listed = await client.get(
        f"{API}/boards/{t.advisory.id}/recommendations", headers=t.bystander.headers
    )
    assert [r["id"] for r in listed.json()["items"]] == [shown]
    mine = await client.get(
        f"{API}/boards/{t.advisory.id}/recommendations", headers=t.member.headers
    )
    assert {r["id"] for r in mine.json()["items"]} == {shown, hidden["id"]}


async def test_a_partner_system_cannot_answer_a_draft_it_cannot_see(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = (await draft(client, t))["id"]
    problem(await respond(client, t, rid), 404, "not-found")


async def test_who_may_draft_submit_withdraw_and_respond(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    path = f"{API}/boards/{t.advisory.id}/recommendations"
    body = {"title": "T", "body": "B"}
    problem(await client.post(path, json=body, headers=t.bystander.headers), 403)
    problem(await client.post(path, json=body, headers=t.partner.headers), 403)
    rid = (await draft(client, t))["id"]
    # An ordinary member drafts, but only officers speak for the board.
    problem(await client.post(f"{API}/recommendations/{rid}/submit", headers=t.member.headers), 403)
    problem(
        await client.post(f"{API}/recommendations/{rid}/withdraw", headers=t.member.headers), 403
    )
    await submit(client, t, rid)
    problem(
        await client.post(
            f"{API}/recommendations/{rid}/response", json=ACCEPTED, headers=t.reader.headers
        ),
        403,
    )
    problem(
        await client.post(
            f"{API}/recommendations/{rid}/response", json=ACCEPTED, headers=t.chair.headers
        ),
        403,
    )
    staff = await client.post(
        f"{API}/recommendations/{rid}/withdraw", headers=t.coordinator.headers
    )
    assert staff.status_code == 200, staff.text
    assert staff.json()["status"] == "withdrawn"


async def test_another_organisation_sees_nothing(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await submitted(client, t)
    away = await factories.organisation(db, "Away")
    outsider = factories.token_for(
        app,
        await factories.api_client(db, away, ["recommendations:read", "recommendations:respond"]),
    )
    problem(await client.get(f"{API}/recommendations/{rid}", headers=outsider.headers), 404)
    problem(
        await client.post(
            f"{API}/recommendations/{rid}/response", json=ACCEPTED, headers=outsider.headers
        ),
        404,
    )
    problem(
        await client.get(f"{API}/boards/{t.advisory.id}/recommendations", headers=outsider.headers),
        404,
    )


async def test_addressee_meeting_themes_and_issues_are_checked(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    path = f"{API}/boards/{t.advisory.id}/recommendations"
    base: dict[str, Any] = {"title": "T", "body": "B"}
    elsewhere = await factories.board(db, t.org, "advisory")
    other_theme = await client.post(
        f"{API}/boards/{elsewhere.id}/themes", json={"name": "Other"}, headers=t.coordinator.headers
    )
    cases: list[tuple[dict[str, Any], str]] = [
        ({"addressedToBoardId": str(t.advisory.id)}, "/addressedToBoardId"),
        (
            {"addressedTo": "NHS England", "addressedToBoardId": str(t.governance.id)},
            "/addressedTo",
        ),
        ({"themeIds": [other_theme.json()["id"]]}, "/themeIds"),
        ({"presentedAtMeetingId": str(t.org.id)}, "/presentedAtMeetingId"),
    ]
    for extra, pointer in cases:
        refused = await client.post(path, json=base | extra, headers=t.member.headers)
        assert problem(refused, 422)["errors"][0]["pointer"] == pointer, extra
    named = await client.post(
        path, json=base | {"addressedTo": "NHS England"}, headers=t.member.headers
    )
    assert (named.json()["addressedTo"], named.json()["addressedToBoardId"]) == (
        "NHS England",
        None,
    )
    orphan = await factories.board(db, t.org, "advisory")
    refused = await client.post(
        f"{API}/boards/{orphan.id}/recommendations", json=base, headers=t.coordinator.headers
    )
    assert problem(refused, 422)["errors"][0]["pointer"] == "/addressedToBoardId"
    governance = await client.post(
        f"{API}/boards/{t.governance.id}/recommendations",
        json=base | {"addressedTo": "Ministry"},
        headers=t.coordinator.headers,
    )
    problem(governance, 422, "rule-violation")
