"""Webhook delivery to real receivers on loopback, verified with the official library."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select
from standardwebhooks import Webhook, WebhookVerificationError

from app.db.models import AuditEvent, OutboxEvent, WebhookAttempt, WebhookEndpoint
from app.domain.webhooks import retry
from tests import factories
from tests.api.webhooks_setup import (
    Clock,
    deliverer,
    deliveries,
    emit,
    endpoint,
    payload,
    receiver,
)
from tests.support import StatementCounter


async def test_events_arrive_signed_once_per_matching_endpoint_and_never_cross_organisations(
    db: async_sessionmaker[AsyncSession],
) -> None:
    org = await factories.organisation(db)
    other = await factories.organisation(db, "Other")
    async with receiver() as ours, receiver() as theirs:
        hook = await endpoint(db, org, ours.url, ["meeting.scheduled"])
        await endpoint(db, other, theirs.url, ["meeting.scheduled"])
        await emit(db, org, "meeting.scheduled", 2)
        await emit(db, org, "seat.assigned")  # not subscribed
        worker = deliverer(db, Clock())
        assert await worker.run_once() == 2
        await worker.aclose()

    assert theirs.received == []
    assert len(ours.received) == 2
    rows = await deliveries(db)
    assert {str(d.id) for d in rows} == set(ours.ids())
    assert all(d.status == "delivered" and d.attempts == 1 for d in rows)
    for message in ours.received:
        body = message.verify(hook.secret)
        assert body == payload(message)
        assert body["type"] == "meeting.scheduled"
        assert body["timestamp"].endswith("Z")
        assert set(body["data"]) == {"meetingId", "status"}
        assert message.headers["content-type"] == "application/json"
        with pytest.raises(WebhookVerificationError):
            Webhook("whsec_" + "A" * 32).verify(message.body, message.headers)
    async with db() as session:
        left = await session.scalar(
            select(func.count()).where(col(OutboxEvent.dispatched_at).is_(None))
        )
        attempts = list(await session.scalars(select(WebhookAttempt)))
    assert left == 0
    assert [(a.number, a.status_code, a.error) for a in attempts] == [(1, 204, None)] * 2
    assert all(a.latency_ms is not None and a.finished_at is not None for a in attempts)


async def test_an_endpoint_hears_only_of_events_after_it_was_registered(
    db: async_sessionmaker[AsyncSession],
) -> None:
    org = await factories.organisation(db)
    await emit(db, org)
    async with receiver() as server:
        await endpoint(db, org, server.url)
        worker = deliverer(db, Clock())
        assert await worker.run_once() == 0
        await emit(db, org)
        assert await worker.run_once() == 1
        await worker.aclose()
    assert len(server.received) == 1


async def test_only_2xx_counts_and_redirects_are_not_followed(
    db: async_sessionmaker[AsyncSession],
) -> None:
    org = await factories.organisation(db)
    async with receiver() as target, receiver(status=302) as redirecting:
        redirecting.headers["location"] = target.url
        await endpoint(db, org, redirecting.url)
        await emit(db, org)
        worker = deliverer(db, Clock())
        await worker.run_once()
        await worker.aclose()
    assert len(redirecting.received) == 1
    assert target.received == []
    (delivery,) = await deliveries(db)
    assert delivery.status == "pending"
    assert delivery.last_status_code == 302
    assert "redirects are not followed" in (delivery.last_error or "")


async def test_410_disables_the_endpoint_and_stops_its_deliveries(
    db: async_sessionmaker[AsyncSession],
) -> None:
    org = await factories.organisation(db)
    async with receiver(status=410) as gone:
        hook = await endpoint(db, org, gone.url)
        await emit(db, org, count=2)
        worker = deliverer(db, Clock(), concurrency=1)
        assert await worker.run_once() == 1
        await emit(db, org)
        assert await worker.run_once() == 0  # the other delivery waits; no new fan-out
        await worker.aclose()
    rows = await deliveries(db)
    assert sorted(d.status for d in rows) == ["failed", "pending"]
    async with db() as session:
        stored = await session.get(WebhookEndpoint, hook.id)
        audit_rows = list(await session.scalars(select(AuditEvent)))
    assert stored is not None
    assert (stored.active, stored.disabled_reason, stored.version) == (False, "gone", 2)
    assert [(a.action, a.actor_type) for a in audit_rows] == [
        ("webhook_endpoint.disabled", "system")
    ]


async def test_failures_are_retried_with_growing_jittered_delays_for_over_a_day(
    db: async_sessionmaker[AsyncSession],
) -> None:
    org = await factories.organisation(db)
    clock = Clock()
    async with receiver(status=500) as failing:
        await endpoint(db, org, failing.url)
        await emit(db, org)
        worker = deliverer(db, clock)
        while True:
            assert await worker.run_once() == 1
            (delivery,) = await deliveries(db)
            if delivery.next_attempt_at is None:
                break
            assert await worker.run_once() == 0  # not due yet
            clock.to(delivery.next_attempt_at)
        await worker.aclose()
    assert delivery.status == "failed"
    assert len(failing.received) == retry.MAX_ATTEMPTS
    assert len(set(failing.ids())) == 1  # the same webhook-id on every retry
    async with db() as session:
        starts = list(
            await session.scalars(
                select(WebhookAttempt.started_at).order_by(col(WebhookAttempt.id))
            )
        )
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    # Doubling until the cap, then level: jitter never makes a delay shorter than the last.
    assert all(later > earlier for earlier, later in itertools.pairwise(gaps[:9]))
    assert max(gaps) <= retry.MAX_DELAY * retry.JITTER[1]
    assert starts[-1] - starts[0] > timedelta(hours=24)
    assert retry.shortest_schedule() > timedelta(hours=24)


async def test_the_address_is_checked_again_and_pinned_at_delivery(
    db: async_sessionmaker[AsyncSession],
) -> None:
    org = await factories.organisation(db)
    async with receiver() as server:
        # Registered while the name looked public; it now resolves to loopback.
        await endpoint(db, org, server.url_for("rebound.partner.example"))
        await emit(db, org)
        names = {"rebound.partner.example": ["127.0.0.1"]}
        clock = Clock()
        strict = deliverer(db, clock, allow_private=False, names=names)
        assert await strict.run_once() == 1
        await strict.aclose()
        assert server.received == []
        (delivery,) = await deliveries(db)
        assert delivery.status == "pending"
        assert (delivery.last_error or "").startswith("Not sent:")

        # Where private addresses are allowed (tests), the connection goes to the checked
        # address while the Host header keeps the registered name.
        clock.advance(timedelta(hours=1))
        lenient = deliverer(db, clock, names=names)
        assert await lenient.run_once() == 1
        await lenient.aclose()
    assert server.received[0].headers["host"] == f"rebound.partner.example:{server.port}"


async def test_fan_out_and_claims_take_the_same_statements_for_5_or_50_events(
    db: async_sessionmaker[AsyncSession], statements: StatementCounter
) -> None:
    org = await factories.organisation(db)
    await endpoint(db, org, "http://127.0.0.1:9/hooks")
    await endpoint(db, org, "http://127.0.0.1:9/other")
    worker = deliverer(db, Clock())
    counts = []
    for n in (5, 50):
        await emit(db, org, count=n)
        statements.reset()
        assert await worker.dispatch() == n
        jobs = await worker.claim(100)
        assert len(jobs) == 2 * n
        counts.append(statements.count)
    await worker.aclose()
    assert counts[0] == counts[1]
