"""Shared column helpers and the constraint naming convention every migration relies on."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Integer, MetaData
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from app.db.types import UTCDateTime, utcnow, uuid7

# Named constraints make Alembic batch mode on SQLite and later ALTERs predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata = MetaData(naming_convention=NAMING_CONVENTION)
metadata = SQLModel.metadata

JsonType = JSON().with_variant(JSONB(), "postgresql")


def id_field() -> Any:
    return Field(default_factory=uuid7, primary_key=True)


def created_at_field() -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


def time_field(*, nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_type=UTCDateTime, nullable=nullable, index=index)


def org_field() -> Any:
    """Every row belongs to exactly one organisation: the tenancy filter's column."""
    return Field(foreign_key="organisations.id", ondelete="CASCADE", index=True, nullable=False)


def json_list_field() -> Any:
    return Field(default_factory=list, sa_type=JsonType, nullable=False)


def version_column() -> Column[int]:
    """The optimistic-locking counter behind ETags; SQLAlchemy bumps and checks it."""
    return Column("version", Integer, nullable=False, default=1)


class Timestamped(SQLModel):
    id: uuid.UUID = id_field()
    created_at: datetime = created_at_field()
