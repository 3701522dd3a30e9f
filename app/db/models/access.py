"""Single-use links that let a person set a password: invitations and password resets."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Index
from sqlmodel import Field

from app.db.models.base import Timestamped, org_field, time_field


class PasswordLink(Timestamped, table=True):
    """The token itself is sent once and kept only as a SHA-256 digest, like refresh
    tokens: it is 256 random bits, so a slow hash would add nothing."""

    __tablename__ = "password_links"
    __table_args__ = (
        CheckConstraint("purpose IN ('invitation', 'reset', 'email_change')", name="purpose"),
        Index("ix_password_links_person", "person_id", "purpose"),
    )

    organisation_id: uuid.UUID = org_field()
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")
    purpose: str
    token_hash: str = Field(unique=True)
    expires_at: datetime = time_field(nullable=False)
    used_at: datetime | None = time_field()
    revoked_at: datetime | None = time_field()
    created_by: uuid.UUID | None = None


class PasswordResetRequest(Timestamped, table=True):
    """An asked-for reset, until the mail loop turns it into links (and then deleted).

    The request only writes this row, whether or not anyone has the address, so its
    answer and its time are the same either way; the lookup happens in the worker.
    """

    __tablename__ = "password_reset_requests"

    # Lower-cased. Kept only until the next turn of the mail loop.
    email: str
