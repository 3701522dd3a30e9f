"""Webhook URLs can carry the receiver's token, so logs name endpoints by ID only."""

from __future__ import annotations

import logging

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.integrations.webhooks.worker import Deliverer, DeliveryConfig
from tests import factories
from tests.api.webhooks_setup import PUBLIC_NAMES, Clock, emit, endpoint, fake_resolver

TOKEN = "tok-9f3b2c71d0"
URL = f"https://hooks.partner.example/in/{TOKEN}/chorus?token={TOKEN}"


def _logged(caplog: pytest.LogCaptureFixture) -> str:
    """Everything the records would put in a log line: message, extra fields, traceback."""
    formatter = logging.Formatter()
    lines = []
    for record in caplog.records:
        lines.append(record.getMessage())
        lines.extend(str(value) for value in vars(record).values())
        if record.exc_info:
            lines.append(formatter.formatException(record.exc_info))
    return "\n".join(lines)


def _failing_transport() -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        # What a library below us might well do: quote the request in its error.
        raise RuntimeError(f"cannot send to {request.headers['host']}{request.url.raw_path!r}")

    return httpx.MockTransport(handler)


async def test_a_failed_delivery_is_logged_by_endpoint_id_without_its_url(
    db: async_sessionmaker[AsyncSession], caplog: pytest.LogCaptureFixture
) -> None:
    org = await factories.organisation(db)
    hook = await endpoint(db, org, URL)
    await emit(db, org)
    worker = Deliverer(
        db,
        DeliveryConfig(timeout=5.0),
        clock=Clock(),
        resolver=fake_resolver(PUBLIC_NAMES),
        transport=_failing_transport(),
    )
    with caplog.at_level(logging.INFO):
        assert await worker.run_once() == 1
    await worker.aclose()

    assert TOKEN not in _logged(caplog)
    assert "hooks.partner.example/in" not in _logged(caplog)
    failure = next(r for r in caplog.records if r.getMessage().startswith("webhook attempt failed"))
    assert failure.levelno == logging.ERROR
    assert vars(failure)["endpoint_id"] == str(hook.id)
    assert "cannot send to" in vars(failure)["traceback"]


async def test_database_errors_do_not_quote_their_parameters(engine: AsyncEngine) -> None:
    with pytest.raises(DBAPIError) as raised:
        async with engine.connect() as connection:
            await connection.execute(text("INSERT INTO no_such_table VALUES (:url)"), {"url": URL})
    assert TOKEN not in str(raised.value)
