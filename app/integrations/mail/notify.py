"""Sending email and text messages through GOV.UK Notify, with its official client.

The client is synchronous (``requests``) and not thread-safe, so each send makes its own
client in a worker thread: the event loop never waits on Notify, and no client is
shared between concurrent sends. Chorus renders the wording itself; the Notify templates
are bare ``((subject))``/``((body))`` placeholders (see README, *Email and text*).

The message's ID goes to Notify as its ``reference``, so a send can be traced from either
side without any personal data in logs.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

from notifications_python_client.errors import HTTPError
from notifications_python_client.notifications import NotificationsAPIClient

from app.integrations.mail.smtp import Refused
from app.settings import Settings

# The client logs each failed request with Notify's error message, which can quote what
# was sent (an address Notify calls invalid): failures are recorded by the worker, by ID.
logging.getLogger("notifications_python_client").setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class NotifyConfig:
    api_key: str | None = field(repr=False)
    base_url: str
    email_template_id: str | None
    text_template_id: str | None
    timeout: float = 30

    @property
    def sends_email(self) -> bool:
        return bool(self.api_key and self.email_template_id)

    @property
    def sends_text(self) -> bool:
        return bool(self.api_key and self.text_template_id)

    @classmethod
    def from_settings(cls, settings: Settings) -> NotifyConfig:
        key = settings.notify_api_key
        return cls(
            api_key=key.get_secret_value() if key else None,
            base_url=settings.notify_base_url,
            email_template_id=settings.notify_email_template_id,
            text_template_id=settings.notify_text_template_id,
            timeout=settings.notify_timeout_seconds,
        )


# Not set up: every channel goes as before (SMTP for email, nothing for text).
OFF = NotifyConfig(None, "", None, None)


class Unavailable(Exception):
    """Notify could not take the message now (5xx, 429, a network failure): retry."""


async def send_email(
    config: NotifyConfig, recipient: str, subject: str, body: str, reference: str
) -> None:
    assert config.email_template_id is not None
    await _send(
        config,
        "send_email_notification",
        email_address=recipient,
        template_id=config.email_template_id,
        personalisation={"subject": subject, "body": body},
        reference=reference,
    )


async def send_text(config: NotifyConfig, phone: str, body: str, reference: str) -> None:
    assert config.text_template_id is not None
    await _send(
        config,
        "send_sms_notification",
        phone_number=phone,
        template_id=config.text_template_id,
        personalisation={"body": body},
        reference=reference,
    )


async def _send(config: NotifyConfig, method: str, **arguments: Any) -> None:
    """Raises ``Refused`` when Notify rejects the message itself (400: a bad number or
    address, which retrying will not mend) and ``Unavailable`` for anything worth retrying
    (403 included: a revoked key is an operator's fix, and the message should wait)."""
    assert config.api_key is not None

    def post() -> None:
        client = NotificationsAPIClient(  # type: ignore[no-untyped-call]
            config.api_key, base_url=config.base_url, timeout=config.timeout
        )
        getattr(client, method)(**arguments)

    try:
        await asyncio.to_thread(post)
    except HTTPError as error:
        # Notify's message can quote the address or number: the status code only.
        if error.status_code == 400:
            raise Refused(f"GOV.UK Notify refused the message ({error.status_code})") from None
        raise Unavailable(f"GOV.UK Notify did not take the message ({error.status_code})") from None
