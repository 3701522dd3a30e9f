from __future__ import annotations

from sqlmodel import Field

from app.db.models.base import Timestamped


class Organisation(Timestamped, table=True):
    __tablename__ = "organisations"

    name: str
    # The last webhook event sequence number given out (app/domain/webhooks/queue.py).
    event_sequence: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
