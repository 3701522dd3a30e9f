"""Oversized and hostile bodies: refused with 413 as they arrive, before any caller is
authenticated or any claim looked up, with nothing kept and no memory spent on them."""

from __future__ import annotations

import tracemalloc
import uuid

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.models import ExpenseReceipt, IdempotencyRecord
from app.domain.expenses.receipts import MAX_RECEIPT_BYTES
from app.settings import Settings
from tests.api.expenses_setup import API, JPEG, count, line, make_claim, office, step
from tests.api.helpers import problem
from tests.factories import Caller
from tests.faults.bodies import END, MULTIPART, Stream, file_head, files_under, rss_bytes

MIB = 1024 * 1024
GIB = 1024 * MIB
JSON_LIMIT = MIB  # the default CHORUS_JSON_BODY_MAX_BYTES
# What may be read past a limit before the refusal: the message that crossed it.
SLACK = 128 * 1024


def _json_stream(size: int) -> Stream:
    return Stream(b'{"name": "', size, b'", "kind": "governance"}')


async def test_a_declared_200_mib_json_body_is_413_at_once_even_unauthenticated(
    client: httpx.AsyncClient,
) -> None:
    body = _json_stream(200 * MIB)
    response = await client.post(
        f"{API}/boards",
        content=body,
        headers={"Content-Type": "application/json", "Content-Length": str(200 * MIB)},
    )
    found = problem(response, 413, "payload-too-large")
    assert "1,048,576 bytes" in found["detail"]
    assert response.headers["connection"] == "close"
    assert body.sent <= SLACK  # refused by its Content-Length: nothing of it was read


async def test_a_chunked_json_body_is_counted_as_it_arrives_and_refused_past_the_limit(
    client: httpx.AsyncClient, db: async_sessionmaker[AsyncSession], admin: Caller
) -> None:
    before = rss_bytes()
    tracemalloc.start()
    try:
        for headers in (
            {},  # nobody signed in
            admin.headers,
            {**admin.headers, "Idempotency-Key": "big-body"},  # buffered to be hashed
        ):
            body = _json_stream(200 * MIB)
            response = await client.post(
                f"{API}/boards",
                content=body,  # no Content-Length: sent chunked
                headers={**headers, "Content-Type": "application/json"},
            )
            problem(response, 413, "payload-too-large")
            assert body.sent <= JSON_LIMIT + SLACK, body.sent
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * MIB, peak
    assert rss_bytes() - before < 64 * MIB
    assert await count(db, IdempotencyRecord) == 0  # refused before the key was claimed


async def test_a_body_within_the_limit_still_works_chunked(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    response = await client.post(
        f"{API}/boards",
        content=Stream(b'{"name": "Programme board", "kind": "governance"}', 0),
        headers={**admin.headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 201, response.text


def _receipt_stream(size: int) -> Stream:
    return Stream(file_head("scan.jpg") + JPEG, size, b"\r\n" + END)


async def test_a_gibibyte_receipt_is_413_with_nothing_written(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("taxi", 2_400))
    path = f"{API}/expense-claims/{claim['id']}/receipts"
    declared = _receipt_stream(GIB)
    response = await client.post(
        path,
        content=declared,
        headers={**o.claimant.headers, "Content-Type": MULTIPART, "Content-Length": str(GIB)},
    )
    assert "10 MB" in problem(response, 413, "payload-too-large")["detail"]
    assert declared.sent <= SLACK
    before = rss_bytes()
    chunked = _receipt_stream(GIB)
    response = await client.post(
        path, content=chunked, headers={**o.claimant.headers, "Content-Type": MULTIPART}
    )
    assert "10 MB" in problem(response, 413, "payload-too-large")["detail"]
    assert chunked.sent <= MAX_RECEIPT_BYTES + SLACK, chunked.sent
    assert rss_bytes() - before < 64 * MIB
    assert files_under(settings.data_dir) == []  # no blob, no temporary file
    assert await count(db, ExpenseReceipt) == 0


async def test_a_receipt_for_a_claim_the_caller_cannot_change_is_refused_before_its_file(
    client: httpx.AsyncClient,
    app: FastAPI,
    db: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    o = await office(db, app)
    claim = await make_claim(client, o.claimant, line("public_transport", 1_250))
    await step(client, o.claimant, claim["id"], "submit")
    cases = [
        (o.as_(o.other_member), claim["id"], 404),  # not theirs: not visible
        (o.claimant, str(uuid.uuid4()), 404),  # no such claim
        (o.claimant, claim["id"], 409),  # submitted: no longer editable
    ]
    for caller, claim_id, status in cases:
        body = _receipt_stream(5 * MIB)
        response = await client.post(
            f"{API}/expense-claims/{claim_id}/receipts",
            content=body,
            headers={**caller.headers, "Content-Type": MULTIPART},
        )
        problem(response, status)
        assert body.sent <= SLACK, (status, body.sent)  # answered before the file was read
    assert files_under(settings.data_dir) == []
    assert await count(db, ExpenseReceipt) == 0


async def test_a_graphql_document_past_the_limit_is_413_unread(
    client: httpx.AsyncClient, admin: Caller
) -> None:
    body = Stream(b'{"query": "{ boards { edges { node { id } } } }", "x": "', 50 * MIB, b'"}')
    response = await client.post(
        "/graphql", content=body, headers={**admin.headers, "Content-Type": "application/json"}
    )
    problem(response, 413, "payload-too-large")
    assert body.sent <= JSON_LIMIT + SLACK
