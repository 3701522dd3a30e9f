from __future__ import annotations

from app.db.models.base import Timestamped


class Organisation(Timestamped, table=True):
    __tablename__ = "organisations"

    name: str
