"""Who sees a paper: embargo, classification, circulation; opening, signed links, /me/papers."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
from fastapi import FastAPI
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from app.api.state import AppState
from app.db.models import Meeting, Person
from app.domain.papers import links
from tests import factories
from tests.api.helpers import problem
from tests.api.papers_setup import (
    API,
    PDF,
    circulate,
    meeting,
    paper,
    recipients,
    setup,
)


async def _can_see(client: httpx.AsyncClient, headers: dict[str, str], paper_id: str) -> bool:
    response = await client.get(f"{API}/papers/{paper_id}", headers=headers)
    assert response.status_code in (200, 404), response.text
    content = await client.get(f"{API}/papers/{paper_id}/content", headers=headers)
    assert content.status_code == response.status_code, content.text
    return response.status_code == 200


async def _listed(
    client: httpx.AsyncClient, headers: dict[str, str], meeting_id: uuid.UUID
) -> set[str]:
    response = await client.get(f"{API}/meetings/{meeting_id}/papers", headers=headers)
    assert response.status_code == 200, response.text
    return {p["id"] for p in response.json()["items"]}


async def test_an_embargoed_paper_does_not_exist_for_members_until_it_lifts(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    reader = s.member_callers[0]
    lifts = datetime.now(UTC) + timedelta(days=2)
    body = await paper(client, s.coordinator, s.meeting.id, embargoUntil=lifts.isoformat())
    await circulate(client, s.coordinator, s.meeting.id, lateReason="Embargoed")
    assert not await _can_see(client, reader.headers, body["id"])
    assert await _listed(client, reader.headers, s.meeting.id) == set()
    problem(
        await client.post(f"{API}/papers/{body['id']}/acknowledgements", headers=reader.headers),
        404,
    )
    assert (await client.get(f"{API}/me/papers", headers=reader.headers)).json()["items"] == []
    assert await _can_see(client, s.coordinator.headers, body["id"])
    assert await _listed(client, s.coordinator.headers, s.meeting.id) == {body["id"]}

    etag = (await client.get(f"{API}/papers/{body['id']}", headers=s.coordinator.headers)).headers[
        "etag"
    ]
    lifted = await client.patch(
        f"{API}/papers/{body['id']}",
        json={"embargoUntil": (datetime.now(UTC) - timedelta(minutes=1)).isoformat()},
        headers={**s.coordinator.headers, "If-Match": etag},
    )
    assert lifted.status_code == 200, lifted.text
    assert await _can_see(client, reader.headers, body["id"])
    assert await _listed(client, reader.headers, s.meeting.id) == {body["id"]}


async def test_classification_decides_who_beyond_the_recipients_sees_a_paper(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    recipient = s.member_callers[0]
    outsider = await factories.caller(db, app, s.org, "member")  # same organisation, not sent
    partner = factories.token_for(app, await factories.api_client(db, s.org, ["papers:read"]))
    ids = {
        c: (await paper(client, s.coordinator, s.meeting.id, classification=c))["id"]
        for c in ("public", "official", "official_sensitive")
    }
    unsent = (await paper(client, s.coordinator, s.meeting.id, status="draft"))["id"]
    # Before circulation, only coordinators see any of it.
    for caller in (recipient, outsider, partner):
        assert await _listed(client, caller.headers, s.meeting.id) == set()
    assert (await circulate(client, s.coordinator, s.meeting.id)).status_code == 201

    seen = {
        name: {c for c, paper_id in ids.items() if await _can_see(client, caller.headers, paper_id)}
        for name, caller in [("recipient", recipient), ("outsider", outsider), ("partner", partner)]
    }
    assert seen == {
        "recipient": {"public", "official", "official_sensitive"},
        "outsider": {"public"},
        "partner": {"public", "official"},
    }
    assert await _listed(client, outsider.headers, s.meeting.id) == {ids["public"]}
    assert not await _can_see(client, recipient.headers, unsent)
    assert await _can_see(client, s.coordinator.headers, unsent)
    # A member who sees a public paper without having been sent it cannot acknowledge it.
    denied = await client.post(
        f"{API}/papers/{ids['public']}/acknowledgements", headers=outsider.headers
    )
    problem(denied, 403)
    problem(
        await client.get(f"{API}/papers/{ids['public']}/recipients", headers=recipient.headers), 403
    )


async def test_the_first_opening_is_recorded_once(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=2)
    body = await paper(client, s.coordinator, s.meeting.id)
    await circulate(client, s.coordinator, s.meeting.id)
    reader, other = s.member_callers
    path = f"{API}/papers/{body['id']}/content"
    assert (await client.get(path, headers=reader.headers)).content == PDF
    rows = await recipients(client, s.coordinator, body["id"])
    first = rows[str(reader.id)]["firstOpenedAt"]
    assert first is not None
    assert rows[str(reader.id)]["status"] == "opened"
    assert rows[str(reader.id)]["openedVersion"] == 1
    assert rows[str(other.id)]["firstOpenedAt"] is None
    await client.get(path, headers=reader.headers)
    again = await recipients(client, s.coordinator, body["id"])
    assert again[str(reader.id)]["firstOpenedAt"] == first
    # A coordinator reading it is not a recipient opening it.
    await client.get(path, headers=s.coordinator.headers)
    assert len(await recipients(client, s.coordinator, body["id"])) == 2


async def test_a_signed_link_works_without_headers_for_a_short_while(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    reader = s.member_callers[0]
    body = await paper(client, s.coordinator, s.meeting.id)
    await circulate(client, s.coordinator, s.meeting.id)
    made = await client.post(f"{API}/papers/{body['id']}/content-link", headers=reader.headers)
    assert made.status_code == 200, made.text
    assert made.headers["cache-control"] == "no-store"
    url = made.json()["url"]
    assert url.startswith(f"http://chorus.test{API}/papers/{body['id']}/content?")
    expires = datetime.fromisoformat(made.json()["expiresAt"])
    assert timedelta(minutes=4) < expires - datetime.now(UTC) <= timedelta(minutes=5)

    fetched = await client.get(url)  # no Authorization header
    assert fetched.status_code == 200, fetched.text
    assert fetched.content == PDF
    assert fetched.headers["etag"] == f'"{body["currentVersion"]["sha256"]}"'
    rows = await recipients(client, s.coordinator, body["id"])
    assert rows[str(reader.id)]["firstOpenedAt"] is not None

    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    base = f"{API}/papers/{body['id']}/content"
    tampered = {**query, "version": "2"}
    problem(await client.get(base, params=tampered), 401, "unauthenticated")
    other_person = {**query, "person": str(s.coordinator.id)}
    problem(await client.get(base, params=other_person), 401, "unauthenticated")
    problem(
        await client.get(base, params={k: v for k, v in query.items() if k != "signature"}), 422
    )
    state: AppState = app.state.chorus
    key = links.link_key(state.settings)
    expired = links.SignedLink(uuid.UUID(body["id"]), 1, reader.id, int(time.time()) - 1)
    problem(await client.get(base, params=expired.query(key)), 401, "unauthenticated")
    # The link stands in for the person: once deactivated, it no longer works.
    async with db() as session:
        await session.execute(
            update(Person).where(col(Person.id) == reader.id).values(active=False)
        )
        await session.commit()
    problem(await client.get(url), 401, "unauthenticated")
    partner = factories.token_for(app, await factories.api_client(db, s.org, ["papers:write"]))
    problem(
        await client.post(f"{API}/papers/{body['id']}/content-link", headers=partner.headers), 403
    )


async def test_my_papers_shows_where_i_am_with_each(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    me = s.member_callers[0]
    past = await meeting(db, s.board, timedelta(days=-3), "Last week")
    old = await paper(client, s.coordinator, past.id)
    await circulate(client, s.coordinator, past.id, lateReason="Minutes")
    a = await paper(client, s.coordinator, s.meeting.id, classification="official")
    b = await paper(client, s.coordinator, s.meeting.id)
    c = await paper(client, s.coordinator, s.meeting.id)
    await circulate(client, s.coordinator, s.meeting.id)

    async def statuses() -> dict[str, tuple[str, list[int]]]:
        response = await client.get(f"{API}/me/papers", headers=me.headers)
        assert response.status_code == 200, response.text
        items = response.json()["items"]
        assert all(i["meeting"]["id"] == str(s.meeting.id) for i in items)
        return {i["paper"]["id"]: (i["status"], [v["number"] for v in i["changes"]]) for i in items}

    assert await statuses() == {a["id"]: ("new", []), b["id"]: ("new", []), c["id"]: ("new", [])}
    assert old["id"] not in await statuses()  # meetings past are not in the list
    await client.get(f"{API}/papers/{b['id']}/content", headers=me.headers)
    await client.get(f"{API}/papers/{c['id']}/content", headers=me.headers)
    await client.post(f"{API}/papers/{c['id']}/acknowledgements", headers=me.headers)
    assert await statuses() == {
        a["id"]: ("new", []),
        b["id"]: ("opened", []),
        c["id"]: ("acknowledged", []),
    }
    for paper_id in (b["id"], c["id"]):
        response = await client.post(
            f"{API}/papers/{paper_id}/versions",
            data={"changeNote": "Revised figures"},
            files={"file": ("p.pdf", PDF + paper_id.encode())},
            headers=s.coordinator.headers,
        )
        assert response.status_code == 201, response.text
    assert await statuses() == {
        a["id"]: ("new", []),
        b["id"]: ("changed", [2]),
        c["id"]: ("changed", [2]),
    }
    mine = (await client.get(f"{API}/me/papers", headers=me.headers)).json()["items"]
    changed = next(i for i in mine if i["paper"]["id"] == b["id"])
    assert changed["changes"][0]["changeNote"] == "Revised figures"
    assert changed["paper"]["currentVersion"]["number"] == 2
    # A cancelled meeting's papers drop out.
    async with db() as session:
        await session.execute(
            update(Meeting).where(col(Meeting.id) == s.meeting.id).values(status="cancelled")
        )
        await session.commit()
    assert await statuses() == {}
    partner = factories.token_for(app, await factories.api_client(db, s.org, ["papers:read"]))
    problem(await client.get(f"{API}/me/papers", headers=partner.headers), 403)
