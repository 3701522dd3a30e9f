"""HEAD on every GET, and compression when the client asks for it."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.api.transfer import COMPRESS_ABOVE_BYTES
from tests.api.helpers import API
from tests.api.papers_setup import PDF, circulate, paper, recipients, setup
from tests.factories import Caller


async def _many_boards(client: httpx.AsyncClient, admin: Caller, count: int = 30) -> None:
    for n in range(count):
        made = await client.post(
            f"{API}/boards",
            json={"name": f"Board {n:02d}", "kind": "advisory", "description": "x" * 40},
            headers=admin.headers,
        )
        assert made.status_code == 201, made.text


async def test_head_answers_every_get_route_with_the_get_headers_and_no_body(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    await _many_boards(client, admin, 2)
    get = await client.get(f"{API}/boards", headers=admin.headers)
    head = await client.head(f"{API}/boards", headers=admin.headers)
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-length"] == get.headers["content-length"]
    assert head.headers["content-type"] == get.headers["content-type"]
    # A HEAD on a route with no GET is refused as the GET would be.
    assert (await client.head(f"{API}/auth/token")).status_code == 405


async def test_every_documented_get_answers_head_alike(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    """One middleware answers HEAD for every GET, so a route added later cannot miss it."""
    document = (await client.get("/openapi.json")).json()
    paths = [p for p, ops in document["paths"].items() if "get" in ops and "{" not in p]
    assert len(paths) > 10
    for path in paths:
        get = await client.get(path, headers=admin.headers)
        head = await client.head(path, headers=admin.headers)
        assert (path, head.status_code) == (path, get.status_code)
        assert head.content == b""


async def test_head_on_a_paper_does_not_count_as_opening_it(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    body = await paper(client, s.coordinator, s.meeting.id)
    await circulate(client, s.coordinator, s.meeting.id)
    (reader,) = s.member_callers
    head = await client.head(f"{API}/papers/{body['id']}/content", headers=reader.headers)
    assert head.status_code == 200
    assert head.headers["content-length"] == str(len(PDF))
    assert head.content == b""
    rows = await recipients(client, s.coordinator, body["id"])
    assert rows[str(reader.id)]["firstOpenedAt"] is None


@pytest.mark.parametrize("encoding", ["zstd", "br", "gzip"])
async def test_large_json_is_compressed_as_the_client_asks(
    client: httpx.AsyncClient, admin: Caller, encoding: str
) -> None:
    await _many_boards(client, admin)
    plain = await client.get(
        f"{API}/boards?limit=30", headers={**admin.headers, "Accept-Encoding": "identity"}
    )
    assert "content-encoding" not in plain.headers
    assert len(plain.content) > COMPRESS_ABOVE_BYTES
    raw = await client.get(
        f"{API}/boards?limit=30", headers={**admin.headers, "Accept-Encoding": encoding}
    )
    assert raw.headers["content-encoding"] == encoding
    assert "accept-encoding" in raw.headers["vary"].lower()
    assert raw.json() == plain.json()  # httpx decodes zstd, br and gzip itself
    assert raw.num_bytes_downloaded < len(plain.content) / 3


async def test_small_bodies_and_paper_files_are_sent_as_they_are(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    # Highly compressible, yet a PDF: files keep their bytes (and their Content-Length).
    big_pdf = PDF + b"%" + b"0" * 20_000 + b"\n"
    body = await paper(client, s.coordinator, s.meeting.id, big_pdf)
    asks = {**s.coordinator.headers, "Accept-Encoding": "gzip"}
    content = await client.get(f"{API}/papers/{body['id']}/content", headers=asks)
    assert content.status_code == 200
    assert "content-encoding" not in content.headers
    assert content.content == big_pdf
    small = await client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert len(small.content) < COMPRESS_ABOVE_BYTES
    assert "content-encoding" not in small.headers


async def test_a_single_resource_answers_304_while_its_etag_is_current(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    made = await client.post(
        f"{API}/boards", json={"name": "Forum", "kind": "advisory"}, headers=admin.headers
    )
    path = f"{API}/boards/{made.json()['id']}"
    first = await client.get(path, headers=admin.headers)
    tag = first.headers["etag"]
    held = await client.get(path, headers={**admin.headers, "If-None-Match": tag})
    assert held.status_code == 304
    assert held.content == b""
    assert held.headers["etag"] == tag
    changed = await client.patch(
        path, json={"name": "Forum 2"}, headers={**admin.headers, "If-Match": tag}
    )
    assert changed.status_code == 200, changed.text
    again = await client.get(path, headers={**admin.headers, "If-None-Match": tag})
    assert again.status_code == 200
    assert again.json()["name"] == "Forum 2"


async def test_lists_carry_an_etag_and_answer_304_until_they_change(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    await _many_boards(client, admin, 2)
    first = await client.get(f"{API}/boards", headers=admin.headers)
    tag = first.headers["etag"]
    ask = {**admin.headers, "If-None-Match": f'"other", {tag}'}
    assert (await client.get(f"{API}/boards", headers=ask)).status_code == 304
    await _many_boards(client, admin, 1)
    fresh = await client.get(f"{API}/boards", headers=ask)
    assert fresh.status_code == 200
    assert len(fresh.json()["items"]) == 3
    assert fresh.headers["etag"] != tag
