from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, LargeBinary, UniqueConstraint
from sqlmodel import Field

from app.db.models.base import JsonType, Timestamped, time_field


class IdempotencyRecord(Timestamped, table=True):
    """The first response to a POST with an Idempotency-Key, replayed for retries."""

    __tablename__ = "idempotency_records"
    __table_args__ = (
        UniqueConstraint("caller", "key"),
        # The purge finds expired records by age.
        Index("ix_idempotency_records_created_at", "created_at"),
    )

    # "person:<uuid>" or "client:<uuid>": keys are scoped to the caller who sent them.
    caller: str
    key: str
    request_hash: str
    # An unfinished claim is held only until then (renewed while the request runs), so a
    # claim whose process died or lost its database can be taken by a retry.
    lease_expires_at: datetime = time_field(nullable=False)
    completed_at: datetime | None = time_field()
    status_code: int | None = None
    response_headers: dict[str, Any] = Field(default_factory=dict, sa_type=JsonType, nullable=False)
    response_body: bytes | None = Field(default=None, sa_type=LargeBinary)
