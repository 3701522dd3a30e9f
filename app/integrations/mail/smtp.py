"""Sending one message over SMTP with aiosmtplib."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import make_msgid

import aiosmtplib

from app.settings import Settings


@dataclass(frozen=True)
class SmtpConfig:
    host: str | None
    port: int
    starttls: bool
    tls: bool
    username: str | None
    password: str | None = field(repr=False)
    sender: str
    timeout: float

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpConfig:
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port_effective,
            starttls=settings.smtp_starttls and not settings.smtp_tls,
            tls=settings.smtp_tls,
            username=settings.smtp_username,
            password=settings.smtp_password.get_secret_value() if settings.smtp_password else None,
            sender=settings.mail_from,
            timeout=settings.smtp_timeout_seconds,
        )


class Refused(Exception):
    """The server refused the message for good (a 5xx): trying again would not help."""


async def send(config: SmtpConfig, recipient: str, subject: str, body: str) -> None:
    """Raises ``Refused`` for a permanent refusal, anything else for one worth retrying."""
    message = EmailMessage()
    message["From"] = config.sender
    message["To"] = recipient
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="chorus.invalid")
    message.set_content(body)
    try:
        await aiosmtplib.send(
            message,
            hostname=config.host,
            port=config.port,
            username=config.username,
            password=config.password,
            use_tls=config.tls,
            # Required when asked for, so credentials and links never cross in the clear.
            start_tls=bool(config.starttls),
            timeout=config.timeout,
        )
    except aiosmtplib.SMTPRecipientsRefused as error:
        raise Refused("the server refused the recipient") from error
    except aiosmtplib.SMTPResponseException as error:
        if 500 <= error.code < 600:
            raise Refused(f"the server refused the message ({error.code})") from error
        raise
