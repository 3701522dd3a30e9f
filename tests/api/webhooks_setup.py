"""Real webhook receivers on loopback, a clock tests can move, and builders for endpoints."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import orjson
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select
from standardwebhooks import Webhook

from app.db.models import Organisation, OutboxEvent, WebhookDelivery, WebhookEndpoint
from app.db.types import utcnow
from app.domain import audit
from app.domain.webhooks.addresses import Resolver, UrlGuard
from app.domain.webhooks.signing import new_secret
from app.integrations.webhooks.worker import Deliverer, DeliveryConfig

_REASONS = {200: "OK", 204: "No Content", 302: "Found", 410: "Gone", 500: "Server Error"}


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: str

    @property
    def webhook_id(self) -> str:
        return self.headers["webhook-id"]

    def verify(self, secret: str) -> dict[str, Any]:
        """Through the official Standard Webhooks verifier; raises if the signature is wrong."""
        payload: dict[str, Any] = Webhook(secret).verify(self.body, self.headers)
        return payload


@dataclass
class Receiver:
    """A minimal HTTP server on 127.0.0.1. It answers ``status`` after ``delay`` seconds,
    or never while ``hang`` is set; ``headers`` are added to each answer."""

    status: int = 204
    delay: float = 0.0
    hang: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    port: int = 0
    received: list[Received] = field(default_factory=list)
    got_request: asyncio.Event = field(default_factory=asyncio.Event)
    _server: asyncio.Server | None = None
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks"

    def url_for(self, host: str) -> str:
        return f"http://{host}:{self.port}/hooks"

    async def start(self) -> Receiver:
        self._server = await asyncio.start_server(
            self._handle, "127.0.0.1", self.port, reuse_address=True
        )
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        """Down: the port refuses connections until ``start()`` again."""
        if self._server is not None:
            self._server.close()
            for writer in list(self._writers):
                writer.close()
            await self._server.wait_closed()
            self._server = None

    def ids(self) -> Counter[str]:
        return Counter(r.webhook_id for r in self.received)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, *lines = head.decode("latin-1").split("\r\n")
            headers = {
                k.strip().lower(): v.strip()
                for k, _, v in (line.partition(":") for line in lines if line)
            }
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            self.received.append(Received(request_line.split(" ")[1], headers, body.decode()))
            self.got_request.set()
            if self.hang:
                await asyncio.Event().wait()
            await asyncio.sleep(self.delay)
            extra = "".join(f"{k}: {v}\r\n" for k, v in self.headers.items())
            reason = _REASONS.get(self.status, "Status")
            writer.write(
                f"HTTP/1.1 {self.status} {reason}\r\n{extra}"
                "content-length: 0\r\nconnection: close\r\n\r\n".encode()
            )
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            # The sender gave up or the receiver is going down: nothing more to say.
            pass
        finally:
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


@contextlib.asynccontextmanager
async def receiver(**options: Any) -> Any:
    server = await Receiver(**options).start()
    try:
        yield server
    finally:
        await server.stop()


def fake_resolver(names: dict[str, list[str]]) -> Resolver:
    async def resolve(host: str, port: int) -> list[str]:
        if host not in names:
            raise OSError("name not known")
        return names[host]

    return resolve


PUBLIC_NAMES = {
    "hooks.partner.example": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"],
    "localhost": ["127.0.0.1", "::1"],
    "intranet.partner.example": ["10.20.30.40"],
    "split.partner.example": ["93.184.216.34", "192.168.1.10"],
}


def guard(*, allow_http: bool = False, allow_private: bool = False) -> UrlGuard:
    return UrlGuard(allow_http, allow_private, fake_resolver(PUBLIC_NAMES))


@dataclass
class Clock:
    """Decides what is due. Starts at the real time; tests move it instead of waiting."""

    now: datetime = field(default_factory=utcnow)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta

    def to(self, moment: datetime) -> None:
        self.now = max(self.now, moment)


def deliverer(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Callable[[], datetime],
    *,
    timeout: float = 5.0,
    allow_private: bool = True,
    names: dict[str, list[str]] | None = None,
    concurrency: int = 20,
    poll_interval: float = 0.05,
    kind: type[Deliverer] = Deliverer,
) -> Deliverer:
    config = DeliveryConfig(
        timeout=timeout,
        allow_http=True,
        allow_private=allow_private,
        concurrency=concurrency,
        poll_interval=poll_interval,
    )
    resolver = fake_resolver({**PUBLIC_NAMES, **(names or {})})
    return kind(sessionmaker, config, clock=clock, resolver=resolver)


async def endpoint(
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    url: str,
    event_types: list[str] | None = None,
) -> WebhookEndpoint:
    async with db() as session:
        record = WebhookEndpoint(
            organisation_id=org.id,
            url=url,
            event_types=event_types or ["meeting.scheduled", "seat.assigned"],
            secret=new_secret(),
        )
        session.add(record)
        await session.commit()
        return record


async def emit(
    db: async_sessionmaker[AsyncSession],
    org: Organisation,
    event_type: str = "meeting.scheduled",
    count: int = 1,
) -> list[OutboxEvent]:
    async with db() as session:
        events = [
            audit.emit(session, org.id, event_type, {"meetingId": f"m-{i}", "status": "ok"})
            for i in range(count)
        ]
        await session.commit()
        return events


async def deliveries(db: async_sessionmaker[AsyncSession]) -> list[WebhookDelivery]:
    async with db() as session:
        rows = await session.scalars(select(WebhookDelivery).order_by(col(WebhookDelivery.id)))
        return list(rows)


def payload(received: Received) -> dict[str, Any]:
    body: dict[str, Any] = orjson.loads(received.body)
    return body
