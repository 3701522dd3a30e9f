"""The write driver: wrk sends one request per iteration, but creating and submitting a
claim is two (the submit names the ID the create returned, and no single REST or GraphQL
call does both), so this sends each iteration's requests in order over keep-alive httpx
connections, ``connections`` iterations in flight, as wrk's connections would."""

from __future__ import annotations

import asyncio
import itertools
import statistics
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import httpx

from bench.measure import Load

Iteration = Callable[[httpx.AsyncClient, int], Awaitable[None]]


def line(n: int) -> dict[str, object]:
    """The one line of claim ``n``: a different amount and description each time, under the
    policy's receipt threshold for public transport, so it submits with no receipt."""
    return {
        "category": "public_transport",
        # The policy's "today" is the UK's, as the claim's deadline is.
        "expenseDate": datetime.now(ZoneInfo("Europe/London")).date().isoformat(),
        "description": f"Bus to the meeting, claim {n}",
        "amountPence": 500 + n % 1000,
    }


def chorus_claim(token: str, api: str) -> Iteration:
    headers = {"Authorization": f"Bearer {token}"}

    async def iteration(client: httpx.AsyncClient, n: int) -> None:
        body = {"items": [line(n)]}
        made = await client.post(f"{api}/expense-claims", json=body, headers=headers)
        if made.status_code != 201:
            raise RuntimeError(f"create: {made.status_code} {made.text[:300]}")
        claim = made.json()["id"]
        done = await client.post(f"{api}/expense-claims/{claim}/submit", headers=headers)
        if done.status_code != 200 or done.json()["status"] != "submitted":
            raise RuntimeError(f"submit: {done.status_code} {done.text[:300]}")

    return iteration


def bare_claim(url: str) -> Iteration:
    async def iteration(client: httpx.AsyncClient, n: int) -> None:
        made = await client.post(url, json=line(n))
        if made.status_code != 201:
            raise RuntimeError(f"bare write: {made.status_code} {made.text[:300]}")

    return iteration


async def _drive(iteration: Iteration, duration: int, connections: int) -> Load:
    counter = itertools.count()
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        deadline = time.monotonic() + duration

        async def worker() -> None:
            while (began := time.monotonic()) < deadline:
                await iteration(client, next(counter))
                latencies.append(time.monotonic() - began)

        started = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(connections)))
        elapsed = time.monotonic() - started
    latencies.sort()
    return Load(
        len(latencies) / elapsed,
        latencies[int(len(latencies) * 0.99)] * 1000 if latencies else 0.0,
        statistics.fmean(latencies) * 1000 if latencies else 0.0,
    )


def drive(iteration: Iteration, duration: int, connections: int) -> Load:
    return asyncio.run(_drive(iteration, duration, connections))
