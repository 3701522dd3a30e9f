"""Which GraphQL selections the database can answer whole, and the plan for doing it.

A plan is a hashable description of one root field's selection: the response keys, the
columns behind them, the nested connections and related objects, and the names of the
parameters that carry the query's arguments. ``compile_sql.py`` turns a plan into one
statement that writes the field's JSON; the same plan with other argument values reuses
the statement. Anything the planner does not know (a resolver with logic of its own, an
argument it cannot pass as a parameter, a directive other than ``@skip``/``@include``, a
list of enums) makes it answer None, and the field goes through the resolvers instead.

What may be compiled is the table at the end of this module: every entry names the
permission the resolver path checks, and the planner refuses (falls back) when the
caller lacks it, so the resolvers keep reporting the errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Protocol, TypeAlias

from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLScalarType,
    GraphQLSchema,
)
from graphql.execution.collect_fields import CollectedFields, FieldDetailsList
from graphql.execution.values import get_argument_values
from sqlalchemy import inspect
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

from app.db import models as db
from app.domain.actors import Actor, Permission
from app.domain.errors import RuleViolation
from app.domain.pagination import check_limit, decode_cursor

# Not a GraphQL name (those cannot start with "$"), so never a selected field's key.
SUBJECT_KEY = "$subject"
_LEAF_SCALARS = frozenset({"String", "Int", "Boolean", "ID", "UUID", "Date", "DateTime"})
_DIRECTIVES = frozenset({"skip", "include"})


@dataclass(frozen=True)
class Leaf:
    key: str
    column: str
    enum: tuple[tuple[str, str], ...] | None = None  # (stored value, GraphQL name)


@dataclass(frozen=True)
class Const:
    key: str
    value: str


@dataclass(frozen=True)
class Obj:
    model: type[Any]
    parts: tuple[Part, ...]


@dataclass(frozen=True)
class Related:
    """A related object by the parent's foreign key (``membership.board``)."""

    key: str
    via: str
    obj: Obj


@dataclass(frozen=True)
class PersonRef:
    """A person by the parent's foreign key: the public or private type, row by row by
    ``people.visibility``, or null for a caller without ``people:read``."""

    key: str
    via: str
    public: Obj | None
    private: Obj | None


@dataclass(frozen=True)
class Cursor:
    key: str


@dataclass(frozen=True)
class Node:
    key: str
    obj: Obj


@dataclass(frozen=True)
class Edges:
    key: str
    parts: tuple[Const | Cursor | Node, ...]


@dataclass(frozen=True)
class PageFlag:
    key: str
    name: str  # hasNextPage, hasPreviousPage, startCursor, endCursor


@dataclass(frozen=True)
class PageInfo:
    key: str
    parts: tuple[Const | PageFlag, ...]


@dataclass(frozen=True)
class Conn:
    key: str
    spec: ConnectionSpec
    prefix: str  # parameters: <prefix>_first, <prefix>_after, <prefix>_<column>
    filters: tuple[str, ...]
    after: bool
    parts: tuple[Const | Edges | PageInfo, ...]


@dataclass(frozen=True)
class One:
    """A root field that is one object by ID (``board(id:)``), or nothing."""

    key: str
    obj: Obj
    prefix: str


Part: TypeAlias = Leaf | Const | Related | PersonRef | Conn


@dataclass(frozen=True)
class ConnectionSpec:
    node_type: str
    model: type[Any]
    parent_key: str | None  # the child's column naming its parent; None at the root
    filters: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    permission: Permission = Permission.BOARDS_READ


class Executor(Protocol):
    schema: GraphQLSchema
    variable_values: Any

    def collect_subfields(
        self, return_type: GraphQLObjectType, field_details_list: FieldDetailsList
    ) -> CollectedFields: ...


class _Refused(Exception):
    """The planner cannot compile this selection."""


class Planner:
    """Plans one root field; ``params`` collects the argument values as it goes."""

    def __init__(self, executor: Executor, actor: Actor) -> None:
        self._executor = executor
        self._actor = actor
        self.params: dict[str, Any] = {}
        self._levels = 0

    def root(self, parent: GraphQLObjectType, details: FieldDetailsList) -> Conn | One | None:
        name = details[0].node.name.value
        key = details[0].node.alias.value if details[0].node.alias else name
        try:
            spec = CONNECTIONS.get((parent.name, name))
            if spec is not None:
                return self._connection(key, parent, details, spec)
            if (parent.name, name) in ONE_BY_ID:
                return self._one(key, parent, details)
        except _Refused:
            return None
        return None

    def _prefix(self) -> str:
        self._levels += 1
        return f"c{self._levels}"

    def _arguments(self, parent: GraphQLObjectType, details: FieldDetailsList) -> dict[str, Any]:
        first = details[0]
        field_def = parent.fields[first.node.name.value]
        _refuse_directives(details)
        try:
            return get_argument_values(
                field_def,
                first.node,
                self._executor.variable_values,
                first.fragment_variable_values,
            )
        except Exception:  # the resolver path reports bad arguments its own way
            raise _Refused from None

    def _one(self, key: str, parent: GraphQLObjectType, details: FieldDetailsList) -> One:
        spec_type, permission = ONE_BY_ID[(parent.name, details[0].node.name.value)]
        if not self._actor.can(permission):
            raise _Refused
        args = self._arguments(parent, details)
        if set(args) != {"id"}:
            raise _Refused
        prefix = self._prefix()
        self.params[f"{prefix}_id"] = args["id"]
        return One(key, self._object(self._type(spec_type), details), prefix)

    def _connection(
        self, key: str, parent: GraphQLObjectType, details: FieldDetailsList, spec: ConnectionSpec
    ) -> Conn:
        if not self._actor.can(spec.permission):
            raise _Refused
        args = self._arguments(parent, details)
        first, after = args.pop("first", None), args.pop("after", None)
        if not isinstance(first, int) or set(args) - set(spec.filters):
            raise _Refused
        try:
            check_limit(first)
            after_id = decode_cursor(after) if after is not None else None
        except RuleViolation:
            raise _Refused from None
        prefix = self._prefix()
        self.params[f"{prefix}_first"] = first
        self.params[f"{prefix}_probe"] = first + 1
        if after_id is not None:
            self.params[f"{prefix}_after"] = after_id
        filters = []
        for argument, value in args.items():
            if value is None:
                continue
            column = spec.filters[argument]
            filters.append(column)
            self.params[f"{prefix}_{column}"] = value.value if isinstance(value, Enum) else value
        connection_type = _object_type(parent.fields[details[0].node.name.value].type)
        parts: list[Const | Edges | PageInfo] = []
        for sub_key, sub in self._fields(connection_type, details).items():
            name = sub[0].node.name.value
            if name == "__typename":
                parts.append(Const(sub_key, connection_type.name))
            elif name == "edges":
                parts.append(self._edges(sub_key, connection_type, sub, spec))
            elif name == "pageInfo":
                parts.append(self._page_info(sub_key, connection_type, sub))
            else:
                raise _Refused
        return Conn(key, spec, prefix, tuple(filters), after_id is not None, tuple(parts))

    def _edges(
        self, key: str, connection: GraphQLObjectType, details: FieldDetailsList, spec: Any
    ) -> Edges:
        edge_type = _object_type(connection.fields["edges"].type)
        parts: list[Const | Cursor | Node] = []
        for sub_key, sub in self._fields(edge_type, details).items():
            name = sub[0].node.name.value
            if name == "__typename":
                parts.append(Const(sub_key, edge_type.name))
            elif name == "cursor":
                parts.append(Cursor(sub_key))
            elif name == "node":
                _refuse_directives(sub)
                parts.append(Node(sub_key, self._object(self._type(spec.node_type), sub)))
            else:
                raise _Refused
        return Edges(key, tuple(parts))

    def _page_info(
        self, key: str, connection: GraphQLObjectType, details: FieldDetailsList
    ) -> PageInfo:
        info_type = _object_type(connection.fields["pageInfo"].type)
        parts: list[Const | PageFlag] = []
        for sub_key, sub in self._fields(info_type, details).items():
            name = sub[0].node.name.value
            if name == "__typename":
                parts.append(Const(sub_key, info_type.name))
            elif name in _PAGE_FLAGS:
                parts.append(PageFlag(sub_key, name))
            else:
                raise _Refused
        return PageInfo(key, tuple(parts))

    def _object(self, type_: GraphQLObjectType, details: FieldDetailsList) -> Obj:
        model = MODELS.get(type_.name)
        if model is None:
            raise _Refused
        parts: list[Part] = []
        for key, sub in self._fields(type_, details).items():
            name = sub[0].node.name.value
            relation = (type_.name, name)
            if name == "__typename":
                parts.append(Const(key, type_.name))
            elif relation in CONNECTIONS:
                parts.append(self._connection(key, type_, sub, CONNECTIONS[relation]))
            elif relation in PEOPLE:
                parts.append(self._person(key, sub, PEOPLE[relation]))
            elif relation in RELATED:
                _refuse_directives(sub)
                via, target = RELATED[relation]
                parts.append(Related(key, via, self._object(self._type(target), sub)))
            else:
                parts.append(_leaf(key, type_, name, model))
        return Obj(model, tuple(parts))

    def _person(self, key: str, details: FieldDetailsList, via: str) -> PersonRef:
        _refuse_directives(details)
        if not self._actor.can(Permission.PEOPLE_READ):
            return PersonRef(key, via, None, None)
        public = self._object(self._type("PersonPublic"), details)
        private = self._object(self._type("PersonPrivate"), details)
        if (
            self._actor.can(Permission.PEOPLE_READ_PRIVATE)
            and private != public
            and not any(isinstance(p, Leaf) and p.column == "id" for p in private.parts)
        ):
            # The private-read audit reads the person's ID back from the JSON: written
            # under a key no selection can have, and taken out again (compile_reads).
            private = Obj(private.model, (*private.parts, Leaf(SUBJECT_KEY, "id")))
        return PersonRef(key, via, public, private)

    def _fields(self, type_: GraphQLObjectType, details: FieldDetailsList) -> Any:
        collected = self._executor.collect_subfields(type_, details)
        grouped, defers = collected[0], collected[1]
        if defers:
            raise _Refused
        return grouped

    def _type(self, name: str) -> GraphQLObjectType:
        found = self._executor.schema.get_type(name)
        if not isinstance(found, GraphQLObjectType):
            raise _Refused
        return found


_PAGE_FLAGS = frozenset({"hasNextPage", "hasPreviousPage", "startCursor", "endCursor"})


def _refuse_directives(details: FieldDetailsList) -> None:
    for detail in details:
        for directive in detail.node.directives or ():
            if directive.name.value not in _DIRECTIVES:
                raise _Refused


def _object_type(type_: GraphQLOutputType) -> GraphQLObjectType:
    """The object type of a field, under its non-null and list wrappers (edges)."""
    while isinstance(type_, GraphQLNonNull | GraphQLList):
        type_ = type_.of_type
    if not isinstance(type_, GraphQLObjectType):
        raise _Refused
    return type_


def _leaf(key: str, parent: GraphQLObjectType, name: str, model: type[Any]) -> Leaf:
    field_def: GraphQLField | None = parent.fields.get(name)
    if field_def is None or field_def.args:
        raise _Refused
    definition = field_def.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if (
        not isinstance(definition, StrawberryField)
        or not definition.is_basic_field
        or definition.default_resolver is not getattr
    ):
        raise _Refused
    column = definition.python_name
    if column not in inspect(model).columns:
        raise _Refused
    type_ = field_def.type
    if isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    if isinstance(type_, GraphQLScalarType) and type_.name in _LEAF_SCALARS:
        return Leaf(key, column)
    if isinstance(type_, GraphQLEnumType):
        names = tuple((_stored(value.value), name) for name, value in type_.values.items())
        return Leaf(key, column, names)
    if isinstance(type_, GraphQLList):
        inner = type_.of_type
        inner = inner.of_type if isinstance(inner, GraphQLNonNull) else inner
        if isinstance(inner, GraphQLScalarType) and inner.name == "String":
            return Leaf(key, column)  # a JSON list of strings, passed through
    raise _Refused


def _stored(value: Any) -> str:
    return str(value.value if isinstance(value, Enum) else value)


# What may be compiled. The organisation filter applies at every level (every model here
# has ``organisation_id``), as each area's ``readable(actor)`` does.
MODELS: dict[str, type[Any]] = {
    "Board": db.Board,
    "Membership": db.Membership,
    "PersonPublic": db.Person,
    "PersonPrivate": db.Person,
}
CONNECTIONS: dict[tuple[str, str], ConnectionSpec] = {
    ("Query", "boards"): ConnectionSpec("Board", db.Board, None, {"kind": "kind"}),
    ("Board", "memberships"): ConnectionSpec(
        "Membership", db.Membership, "board_id", {"status": "status"}
    ),
}
ONE_BY_ID: dict[tuple[str, str], tuple[str, Permission]] = {
    ("Query", "board"): ("Board", Permission.BOARDS_READ),
}
PEOPLE: dict[tuple[str, str], str] = {("Membership", "person"): "person_id"}
RELATED: dict[tuple[str, str], tuple[str, str]] = {("Membership", "board"): ("board_id", "Board")}
