"""Timestamps read the same everywhere: UTC ending in ``Z``, in every JSON body the API
serves and in every event the webhooks send (their ``data`` is the outbox payload)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from app.db.models import Organisation, OutboxEvent
from app.domain.webhooks import signing
from tests import factories
from tests.api.test_route_walk import _world, api_endpoints, fill

_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def _timestamps(value: Any) -> Iterator[str]:
    if isinstance(value, str) and _TIMESTAMP.match(value):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _timestamps(item)
    elif isinstance(value, list):
        for item in value:
            yield from _timestamps(item)


async def test_every_timestamp_served_or_sent_ends_in_z(
    client: httpx.AsyncClient, app: FastAPI, db: async_sessionmaker[AsyncSession], org: Organisation
) -> None:
    world = await _world(client, app, db, org)
    owner = await factories.caller(db, app, org, "administrator")
    seen: list[str] = []
    for endpoint in api_endpoints(app):
        if endpoint.method != "GET":
            continue
        response = await client.get(fill(endpoint, world.ids), headers=owner.headers)
        if response.headers.get("content-type", "").startswith("application/json"):
            seen += [f"{endpoint}: {t}" for t in _timestamps(response.json())]
    async with db() as session:
        events = list(await session.scalars(select(OutboxEvent)))
    assert "meeting.scheduled" in {e.event_type for e in events}
    for event in events:
        sent = signing.body(event.event_type, event.created_at, 1, event.payload)
        seen += [f"{event.event_type}: {t}" for t in _timestamps(json.loads(sent))]
    assert len(seen) >= 30
    assert [t for t in seen if not t.endswith("Z")] == []
