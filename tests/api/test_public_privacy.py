"""Every public route, walked against a board whose record holds drafts, unapproved and
unredacted minutes, embargoed, official and sensitive papers, a draft recommendation, a
response owner's name, issues about a named person and members' personal records: none
of it may appear, and an unpublished board's slug reveals nothing."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import httpx
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.api.helpers import API, problem
from tests.api.public_setup import (
    PLANTED,
    PUBLIC_FILE,
    PUBLIC_PAPER,
    REDACTED,
    SLUG,
    SUMMARY,
    published,
)

NOBODYS = str(uuid.UUID(int=0))


def public_paths(app: FastAPI, slug: str, paper_id: str = NOBODYS) -> Iterator[str]:
    """Every GET under /public, found by walking the app: a new public route is walked
    without being listed here."""
    for context in iter_route_contexts(app.routes):
        route, path = context.original_route, context.path
        if isinstance(route, APIRoute) and path and path.startswith(f"{API}/public/"):
            assert route.methods == {"GET"}, f"{path}: the public record is read only"
            path = re.sub(r"\{slug\}", slug, path).replace("{paper_id}", paper_id)
            assert "{" not in path, f"{path}: a new path parameter the walk must fill"
            yield path


async def _bodies(
    client: httpx.AsyncClient, app: FastAPI, slug: str, paper_id: str
) -> dict[str, str]:
    seen = {}
    for path in public_paths(app, slug, paper_id):
        response = await client.get(path)
        assert response.status_code == 200, f"{path}: {response.text}"
        head = await client.head(path)
        assert head.status_code == 200
        assert head.content == b""
        seen[path] = response.text
    assert len(seen) >= 2
    return seen


async def test_no_public_route_shows_anything_private(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    world = await published(db, app, client)
    bodies = await _bodies(client, app, SLUG, world.papers[PUBLIC_PAPER])
    for path, text in bodies.items():
        leaked = {what for what, planted in PLANTED.items() if planted in text}
        leaked |= {i for i in world.secret_ids if i in text}
        assert not leaked, f"{path} shows {leaked}"
        if path.endswith("/content"):
            assert text.encode() == PUBLIC_FILE  # the public paper's own file, whole
            continue
        # What may go out does, on every route that describes the record.
        for shown in (REDACTED, PUBLIC_PAPER, "Peer support at discharge", "We agree."):
            assert shown in text, f"{path} lacks {shown!r}"
    page = (await client.get(f"{API}/public/boards/{SLUG}")).json()
    assert page["easyReadSummary"] == SUMMARY
    assert [m["text"] for m in page["minutes"]] == [REDACTED]
    assert [p["title"] for p in page["papers"]] == [PUBLIC_PAPER]
    assert [r["title"] for r in page["youSaidWeDid"]] == ["Peer support at discharge"]
    # One issue on the theme: under the organisation's threshold, so withheld.
    assert page["themes"] == [{"name": "Discharge", "issueCount": None, "suppressed": True}]
    assert page["suppressedBelow"] == 5
    assert page["timeliness"]["suppressed"] is True
    assert page["timeliness"]["responses"] is None
    assert page["timeliness"]["onTimeShare"] is None


def _same(body: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in body.items() if k not in {"instance", "requestId"}}


async def test_an_unpublished_board_is_not_found_and_says_nothing(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    world = await published(db, app, client)
    off = await client.put(
        f"{API}/boards/{world.board.id}/publication",
        json={"slug": SLUG, "published": False},
        headers=world.t.coordinator.headers,
    )
    assert off.status_code == 200, off.text
    for path, never in zip(
        public_paths(app, SLUG, world.papers[PUBLIC_PAPER]),
        public_paths(app, "no-such-board"),
        strict=True,
    ):
        gone, absent = await client.get(path), await client.get(never)
        body = problem(gone, 404, "not-found")
        # The same answer as a slug nobody has, but for the path and the request ID.
        assert _same(body) == _same(problem(absent, 404, "not-found"))
        assert world.board.name not in gone.text
        assert not {what for what, planted in PLANTED.items() if planted in gone.text}
    # A board never published has no page either, whatever is in its record.
    for path in public_paths(app, "other-board"):
        problem(await client.get(path), 404, "not-found")


async def test_only_the_public_papers_file_can_be_downloaded(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    world = await published(db, app, client)
    base = f"{API}/public/boards/{SLUG}/papers"
    shown = await client.get(f"{base}/{world.papers[PUBLIC_PAPER]}/content")
    assert shown.status_code == 200, shown.text
    assert shown.content == PUBLIC_FILE
    assert shown.headers["content-type"] == "application/pdf"
    assert shown.headers["cache-control"] == "public, max-age=60"
    assert shown.headers["content-security-policy"].startswith("sandbox")
    again = await client.get(
        f"{base}/{world.papers[PUBLIC_PAPER]}/content",
        headers={"If-None-Match": shown.headers["etag"]},
    )
    assert again.status_code == 304
    nothing = problem(await client.get(f"{base}/{NOBODYS}/content"), 404, "not-found")
    # Embargoed, official, sensitive, draft, ready, withdrawn, another board's: each the
    # same answer as a paper that never existed, and nothing of its file.
    for title, paper_id in world.papers.items():
        if title == PUBLIC_PAPER:
            continue
        hidden = await client.get(f"{base}/{paper_id}/content")
        assert _same(problem(hidden, 404, "not-found")) == _same(nothing), title
        assert title.encode() not in hidden.content
