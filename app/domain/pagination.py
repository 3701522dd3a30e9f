"""Keyset pagination over time-ordered (v7) UUIDs: page 1,000 costs what page 1 costs."""

from __future__ import annotations

import base64
import binascii
import uuid
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

from app.domain.errors import RuleViolation

T = TypeVar("T")

DEFAULT_LIMIT = 50
MAX_LIMIT = 100


@dataclass(frozen=True)
class PageRequest:
    limit: int = DEFAULT_LIMIT
    cursor: str | None = None


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    next_cursor: str | None


def encode_cursor(last_id: uuid.UUID) -> str:
    return base64.urlsafe_b64encode(last_id.bytes).decode().rstrip("=")


def decode_cursor(cursor: str, pointer: str = "/cursor") -> uuid.UUID:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        return uuid.UUID(bytes=raw)
    except (binascii.Error, ValueError):
        raise RuleViolation.field(pointer, "The cursor is not one this API gave out.") from None


def check_limit(limit: int, pointer: str = "/limit") -> int:
    if not 1 <= limit <= MAX_LIMIT:
        raise RuleViolation.field(pointer, f"The limit must be between 1 and {MAX_LIMIT}.")
    return limit


async def paginate(
    session: AsyncSession,
    statement: SelectOfScalar[T],
    id_column: Any,
    page: PageRequest,
) -> Page[T]:
    limit = check_limit(page.limit)
    if page.cursor:
        statement = statement.where(id_column > decode_cursor(page.cursor))
    rows = list((await session.scalars(statement.order_by(id_column).limit(limit + 1))).all())
    if len(rows) > limit:
        rows = rows[:limit]
        return Page(rows, encode_cursor(getattr(rows[-1], id_column.key)))
    return Page(rows, None)
