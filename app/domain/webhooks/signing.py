"""Standard Webhooks messages: secrets, bodies and signatures (through the official library)."""

from __future__ import annotations

import base64
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import orjson
from standardwebhooks import Webhook

from app.db.types import iso_text

SECRET_PREFIX = "whsec_"  # noqa: S105 - the format's prefix, not a secret


def new_secret() -> str:
    """``whsec_`` and base64 of 32 random bytes, the format receivers' libraries expect."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def rfc3339(moment: datetime) -> str:
    return iso_text(moment)


def body(event_type: str, occurred_at: datetime, sequence: int | None, data: dict[str, Any]) -> str:
    """The payload: the same bytes on every retry, built from the outbox event alone.
    ``timestamp`` (Standard Webhooks' name) and ``occurredAt`` are both when it happened;
    ``sequence`` counts the organisation's events, so a receiver can order them and
    notice one it has not had (delivery is at least once and unordered)."""
    when = rfc3339(occurred_at)
    message = {
        "type": event_type,
        "timestamp": when,
        "occurredAt": when,
        "sequence": sequence,
        "data": data,
    }
    return orjson.dumps(message).decode()


def headers(
    message_id: str, sent_at: datetime, payload: str, signing_secrets: Sequence[str]
) -> dict[str, str]:
    """``webhook-id``, ``webhook-timestamp`` and one ``v1`` signature per live secret,
    space-separated, so receivers holding either secret during a rotation can verify."""
    moment = sent_at.astimezone(UTC).replace(microsecond=0)
    signatures = " ".join(
        Webhook(secret).sign(message_id, moment, payload) for secret in signing_secrets
    )
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(moment.timestamp())),
        "webhook-signature": signatures,
        "content-type": "application/json",
    }
