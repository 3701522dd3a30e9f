"""JSON built by the database, the same bytes' worth on PostgreSQL and SQLite.

A read that the database can answer whole is cheapest when the database also writes the
body: Python then passes the text through instead of making a row, an object and a
model per value (see bench/). Each value is rendered as the API's Python path renders it,
so a client cannot tell the two apart: UUIDs in their dashed form, datetimes in ISO 8601
UTC with a ``Z`` and six digits of fraction only when there is one, booleans as JSON booleans, JSON
columns as JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    Text,
    Uuid,
    case,
    cast,
    func,
    literal,
    literal_column,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.sql.elements import KeyedColumnElement

from app.db.types import UTCDateTime

Pairs = Sequence[tuple[str, ColumnElement[Any]]]


class Json:
    """The JSON functions of one dialect."""

    def __init__(self, dialect: str) -> None:
        self.postgresql = dialect == "postgresql"

    def value(self, column: KeyedColumnElement[Any]) -> ColumnElement[Any]:
        """A column as the API writes it."""
        kind = column.type
        if isinstance(kind, UTCDateTime):
            return self._datetime(column)
        if self.postgresql:
            return column
        if isinstance(kind, Uuid):
            return _dashed(column)
        if isinstance(kind, Boolean):
            return case(
                (column.is_(None), None), (column, func.json("true")), else_=func.json("false")
            )
        if isinstance(kind, JSON):
            return func.json(column)
        return column

    def text(self, value: ColumnElement[Any]) -> ColumnElement[Any]:
        """The finished document as text to pass through: the PostgreSQL driver would
        otherwise parse JSON results back into Python objects."""
        return cast(value, Text) if self.postgresql else value

    def embed(self, value: ColumnElement[Any]) -> ColumnElement[Any]:
        """A JSON value that passed through an expression (CASE) SQLite would otherwise
        treat as text and quote."""
        return value if self.postgresql else func.json(value)

    def object(self, pairs: Pairs) -> ColumnElement[Any]:
        args: list[Any] = []
        for key, value in pairs:
            args += [literal(key), value]
        return func.json_build_object(*args) if self.postgresql else func.json_object(*args)

    def array(
        self, element: ColumnElement[Any], order_by: ColumnElement[Any]
    ) -> ColumnElement[Any]:
        """Every row's ``element`` as one array, in order; ``[]`` for none."""
        if self.postgresql:
            return func.coalesce(
                func.json_agg(aggregate_order_by(element, order_by)), literal_column("'[]'::json")
            )
        # SQLite 3.40 has no ORDER BY inside an aggregate: callers order a subquery, which
        # SQLite aggregates in order. json() keeps each element JSON rather than text.
        return func.coalesce(func.json_group_array(func.json(element)), func.json("[]"))

    def enum(
        self, column: ColumnElement[Any], names: Sequence[tuple[str, str]]
    ) -> ColumnElement[Any]:
        """A stored enum value as the name GraphQL gives it (``advisory`` -> ``ADVISORY``)."""
        return case(*((column == stored, literal(name)) for stored, name in names), else_=None)

    def boolean(self, condition: ColumnElement[bool]) -> ColumnElement[Any]:
        """A condition as a JSON boolean (SQLite would write 1 or 0)."""
        if self.postgresql:
            return condition
        return case((condition, func.json("true")), else_=func.json("false"))

    def cursor(self, column: ColumnElement[Any]) -> ColumnElement[Any]:
        """``encode_cursor`` of an ID column: URL-safe base64 of its 16 bytes, unpadded.
        SQLite has no base64, so the engine registers ``chorus_cursor`` on each of its
        connections (``app/db/engine.py``)."""
        if self.postgresql:
            encoded = func.encode(func.uuid_send(column), "base64")
            return func.rtrim(func.translate(encoded, "+/", "-_"), "=")
        return func.chorus_cursor(column)

    def _datetime(self, column: ColumnElement[Any]) -> ColumnElement[Any]:
        # Six digits of fraction, then none where they are all zero, as isoformat() does:
        # one formatting call per value (to_char is most of a row's cost on PostgreSQL).
        text: ColumnElement[Any]
        if self.postgresql:
            text = func.to_char(func.timezone("UTC", column), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
        else:
            # Stored as 'YYYY-MM-DD HH:MM:SS.ffffff', always six digits.
            text = func.replace(func.substr(column, 1, 26), " ", "T") + "Z"
        return case((column.is_(None), None), else_=func.replace(text, ".000000Z", "Z"))


def _dashed(column: ColumnElement[Any]) -> ColumnElement[Any]:
    parts = [func.substr(column, start, length) for start, length in _UUID_PARTS]
    text: ColumnElement[Any] = parts[0]
    for part in parts[1:]:
        text = text + "-" + part
    return case((column.is_(None), None), else_=func.lower(text))


_UUID_PARTS = ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))
