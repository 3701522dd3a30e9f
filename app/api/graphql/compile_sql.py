"""A plan (``compile_plan.py``) as one statement that writes the root field's JSON.

Each connection is a keyset page read by its own correlated subquery (``LIMIT first``,
ordered by ID, the organisation filter and the query's filters inside), aggregated into
the edges array, so a board of 500 asked for its first 5 reads 5 rows. ``pageInfo`` costs
its own small subqueries, only when selected. A person is the public or private object
by ``people.visibility``, decided per row inside the statement. Statements are built once
per plan, dialect and privacy scope, with every value a bind parameter.
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, Uuid, bindparam, func, literal, null, select
from sqlalchemy.orm import aliased

from app.api.graphql.compile_plan import (
    Conn,
    Const,
    Cursor,
    Edges,
    Leaf,
    Node,
    Obj,
    One,
    PageFlag,
    PageInfo,
    PersonRef,
    Related,
)
from app.db.json import Json
from app.db.models import Person
from app.domain.people.visibility import PrivateScope, person_json

ORG = "org"


@functools.lru_cache(maxsize=256)
def statement(plan: Conn | One, dialect: str, scope: PrivateScope) -> Select[Any]:
    return _Builder(Json(dialect), scope).root(plan)


class _Builder:
    def __init__(self, json: Json, scope: PrivateScope) -> None:
        self.json = json
        self.scope = scope
        self.org = bindparam(ORG, type_=Uuid())
        self._aliases = 0

    def _alias(self, model: type[Any]) -> Any:
        self._aliases += 1
        return aliased(model, name=f"t{self._aliases}")

    def root(self, plan: Conn | One) -> Select[Any]:
        if isinstance(plan, Conn):
            return select(self.json.text(self.connection(plan, None)))
        table = self._alias(plan.obj.model)
        return select(self.json.text(self.object(plan.obj, table))).where(
            table.id == bindparam(f"{plan.prefix}_id", type_=Uuid()),
            table.organisation_id == self.org,
        )

    def object(self, obj: Obj, table: Any) -> ColumnElement[Any]:
        pairs: list[tuple[str, ColumnElement[Any]]] = []
        for part in obj.parts:
            if isinstance(part, Leaf):
                column = getattr(table, part.column)
                value = self.json.enum(column, part.enum) if part.enum else self.json.value(column)
                pairs.append((part.key, value))
            elif isinstance(part, Const):
                pairs.append((part.key, literal(part.value)))
            elif isinstance(part, Conn):
                pairs.append((part.key, self.connection(part, table)))
            elif isinstance(part, PersonRef):
                pairs.append((part.key, self._person(part, table)))
            elif isinstance(part, Related):
                target = self._alias(part.obj.model)
                value = (
                    select(self.object(part.obj, target))
                    .where(
                        target.id == getattr(table, part.via),
                        target.organisation_id == self.org,
                    )
                    .correlate(table)
                    .scalar_subquery()
                )
                pairs.append((part.key, self.json.embed(value)))
        return self.json.object(pairs)

    def _person(self, part: PersonRef, table: Any) -> ColumnElement[Any]:
        if part.public is None or part.private is None:
            return null()
        person = self._alias(Person)
        value = person_json(
            self.json,
            self.scope,
            person.id,
            self.object(part.public, person),
            self.object(part.private, person),
        )
        found = (
            select(value)
            .where(person.id == getattr(table, part.via), person.organisation_id == self.org)
            .correlate(table)
            .scalar_subquery()
        )
        return self.json.embed(found)

    def connection(self, conn: Conn, parent: Any | None) -> ColumnElement[Any]:
        table = self._alias(conn.spec.model)
        where: list[ColumnElement[bool]] = [table.organisation_id == self.org]
        if parent is not None and conn.spec.parent_key is not None:
            where.append(getattr(table, conn.spec.parent_key) == parent.id)
        for column in conn.filters:
            where.append(getattr(table, column) == bindparam(f"{conn.prefix}_{column}"))
        if conn.after:
            where.append(table.id > bindparam(f"{conn.prefix}_after", type_=Uuid()))
        first = bindparam(f"{conn.prefix}_first", type_=Integer())

        def page(*columns: Any, limit: Any = first) -> Any:
            query = select(*columns).where(*where).order_by(table.id).limit(limit)
            return (query.correlate(parent) if parent is not None else query).subquery()

        pairs: list[tuple[str, ColumnElement[Any]]] = []
        for part in conn.parts:
            if isinstance(part, Const):
                pairs.append((part.key, literal(part.value)))
            elif isinstance(part, Edges):
                edge = self._edge(part, table)
                rows = page(edge.label("j"), table.id.label("k"))
                edges = select(self.json.array(rows.c.j, rows.c.k)).scalar_subquery()
                pairs.append((part.key, self.json.embed(edges)))
            elif isinstance(part, PageInfo):
                info = [(flag.key, self._flag(flag, conn, table, page)) for flag in part.parts]
                pairs.append((part.key, self.json.object(info)))
        return self.json.object(pairs)

    def _edge(self, edges: Edges, table: Any) -> ColumnElement[Any]:
        pairs: list[tuple[str, ColumnElement[Any]]] = []
        for part in edges.parts:
            if isinstance(part, Const):
                pairs.append((part.key, literal(part.value)))
            elif isinstance(part, Cursor):
                pairs.append((part.key, self.json.cursor(table.id)))
            elif isinstance(part, Node):
                pairs.append((part.key, self.object(part.obj, table)))
        return self.json.object(pairs)

    def _flag(self, flag: Const | PageFlag, conn: Conn, table: Any, page: Any) -> Any:
        if isinstance(flag, Const):
            return literal(flag.value)
        if flag.name == "hasPreviousPage":
            # As the resolvers say: true when `after` was given; paging runs forward only.
            return self.json.boolean(literal(conn.after))
        if flag.name == "hasNextPage":
            probe = page(table.id, limit=bindparam(f"{conn.prefix}_probe"))
            count = select(func.count()).select_from(probe).scalar_subquery()
            return self.json.boolean(count > bindparam(f"{conn.prefix}_first"))
        ids = page(table.id.label("k"))
        order = ids.c.k if flag.name == "startCursor" else ids.c.k.desc()
        chosen = select(ids.c.k).order_by(order).limit(1).scalar_subquery()
        return self.json.cursor(chosen)
