"""Which people a compiled statement showed privately, for the private-read audit.

The statement decides per row whether a person is the public or the private object, so
the audit cannot be told before it runs. For a caller with ``people:read_private`` every
person it wrote is private (the "own" scope's private rows are the caller's, which the
audit leaves out), so their IDs are read back from the JSON along the plan. A plan that
selects private fields without the person's ID has it added under ``SUBJECT_KEY``
(``compile_plan``), which is taken out here before the answer goes.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterator
from typing import Any

from app.api.graphql.compile_plan import (
    SUBJECT_KEY,
    Conn,
    Edges,
    Leaf,
    Node,
    Obj,
    One,
    PersonRef,
    Related,
)


def shows_private(ref: PersonRef) -> bool:
    """Whether the selection has fields only the private type has."""
    return ref.private is not None and ref.private != ref.public


def id_key(obj: Obj) -> str | None:
    keys = [p.key for p in obj.parts if isinstance(p, Leaf) and p.column == "id"]
    return SUBJECT_KEY if SUBJECT_KEY in keys else next(iter(keys), None)


@functools.lru_cache(maxsize=256)
def hides_subject(plan: Conn | One) -> bool:
    """Whether the JSON carries ``SUBJECT_KEY`` somewhere and must be written again."""
    return SUBJECT_KEY in repr(plan)


@functools.lru_cache(maxsize=256)
def has_private(plan: Conn | One) -> bool:
    return _obj_has(plan.obj) if isinstance(plan, One) else _conn_has(plan)


def _obj_has(obj: Obj) -> bool:
    for part in obj.parts:
        if isinstance(part, PersonRef) and shows_private(part):
            return True
        if isinstance(part, Related) and _obj_has(part.obj):
            return True
        if isinstance(part, Conn) and _conn_has(part):
            return True
    return False


def _conn_has(conn: Conn) -> bool:
    return any(
        isinstance(inner, Node) and _obj_has(inner.obj)
        for part in conn.parts
        if isinstance(part, Edges)
        for inner in part.parts
    )


def subjects(plan: Conn | One, data: Any) -> Iterator[uuid.UUID]:
    if isinstance(plan, One):
        yield from _in_obj(plan.obj, data)
    else:
        yield from _in_conn(plan, data)


def _in_conn(conn: Conn, data: Any) -> Iterator[uuid.UUID]:
    if not isinstance(data, dict):
        return
    for part in conn.parts:
        if isinstance(part, Edges):
            for edge in data.get(part.key) or ():
                for inner in part.parts:
                    if isinstance(inner, Node):
                        yield from _in_obj(inner.obj, edge.get(inner.key))


def _in_obj(obj: Obj, data: Any) -> Iterator[uuid.UUID]:
    if not isinstance(data, dict):
        return
    for part in obj.parts:
        value = data.get(part.key)
        if isinstance(part, PersonRef) and part.private is not None and shows_private(part):
            key = id_key(part.private)
            if isinstance(value, dict) and key is not None and value.get(key):
                found = value.pop(key) if key == SUBJECT_KEY else value[key]
                yield uuid.UUID(str(found))
        elif isinstance(part, Related):
            yield from _in_obj(part.obj, value)
        elif isinstance(part, Conn):
            yield from _in_conn(part, value)
