"""Retried uploads with an Idempotency-Key: hashed as they stream, stored once."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.api.idempotency import _BoundaryBlindHash
from app.db.models import Paper
from tests.api.helpers import problem
from tests.api.papers_setup import PDF, TEXT, setup, upload


async def _paper_count(db: async_sessionmaker[AsyncSession]) -> int:
    async with db() as session:
        return int(await session.scalar(select(func.count()).select_from(Paper)) or 0)


async def test_a_retried_upload_with_an_idempotency_key_is_not_stored_twice(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession]
) -> None:
    s = await setup(db, app, size=1)
    key = {"Idempotency-Key": "upload-1"}
    first = await upload(client, s.coordinator, s.meeting.id, PDF, "p.pdf", headers=key)
    assert first.status_code == 201, first.text
    retry = await upload(client, s.coordinator, s.meeting.id, PDF, "p.pdf", headers=key)
    assert retry.status_code == 201
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.json()["id"] == first.json()["id"]
    assert await _paper_count(db) == 1
    other_file = await upload(client, s.coordinator, s.meeting.id, TEXT, "p.txt", headers=key)
    problem(other_file, 422, "idempotency-key-reused")
    # A request refused before its body was read acted on nothing: its key stays free.
    key = {"Idempotency-Key": "upload-2"}
    # (A field rule broken before the file; a missing field is judged at the body's end,
    # since fields may also follow the file.)
    refused = await upload(
        client, s.coordinator, s.meeting.id, PDF, "p.pdf", key, status="circulated"
    )
    problem(refused, 422)
    fixed = await upload(client, s.coordinator, s.meeting.id, PDF, "p.pdf", key, status="ready")
    assert fixed.status_code == 201, fixed.text
    assert "idempotent-replayed" not in fixed.headers


def test_the_upload_hash_ignores_the_boundary_wherever_the_chunks_split() -> None:
    def body(boundary: bytes) -> bytes:
        return b"--" + boundary + b"\r\nfield\r\n--" + boundary + b"\r\nfile bytes\r\n--" + boundary

    whole = _BoundaryBlindHash(b"/path\0\0", b"abc123")
    whole.update(body(b"abc123"))
    for split in range(len(body(b"zz9876"))):
        other = _BoundaryBlindHash(b"/path\0\0", b"zz9876")
        data = body(b"zz9876")
        other.update(data[:split])
        other.update(data[split:])
        assert other.hexdigest() == whole.hexdigest(), split
    changed = _BoundaryBlindHash(b"/path\0\0", b"abc123")
    changed.update(body(b"abc123").replace(b"file", b"fine"))
    assert changed.hexdigest() != whole.hexdigest()
