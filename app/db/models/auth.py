from __future__ import annotations

import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel

from app.db.models.base import Timestamped, json_list_field, org_field, time_field


class ApiClient(Timestamped, table=True):
    """A partner system. Its secret is shown once and kept only as a SHA-256 digest."""

    __tablename__ = "api_clients"

    organisation_id: uuid.UUID = org_field()
    name: str
    client_id: str = Field(unique=True)
    secret_hash: str
    scopes: list[str] = json_list_field()
    active: bool = True
    created_by: uuid.UUID | None = None
    last_used_at: datetime | None = time_field()


class RefreshToken(Timestamped, table=True):
    """One link in a rotating chain. Reusing a spent link revokes its whole family."""

    __tablename__ = "refresh_tokens"

    organisation_id: uuid.UUID = org_field()
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)
    family_id: uuid.UUID = Field(index=True)
    token_hash: str = Field(unique=True)
    expires_at: datetime = time_field(nullable=False)
    used_at: datetime | None = time_field()
    revoked_at: datetime | None = time_field()


class ThrottleCounter(SQLModel, table=True):
    """One fixed window of the sign-in throttle (app/domain/auth/throttle.py), shared by
    every process on PostgreSQL. The key is a digest, never an address or an email."""

    __tablename__ = "throttle_counters"

    key: str = Field(primary_key=True)
    count: int
    # Seconds since the epoch, as the limits package counts them.
    expires_at: float = Field(index=True)
