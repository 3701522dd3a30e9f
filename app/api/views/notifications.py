"""Notification preferences and the notification log."""

from __future__ import annotations

import uuid
from datetime import datetime, time
from typing import Literal

from pydantic import Field

from app.api.views.base import View, graphql_only


class NotificationPreferencesOut(View):
    person_id: uuid.UUID
    channel: Literal["email", "text", "post", "none"]
    postal_address: str | None = Field(description="Only while `channel` is `post`.")
    quiet_from: time | None
    quiet_until: time | None
    digest: bool
    digest_hour: int
    updated_at: datetime | None
    version: int | None = graphql_only(
        "The row version (null until first set): send it back as `version` to "
        "setNotificationPreferences."
    )


class NotificationOut(View):
    id: uuid.UUID
    person_id: uuid.UUID
    channel: Literal["email", "text", "post"]
    template: str
    subject: str
    status: Literal["queued", "held", "sent", "failed", "withheld", "printed"] = Field(
        description="`held`: waiting for quiet hours to end or the daily digest; "
        "`withheld`: not sent, the person chose no notifications."
    )
    attempts: int
    created_at: datetime
    held_until: datetime | None
    last_attempt_at: datetime | None
    sent_at: datetime | None


class LetterOut(View):
    """A letter waiting to be printed and posted: what to print and where it goes."""

    id: uuid.UUID
    person_id: uuid.UUID
    display_name: str
    postal_address: str
    template: str
    subject: str
    body: str = Field(description="The text to print.")
    created_at: datetime
