"""A large paper passes through the API in pieces: neither an upload nor a download holds
the whole file in memory at any point between the socket and storage."""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.types import Message

from app.settings import Settings
from tests.api.papers_setup import API, setup

MIB = 1024 * 1024
SIZE = 40 * MIB
BOUNDARY = "streaming-boundary"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"paper_max_bytes": 64 * MIB})


TITLE = f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\nBig pack\r\n'


async def _body(file_first: bool) -> AsyncIterator[bytes]:
    yield (
        ("" if file_first else TITLE)
        + f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()
    line = b"A line of the board pack, repeated to make a large text file.\n" * 1024
    sent = 0
    while sent < SIZE:
        piece = line[: min(len(line), SIZE - sent)]
        sent += len(piece)
        yield piece
    yield b"\r\n" + (TITLE.encode() if file_first else b"") + f"--{BOUNDARY}--\r\n".encode()


async def _download(app: FastAPI, path: str, headers: dict[str, str]) -> tuple[int, int]:
    """Call the app as a server would, counting the body instead of keeping it (httpx's
    test transport would collect the whole response)."""
    status = 0
    total = 0
    requested = False
    finished = asyncio.Event()

    async def receive() -> Message:
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await finished.wait()  # as a server does: nothing more until the client goes
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        nonlocal status, total
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            total += len(message.get("body", b""))
            if not message.get("more_body"):
                finished.set()

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 1),
        "server": ("chorus.test", 80),
        "app": app,
    }
    await app(scope, receive, send)
    return status, total


@pytest.mark.parametrize("file_first", [False, True], ids=["fields-first", "file-first"])
async def test_a_large_paper_streams_in_and_out(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], file_first: bool
) -> None:
    s = await setup(db, app, size=1)
    tracemalloc.start()
    try:
        response = await client.post(
            f"{API}/meetings/{s.meeting.id}/papers",
            content=_body(file_first),
            headers={
                **s.coordinator.headers,
                "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
            },
        )
        _, upload_peak = tracemalloc.get_traced_memory()
        assert response.status_code == 201, response.text
        assert response.json()["currentVersion"]["sizeBytes"] == SIZE
        tracemalloc.reset_peak()
        status, total = await _download(
            app, f"{API}/papers/{response.json()['id']}/content", s.coordinator.headers
        )
        _, download_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (status, total) == (200, SIZE)
    assert upload_peak < 12 * MIB, upload_peak
    assert download_peak < 12 * MIB, download_peak
