"""A board's public record: opting in and out (audited, with events), the slug, the
secretary's public text of minutes, caching, the Atom feed, small counts, and GraphQL."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import httpx
from fastapi import FastAPI
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from app.db.models import AuditEvent, Organisation
from tests import factories
from tests.api.helpers import API, if_match, problem
from tests.api.public_setup import PUBLIC_PAPER, REDACTED, SLUG, SUMMARY, publish, published
from tests.api.recommendations_setup import events, respond, submitted, team
from tests.graphql.helpers import gql, ok
from tests.support import StatementCounter

ATOM = "{http://www.w3.org/2005/Atom}"
PAGE = f"{API}/public/boards/{SLUG}"


def _atom(body: bytes) -> ET.Element:
    # Our own feed, just built by the app under test: not untrusted input.
    return ET.fromstring(body)  # noqa: S314


async def test_publishing_is_staffs_audited_and_announced(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    unset = await client.get(f"{API}/boards/{t.advisory.id}/publication", headers=t.member.headers)
    assert unset.json() == {
        "boardId": str(t.advisory.id),
        "slug": None,
        "published": False,
        "easyReadSummary": None,
        "publishedAt": None,
        "publicPath": None,
    }
    problem(await publish(client, t.chair, t.advisory), 403, "forbidden")
    problem(await publish(client, t.coordinator, t.advisory, slug="Not A Slug"), 422)
    problem(await client.get(PAGE), 404, "not-found")

    made = await publish(client, t.coordinator, t.advisory, easyReadSummary=SUMMARY)
    assert made.status_code == 200, made.text
    assert made.json()["publicPath"] == PAGE
    assert made.json()["publishedAt"] is not None
    assert (await client.get(PAGE)).status_code == 200
    again = await publish(client, t.coordinator, t.advisory, easyReadSummary=SUMMARY)
    assert again.json()["publishedAt"] == made.json()["publishedAt"]

    # Slugs are unique across the service: the address names no organisation.
    away = await team(db, app)
    problem(await publish(client, away.coordinator, away.advisory), 409, "conflict")

    off = await publish(client, t.coordinator, t.advisory, published=False)
    assert off.json()["published"] is False
    assert off.json()["publicPath"] is None
    problem(await client.get(PAGE), 404, "not-found")
    # Free again once this board takes another slug.
    await publish(client, t.coordinator, t.advisory, slug="let-team", published=False)
    assert (await publish(client, away.coordinator, away.advisory)).status_code == 200

    board_id = str(t.advisory.id)
    assert await events(db, "board.published") == [
        {"boardId": board_id, "slug": SLUG},
        {"boardId": str(away.advisory.id), "slug": SLUG},
    ]
    assert await events(db, "board.unpublished") == [{"boardId": board_id}]
    async with db() as session:
        actions = await session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_id == t.advisory.id)
        )
        # Rows of one request share a millisecond, so their IDs need not sort by order.
        assert sorted(actions) == [
            "board.published",
            "board.unpublished",
            "publication.updated",
            "publication.updated",
            "publication.updated",
        ]


async def test_the_secretary_writes_the_public_text_of_minutes(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    world = await published(db, app, client)
    t = world.t
    meeting = world.meetings[1]  # held, minutes still a draft
    path = f"{API}/meetings/{meeting.id}/minutes"
    current = await client.get(path, headers=t.chair.headers)
    body = {"publicText": "Members raised [redacted]."}
    problem(await client.put(f"{path}/public-text", json=body, headers=t.chair.headers), 428)
    refused = await client.put(
        f"{path}/public-text",
        json=body,
        headers={**t.member.headers, **if_match(current.headers["etag"])},
    )
    problem(refused, 403, "forbidden")
    written = await client.put(
        f"{path}/public-text",
        json=body,
        headers={**t.chair.headers, **if_match(current.headers["etag"])},
    )
    assert written.status_code == 200, written.text
    assert written.json()["publicText"] == "Members raised [redacted]."
    # Not public until the minutes are approved.
    assert "Members raised" not in (await client.get(PAGE)).text
    approved = await client.post(f"{path}/approve", headers=t.chair.headers)
    assert approved.status_code == 200, approved.text
    page = (await client.get(PAGE)).json()
    assert [m["text"] for m in page["minutes"]] == ["Members raised [redacted].", REDACTED]
    # Taken down again with null, the approved record itself unchanged.
    read = await client.get(path, headers=t.chair.headers)
    cleared = await client.put(
        f"{path}/public-text",
        json={"publicText": None},
        headers={**t.chair.headers, **if_match(read.headers["etag"])},
    )
    assert cleared.status_code == 200, cleared.text
    assert cleared.json()["status"] == "approved"
    assert [m["text"] for m in (await client.get(PAGE)).json()["minutes"]] == [REDACTED]


async def test_the_page_and_feed_are_cached_with_strong_etags(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    world = await published(db, app, client)
    for path in (PAGE, f"{PAGE}/feed.atom"):
        first = await client.get(path)
        tag = first.headers["etag"]
        assert not tag.startswith("W/")
        assert first.headers["cache-control"] == "public, max-age=60"
        again = await client.get(path, headers={"If-None-Match": tag})
        assert again.status_code == 304
        assert again.headers["etag"] == tag
        assert again.content == b""
    before = (await client.get(PAGE)).headers["etag"]
    t = world.t
    await respond(client, t, await submitted(client, t, title="Quiet rooms"))
    changed = await client.get(PAGE, headers={"If-None-Match": before})
    assert changed.status_code == 200
    assert changed.headers["etag"] != before


async def test_the_feed_is_atom_with_an_entry_per_public_thing(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    await published(db, app, client)
    response = await client.get(f"{PAGE}/feed.atom")
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    feed = _atom(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}subtitle") == SUMMARY
    self_link = next(link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self")
    assert self_link.get("href", "").endswith(f"{PAGE}/feed.atom")
    entries = feed.findall(f"{ATOM}entry")
    titles = [e.findtext(f"{ATOM}title") or "" for e in entries]
    assert {t.split(":")[0] for t in titles} == {"Minutes", "Response", "Paper"}
    assert f"Paper: {PUBLIC_PAPER}" in titles
    updated = [e.findtext(f"{ATOM}updated") or "" for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert all((e.findtext(f"{ATOM}id") or "").startswith("urn:uuid:") for e in entries)
    minutes = next(e for e in entries if (e.findtext(f"{ATOM}title") or "").startswith("Min"))
    assert minutes.findtext(f"{ATOM}content") == REDACTED


async def test_text_that_xml_cannot_carry_is_escaped_or_dropped(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    rid = await submitted(client, t, title="Beds & <chairs> \x0b]]>")
    await respond(client, t, rid)
    await publish(client, t.coordinator, t.advisory)
    response = await client.get(f"{PAGE}/feed.atom")
    assert response.status_code == 200, response.text
    titles = [e.findtext(f"{ATOM}title") for e in _atom(response.content).iter()]
    assert "Response: Beds & <chairs> ]]>" in titles


async def test_counts_show_from_the_organisations_threshold(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    for title in ("One", "Two"):
        await respond(client, t, await submitted(client, t, title=title))
    await publish(client, t.coordinator, t.advisory)
    withheld = (await client.get(PAGE)).json()
    assert withheld["timeliness"] == {
        "responses": None,
        "answeredOnTime": None,
        "due": None,
        "medianDaysToResponse": None,
        "onTimeShare": None,
        "suppressed": True,
    }
    async with db() as session:
        await session.execute(
            update(Organisation)
            .where(col(Organisation.id) == t.org.id)
            .values(small_count_threshold=2)
        )
        await session.commit()
    shown = (await client.get(PAGE)).json()
    assert shown["suppressedBelow"] == 2
    assert shown["timeliness"] == {
        "responses": 2,
        "answeredOnTime": 2,
        "due": 2,
        "medianDaysToResponse": 0.0,
        "onTimeShare": 1.0,
        "suppressed": False,
    }


async def test_graphql_sets_and_reads_the_publication(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    t = await team(db, app)
    query = "query($b: UUID!) { boardPublication(boardId: $b) { slug published publicPath } }"
    assert ok(await gql(client, t.member, query, {"b": str(t.advisory.id)})) == {
        "boardPublication": {"slug": None, "published": False, "publicPath": None}
    }
    mutation = (
        "mutation($b: UUID!) { setBoardPublication(boardId: $b, input: "
        '{slug: "lived-experience-team", published: true, easyReadSummary: "Hello"}) '
        "{ slug published easyReadSummary } }"
    )
    refused = await gql(client, t.member, mutation, {"b": str(t.advisory.id)})
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert ok(await gql(client, t.coordinator, mutation, {"b": str(t.advisory.id)})) == {
        "setBoardPublication": {
            "slug": SLUG,
            "published": True,
            "easyReadSummary": "Hello",
        }
    }
    assert (await client.get(PAGE)).json()["easyReadSummary"] == "Hello"
    assert len(await events(db, "board.published")) == 1
    other = await factories.board(db, t.org)
    taken = await gql(
        client,
        t.coordinator,
        "mutation($b: UUID!) { setBoardPublication(boardId: $b, input: "
        '{slug: "lived-experience-team"}) { slug } }',
        {"b": str(other.id)},
    )
    assert taken["errors"][0]["extensions"]["code"] == "CONFLICT"


async def test_the_page_reads_in_a_fixed_number_of_statements(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    statements: StatementCounter,
) -> None:
    world = await published(db, app, client)

    async def count() -> int:
        statements.reset()
        assert (await client.get(PAGE)).status_code == 200
        return statements.count

    few = await count()
    t = world.t
    for title in ("Three", "Four", "Five"):
        rid = await submitted(client, t, title=title)
        await respond(client, t, rid)
        progress = await client.post(
            f"{API}/recommendations/{rid}/updates",
            json={"status": "in_progress", "note": f"Started {title}"},
            headers=t.partner.headers,
        )
        assert progress.status_code == 201, progress.text
    assert await count() == few
    page = (await client.get(PAGE)).json()
    three = next(r for r in page["youSaidWeDid"] if r["title"] == "Three")
    assert [p["note"] for p in three["progress"]] == ["Started Three"]
    assert three["decision"] == "accepted"
