"""A board's standing agenda items and its public record settings. Here, not on
``boards``, because that table belongs to another area."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field

from app.db.models.base import (
    Timestamped,
    json_list_field,
    org_field,
    time_field,
    version_column,
)

_standing_item_version = version_column()


class StandingAgendaItem(Timestamped, table=True):
    """An item every new meeting of the board starts with. Meetings get their own copy
    (``agenda_items``), so editing this list never rewrites an agenda already made."""

    __tablename__ = "standing_agenda_items"
    __table_args__ = (
        CheckConstraint("position >= 1", name="position"),
        Index("ix_standing_agenda_items_board_position", "board_id", "position"),
    )
    __mapper_args__ = {"version_id_col": _standing_item_version}

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE")
    position: int
    title: str
    topic_tags: list[str] = json_list_field()
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_standing_item_version)


class BoardPublication(Timestamped, table=True):
    """Whether a board's record is public, and at which address. The slug is unique
    across the service, not only the organisation: the public address names no
    organisation, so two boards sharing a slug would share a page."""

    __tablename__ = "board_publications"
    __table_args__ = (UniqueConstraint("board_id"), UniqueConstraint("slug"))

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE")
    slug: str
    published: bool = False
    easy_read_summary: str | None = None
    published_at: datetime | None = time_field()
    updated_at: datetime | None = time_field()
