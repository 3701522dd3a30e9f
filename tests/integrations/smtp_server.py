"""A real SMTP server (aiosmtpd) on a loopback port, and the mail worker pointed at it."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.types import utcnow
from app.domain.auth.links import LinkConfig
from app.integrations.mail.smtp import SmtpConfig
from app.integrations.mail.worker import MailConfig, MailDeliverer

_TOKEN = re.compile(r"#token=([A-Za-z0-9_-]+)")


@dataclass
class Inbox:
    messages: list[EmailMessage] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append(message)
        return "250 Message accepted"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["To"] == address]

    def tokens(self, address: str) -> list[str]:
        found = []
        for message in self.to(address):
            body = message.get_body(("plain",))
            assert body is not None
            match = _TOKEN.search(body.get_content())
            assert match, "no link in the message"
            found.append(match.group(1))
        return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def smtp_server(port: int | None = None) -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = port or free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


class Clock:
    """Real time plus however far a test has moved it on."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return utcnow() + self.offset

    def advance(self, delta: timedelta) -> None:
        self.offset += delta


def mailer(
    db: async_sessionmaker[AsyncSession],
    port: int | None,
    clock: Clock | None = None,
) -> MailDeliverer:
    config = SmtpConfig(
        host="127.0.0.1" if port else None,
        port=port or 25,
        starttls=False,
        tls=False,
        username=None,
        password=None,
        sender="Chorus <chorus@example.org>",
        timeout=5,
    )
    pages = LinkConfig("http://chorus.test/set-password", timedelta(days=7), timedelta(hours=1))
    return MailDeliverer(db, MailConfig(config, pages), clock=clock or Clock())
