"""What a person may say about how they are told."""

from __future__ import annotations

from datetime import time
from enum import StrEnum

from pydantic import Field

from app.domain.schemas import Input


class NotificationChannel(StrEnum):
    EMAIL = "email"
    TEXT = "text"
    POST = "post"
    NONE = "none"


class NotificationPreferencesInput(Input):
    channel: NotificationChannel = Field(
        description="How messages reach the person: `post` is printed by a coordinator; "
        "`none` sends nothing but sign-in links, which always go by email."
    )
    postal_address: str | None = Field(
        default=None,
        min_length=1,
        max_length=500,
        description="Needed for `post`. Seen only by the person, coordinators and administrators.",
    )
    quiet_from: time | None = Field(
        default=None,
        description="Start of quiet hours (Europe/London): messages are held until "
        "`quietUntil`. Both or neither.",
    )
    quiet_until: time | None = Field(default=None, description="End of quiet hours.")
    digest: bool = Field(
        default=False,
        description="Collect messages and send them as one at `digestHour` each day.",
    )
    digest_hour: int = Field(
        default=8, ge=0, le=23, description="Hour of the daily digest (Europe/London)."
    )
