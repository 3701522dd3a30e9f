"""A client that goes away mid-upload is the client's doing: the access log says 499 at
INFO, and nothing is logged as a server error."""

from __future__ import annotations

import logging

import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.types import Message

from tests.api.papers_setup import API, TEXT, setup

BOUNDARY = "gone-boundary"


async def _upload_then_vanish(app: FastAPI, path: str, headers: dict[str, str]) -> list[int]:
    """POST a multipart body whose client disconnects after the first piece of the file."""
    head = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\nPack\r\n'
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="pack.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode() + TEXT
    pieces: list[Message] = [
        {"type": "http.request", "body": head, "more_body": True},
        {"type": "http.disconnect"},
    ]
    statuses: list[int] = []

    async def receive() -> Message:
        return pieces.pop(0) if len(pieces) > 1 else pieces[0]

    async def send(message: Message) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    all_headers = {
        **headers,
        "content-type": f"multipart/form-data; boundary={BOUNDARY}",
        "content-length": str(len(head) + 10_000),
    }
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in all_headers.items()],
        "client": ("127.0.0.1", 1),
        "server": ("chorus.test", 80),
        "app": app,
    }
    await app(scope, receive, send)
    return statuses


async def test_a_client_that_disconnects_mid_upload_is_logged_as_499_not_an_error(
    app: FastAPI, db: async_sessionmaker[AsyncSession], caplog: pytest.LogCaptureFixture
) -> None:
    s = await setup(db, app, size=1)
    with caplog.at_level(logging.INFO):
        await _upload_then_vanish(
            app, f"{API}/meetings/{s.meeting.id}/papers", s.coordinator.headers
        )
    access = [r for r in caplog.records if r.name == "chorus.access"]
    assert [(r.levelno, getattr(r, "status", None)) for r in access] == [(logging.INFO, 499)]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
