from __future__ import annotations

from sqlalchemy import CheckConstraint
from sqlmodel import Field

from app.db.models.base import Timestamped, version_column

_organisation_version = version_column()


class Organisation(Timestamped, table=True):
    __tablename__ = "organisations"
    __table_args__ = (CheckConstraint("small_count_threshold >= 2", name="small_count_threshold"),)
    # The event counter below moves by a Core UPDATE, which leaves this version alone, so
    # the ETag changes only when the settings do.
    __mapper_args__ = {"version_id_col": _organisation_version}

    name: str
    # Counts below this are withheld wherever Chorus reports on small groups of people
    # (themes, reports, equality monitoring): a handful of people from one wing identify them.
    small_count_threshold: int = Field(default=5, sa_column_kwargs={"server_default": "5"})
    version: int = Field(default=1, sa_column=_organisation_version)
    # The last webhook event sequence number given out (app/domain/webhooks/queue.py).
    event_sequence: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
