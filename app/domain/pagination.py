"""Keyset pagination over time-ordered (v7) UUIDs: page 1,000 costs what page 1 costs."""

from __future__ import annotations

import base64
import binascii
import hashlib
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlmodel import select
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


def _tag(kind: str) -> bytes:
    return hashlib.sha256(kind.encode()).digest()[:2]


def encode_cursor(last_id: uuid.UUID, kind: str | None = None) -> str:
    """The last ID seen, followed (when the list says what it lists) by two bytes naming
    the list's table, so a cursor from another list is refused instead of quietly
    skipping to wherever its ID falls in this one."""
    raw = last_id.bytes + (b"" if kind is None else _tag(kind))
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, pointer: str = "/cursor", kind: str | None = None) -> uuid.UUID:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        if len(raw) not in (16, 18):
            raise ValueError(cursor)
        last_id = uuid.UUID(bytes=raw[:16])
    except (binascii.Error, ValueError):
        raise RuleViolation.field(pointer, "The cursor is not one this API gave out.") from None
    if kind is not None and len(raw) == 18 and raw[16:] != _tag(kind):
        raise RuleViolation.field(
            pointer,
            "The cursor is from another list: send the nextCursor of this list, or none "
            "for its first page.",
        )
    return last_id


def _kind(id_column: Any) -> str:
    table: str = id_column.class_.__tablename__
    return table


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
    # An empty cursor (``cursor=``) is the first page, as no cursor is.
    if page.cursor:
        statement = statement.where(id_column > decode_cursor(page.cursor, kind=_kind(id_column)))
    rows = list((await session.scalars(statement.order_by(id_column).limit(limit + 1))).all())
    if len(rows) > limit:
        rows = rows[:limit]
        return Page(rows, encode_cursor(getattr(rows[-1], id_column.key), _kind(id_column)))
    return Page(rows, None)


async def paginate_each(
    session: AsyncSession,
    model: type[T],
    parent_column: Any,
    id_column: Any,
    parents: Iterable[uuid.UUID],
    page: PageRequest,
    *criteria: ColumnElement[bool],
) -> dict[uuid.UUID, Page[T]]:
    """The same page of each parent's children, for many parents in one query.

    ``row_number()`` over each parent's rows keeps ``limit + 1`` of each, so a nested
    list (every board's meetings, every seat's assignments) costs one statement however
    many parents it has, and a long history costs no more than its first page. The
    cursor, like ``paginate``'s, is the last ID seen; it applies to every parent.
    """
    limit = check_limit(page.limit)
    wanted = set(parents)
    if not wanted:
        return {}
    conditions = [parent_column.in_(wanted), *criteria]
    if page.cursor:
        conditions.append(id_column > decode_cursor(page.cursor, kind=_kind(id_column)))
    rank = func.row_number().over(partition_by=parent_column, order_by=id_column).label("rank")
    ranked = select(model, rank).where(*conditions).subquery()
    entity = aliased(model, ranked)
    rows = await session.scalars(
        select(entity).where(ranked.c.rank <= limit + 1).order_by(ranked.c[id_column.key])
    )
    grouped: dict[uuid.UUID, list[T]] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, parent_column.key)].append(row)
    pages: dict[uuid.UUID, Page[T]] = {}
    for parent in wanted:
        items = grouped.get(parent, [])
        if len(items) > limit:
            items = items[:limit]
            last = getattr(items[-1], id_column.key)
            pages[parent] = Page(items, encode_cursor(last, _kind(id_column)))
        else:
            pages[parent] = Page(items, None)
    return pages
