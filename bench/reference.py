"""The yardstick: a bare ASGI handler over asyncpg serving the same nested boards JSON.

Run by bench/run.py as ``uvicorn bench.reference:app``; reads BENCH_DSN, and for the write
BENCH_ORG_ID and BENCH_PERSON_ID (the claimant).
"""

from __future__ import annotations

import os
import time
import uuid
from collections import defaultdict
from typing import Any

import asyncpg
import orjson

_pool: asyncpg.Pool | None = None
_policy: uuid.UUID | None = None  # the organisation's policy, which judged every line

BOARDS = "SELECT id, name, kind, notice_period_days FROM boards ORDER BY id LIMIT 20"
MEMBERSHIPS = (
    "SELECT id, board_id, person_id, role, status, term_start FROM memberships "
    "WHERE board_id = ANY($1::uuid[]) ORDER BY id"
)
PEOPLE = "SELECT id, display_name, pronouns FROM people WHERE id = ANY($1::uuid[])"
ONE_BOARD = (
    "SELECT id, name, kind, description, advises_board_id, notice_period_days, "
    "terms_of_reference, timezone, created_at, updated_at FROM boards WHERE id = $1"
)


# What Chorus writes to create a one-line claim and submit it, as single INSERTs: the claim
# (already submitted), its line, the two audit rows (created, submitted) and the event.
CLAIM = (
    "INSERT INTO expense_claims (id, created_at, organisation_id, person_id, created_by_id, "
    "on_behalf, status, claimed_pence, allowed_pence, expenses_pence, involvement_pence, "
    "submitted_at, first_submitted_at, submitted_by_id, updated_at, version, contributor_ids) "
    "VALUES ($1, now(), $2, $3, $3, false, 'submitted', $4, $4, $4, 0, now(), now(), $3, "
    "now(), 1, $5::jsonb)"
)
ITEM = (
    "INSERT INTO expense_items (id, created_at, organisation_id, claim_id, position, "
    "category, expense_date, description, claimed_pence, allowed_pence, policy_id, "
    "explanation, problems) VALUES ($1, now(), $2, $3, 0, 'public_transport', current_date, "
    "$4, $5, $5, $6, $7::jsonb, '[]'::jsonb)"
)
POLICY = (
    "SELECT id FROM expense_policies WHERE organisation_id = $1 "
    "ORDER BY effective_from DESC LIMIT 1"
)
AUDIT = (
    "INSERT INTO audit_events (id, created_at, organisation_id, actor_type, actor_id, action, "
    "entity_type, entity_id, changed_fields) VALUES ($1, now(), $2, 'person', $3, $4, "
    "'expense_claim', $5, $6::jsonb)"
)
EVENT = (
    "INSERT INTO outbox_events (id, created_at, organisation_id, event_type, payload) "
    "VALUES ($1, now(), $2, 'expense_claim.submitted', $3::jsonb)"
)


def _uuid7() -> uuid.UUID:
    """Time-ordered, as Chorus's IDs are (RFC 9562 version 7)."""
    value = (time.time_ns() // 1_000_000) << 80 | int.from_bytes(os.urandom(10), "big")
    value = value & ~(0xF << 76) | 0x7 << 76
    return uuid.UUID(int=value & ~(0x3 << 62) | 0x2 << 62)


def _default(value: Any) -> Any:
    # asyncpg's own UUID type is not one orjson takes as-is.
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError


async def _boards() -> bytes:
    assert _pool is not None
    async with _pool.acquire() as connection:
        boards = await connection.fetch(BOARDS)
        members = await connection.fetch(MEMBERSHIPS, [b["id"] for b in boards])
        people = {
            p["id"]: dict(p)
            for p in await connection.fetch(PEOPLE, list({m["person_id"] for m in members}))
        }
    by_board: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for m in members:
        by_board[m["board_id"]].append({**dict(m), "person": people[m["person_id"]]})
    items = [{**dict(b), "memberships": by_board[b["id"]]} for b in boards]
    return orjson.dumps({"items": items, "nextCursor": None}, default=_default)


async def _one_board(board_id: uuid.UUID) -> bytes:
    """The same board Chorus's GET /boards/{id} reads, as the cheapest server would."""
    assert _pool is not None
    async with _pool.acquire() as connection:
        row = await connection.fetchrow(ONE_BOARD, board_id)
    return orjson.dumps(dict(row) if row else None, default=_default)


async def _write(request: bytes) -> bytes:
    """Create a claim with one line, submitted, in one transaction; answer with the claim."""
    assert _pool is not None
    line = orjson.loads(request)
    org, person = uuid.UUID(os.environ["BENCH_ORG_ID"]), uuid.UUID(os.environ["BENCH_PERSON_ID"])
    claim_id, pence = _uuid7(), int(line["amountPence"])
    contributors = orjson.dumps([str(person)]).decode()
    explanation = orjson.dumps([f"£{pence / 100:.2f} claimed; allowed in full."]).decode()
    event = {
        "claimId": str(claim_id),
        "personId": str(person),
        "status": "submitted",
        "paymentRunId": None,
    }
    async with _pool.acquire() as connection, connection.transaction():
        await connection.execute(CLAIM, claim_id, org, person, pence, contributors)
        await connection.execute(
            ITEM, _uuid7(), org, claim_id, line["description"], pence, _policy, explanation
        )
        for action, fields in (
            ("expense_claim.created", '["items", "contributor_ids"]'),
            ("expense_claim.submitted", '["status"]'),
        ):
            await connection.execute(AUDIT, _uuid7(), org, person, action, claim_id, fields)
        await connection.execute(EVENT, _uuid7(), org, orjson.dumps(event).decode())
    return orjson.dumps({"id": claim_id, "status": "submitted", **line}, default=_default)


async def _read_body(receive: Any) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    global _pool, _policy
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                _pool = await asyncpg.create_pool(os.environ["BENCH_DSN"], min_size=4, max_size=8)
                if "BENCH_ORG_ID" in os.environ:
                    _policy = await _pool.fetchval(POLICY, uuid.UUID(os.environ["BENCH_ORG_ID"]))
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if _pool is not None:
                    await _pool.close()
                await send({"type": "lifespan.shutdown.complete"})
                return
    path: str = scope["path"]
    status = 200
    if scope["method"] == "POST" and path == "/claims":
        body, status = await _write(await _read_body(receive)), 201
    elif path.startswith("/boards/"):
        body = await _one_board(uuid.UUID(path.removeprefix("/boards/")))
    else:
        body = await _boards()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": body})
