"""Keyset pagination over time-ordered (v7) UUIDs, or over a time column and the ID:
page 1,000 costs what page 1 costs."""

from __future__ import annotations

import base64
import binascii
import hashlib
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, and_, func, or_
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


# -- keyset pagination on (a time column, id) -----------------------------------------

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


@dataclass(frozen=True)
class Keyset:
    """A list ordered by a time column, the ID breaking ties, in either direction.

    ``name`` is the sort as clients write it (``startsAt``, ``-startsAt``); the cursor
    carries it, so a cursor is only ever used with the order that gave it out (a cursor
    from another order would skip or repeat rows without anyone noticing).
    """

    name: str
    column: Any
    id_column: Any
    descending: bool = False

    def order_by(self, columns: tuple[Any, Any] | None = None) -> list[Any]:
        column, id_column = columns or (self.column, self.id_column)
        if self.descending:
            return [column.desc(), id_column.desc()]
        return [column.asc(), id_column.asc()]

    def after(
        self, value: datetime, last_id: uuid.UUID, columns: tuple[Any, Any] | None = None
    ) -> ColumnElement[bool]:
        column, id_column = columns or (self.column, self.id_column)
        if self.descending:
            return or_(column < value, and_(column == value, id_column < last_id))
        return or_(column > value, and_(column == value, id_column > last_id))

    def cursor(self, value: datetime, last_id: uuid.UUID) -> str:
        micros = (value.astimezone(UTC) - _EPOCH) // _MICROSECOND
        raw = f"{self.name}|{micros}|{last_id.hex}".encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def decode(self, cursor: str, pointer: str = "/cursor") -> tuple[datetime, uuid.UUID]:
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
            name, micros, last_id = raw.split("|")
            value = _EPOCH + int(micros) * _MICROSECOND
            found = uuid.UUID(hex=last_id)
        except (binascii.Error, ValueError, OverflowError):
            raise RuleViolation.field(
                pointer, "The cursor is not one this API gave out for this list."
            ) from None
        if name != self.name:
            raise RuleViolation.field(
                pointer,
                f"The cursor was given out for sort={name} ({_direction(name)}), not "
                f"sort={self.name} ({_direction(self.name)}): send the sort it came with, "
                "or start again without a cursor.",
            )
        return value, found


def _direction(sort: str) -> str:
    return "descending" if sort.startswith("-") else "ascending"


async def paginate_keyset(
    session: AsyncSession, statement: SelectOfScalar[T], keyset: Keyset, page: PageRequest
) -> Page[T]:
    """``paginate`` in the keyset's order: page 1,000 still costs what page 1 costs."""
    limit = check_limit(page.limit)
    if page.cursor:
        statement = statement.where(keyset.after(*keyset.decode(page.cursor)))
    ordered = statement.order_by(*keyset.order_by()).limit(limit + 1)
    rows = list((await session.scalars(ordered)).all())
    return _keyset_page(rows, keyset, limit)


def _keyset_page(rows: list[T], keyset: Keyset, limit: int) -> Page[T]:
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        cursor = keyset.cursor(
            getattr(last, keyset.column.key), getattr(last, keyset.id_column.key)
        )
        return Page(rows, cursor)
    return Page(rows, None)


async def paginate_each_keyset(
    session: AsyncSession,
    model: type[T],
    parent_column: Any,
    keyset: Keyset,
    parents: Iterable[uuid.UUID],
    page: PageRequest,
    *criteria: ColumnElement[bool],
) -> dict[uuid.UUID, Page[T]]:
    """``paginate_each`` in the keyset's order: every parent's page in one query."""
    limit = check_limit(page.limit)
    wanted = set(parents)
    if not wanted:
        return {}
    conditions = [parent_column.in_(wanted), *criteria]
    if page.cursor:
        conditions.append(keyset.after(*keyset.decode(page.cursor)))
    rank = (
        func.row_number().over(partition_by=parent_column, order_by=keyset.order_by()).label("rank")
    )
    ranked = select(model, rank).where(*conditions).subquery()
    entity = aliased(model, ranked)
    columns = (ranked.c[keyset.column.key], ranked.c[keyset.id_column.key])
    rows = await session.scalars(
        select(entity).where(ranked.c.rank <= limit + 1).order_by(*keyset.order_by(columns))
    )
    grouped: dict[uuid.UUID, list[T]] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, parent_column.key)].append(row)
    return {parent: _keyset_page(grouped.get(parent, []), keyset, limit) for parent in wanted}
