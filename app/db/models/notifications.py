"""Outgoing messages: written in the transaction that causes them, sent by a worker."""

from __future__ import annotations

import uuid
from datetime import datetime, time

from sqlalchemy import CheckConstraint, Index, Time, UniqueConstraint, text
from sqlmodel import Field

from app.db.models.base import Timestamped, org_field, time_field, version_column

_preference_version = version_column()


class OutgoingMessage(Timestamped, table=True):
    """One message to one person by one channel.

    ``body`` may carry a single-use link, so it is kept only until the message is sent
    (or given up on), then cleared; the row stays as the log with its status.
    ``next_attempt_at`` is the retry time while pending and the end of a worker's lease
    while sending, as for webhook deliveries.
    """

    __tablename__ = "outgoing_messages"
    __table_args__ = (
        CheckConstraint(
            "status IN ('pending', 'sending', 'sent', 'failed', 'undeliverable', "
            "'withheld', 'printed')",
            name="status",
        ),
        CheckConstraint("channel IN ('email', 'text', 'post')", name="channel"),
        Index("ix_outgoing_messages_person", "person_id", "id"),
        Index(
            "ix_outgoing_messages_due",
            "next_attempt_at",
            sqlite_where=text("status IN ('pending', 'sending')"),
            postgresql_where=text("status IN ('pending', 'sending')"),
        ),
    )

    organisation_id: uuid.UUID = org_field()
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")
    channel: str = "email"
    template: str
    # The address (email, phone number or postal address) at the time of writing: a later
    # change of address does not redirect a link meant for the old one.
    recipient: str
    subject: str
    body: str | None = None
    # What goes if routing moves the message to text: short, and never more than "you
    # have a message about X" (no amounts, no personal detail). Cleared with the body.
    text_body: str | None = None
    status: str = "pending"
    attempts: int = 0
    next_attempt_at: datetime | None = time_field()
    claim_token: uuid.UUID | None = None
    last_attempt_at: datetime | None = time_field()
    # A short reason in our words (refused, timed out, no mail server); never the body.
    last_error: str | None = None
    sent_at: datetime | None = time_field()
    # Set while the person's quiet hours or daily digest keep the message back.
    held_until: datetime | None = time_field()


class NotificationPreference(Timestamped, table=True):
    """How a person wants to be told. Private to them, coordinators and administrators:
    the postal address is personal data (for some, a prison or approved premises)."""

    __tablename__ = "notification_preferences"
    __table_args__ = (
        UniqueConstraint("person_id"),
        CheckConstraint("channel IN ('email', 'text', 'post', 'none')", name="channel"),
        CheckConstraint("digest_hour BETWEEN 0 AND 23", name="digest_hour"),
    )
    __mapper_args__ = {"version_id_col": _preference_version}

    organisation_id: uuid.UUID = org_field()
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")
    channel: str = "email"
    postal_address: str | None = None
    # Wall-clock times in Europe/London; from may be after until (overnight).
    quiet_from: time | None = Field(default=None, sa_type=Time)
    quiet_until: time | None = Field(default=None, sa_type=Time)
    digest: bool = False
    digest_hour: int = 8
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_preference_version)
