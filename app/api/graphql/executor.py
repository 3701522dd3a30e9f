"""Plain subtrees completed in one pass, not field by field.

graphql-core spends about 10 µs on each field it resolves (resolve info, resolver call,
awaitable checks, completion), which for 20 boards of 20 members is most of a request.
Most of those fields just read an attribute of an object a resolver has already built.
For a selection made only of such fields (strawberry's "basic" fields: no resolver,
arguments, extensions or permission classes) over object, interface, list and leaf types, this
executor compiles a plan once per request and selection, and runs it per object: read
the attribute, coerce a leaf with the type's own ``coerce_output_value``, recurse.

Anything unusual (a null in a non-null field, a value a scalar refuses, a missing
attribute) abandons the plan for that object and lets graphql-core redo it the usual
way, which then reports the error exactly as it always would. Reading plain attributes
has no side effects, so doing it twice is safe. Fields with resolvers (connections,
loaders, private records) keep the normal path.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, cast

from graphql import (
    GraphQLAbstractType,
    GraphQLObjectType,
    GraphQLOutputType,
    Undefined,
    is_abstract_type,
    is_leaf_type,
    is_list_type,
    is_non_null_type,
    is_object_type,
)
from graphql.execution.collect_fields import FieldDetailsList, GroupedFieldSet
from graphql.pyutils import AwaitableOrValue, Path
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

from app.api.graphql.compiled import compile_root, run_or_resolve

Complete = Callable[[Any], Any]
Plan = Callable[[Any], dict[str, Any]]
Step = tuple[str, Callable[[Any], Any], Complete]
# Strawberry's checks are plain isinstance tests: never awaitable.
IsTypeOf = Callable[[Any, Any], bool]

_DIRECTIVES_HANDLED_BY_COLLECTION = frozenset({"skip", "include"})


class _Fallback(Exception):
    """This object needs the normal path."""


def _plan_from(steps: list[Step], is_type_of: IsTypeOf | None) -> Plan:
    def run(source: Any) -> dict[str, Any]:
        result = {}
        for key, get, complete in steps:
            result[key] = complete(get(source))
        return result

    if is_type_of is None:
        return run

    def checked(source: Any) -> dict[str, Any]:
        # graphql-core checks an implementation's is_type_of before completing it; a
        # nested plan completes objects itself, so it checks too.
        if not is_type_of(source, None):
            raise _Fallback
        return run(source)

    return checked


def _non_null(inner: Complete) -> Complete:
    def complete(value: Any) -> Any:
        if value is None:
            raise _Fallback
        return inner(value)

    return complete


def _list_of(inner: Complete) -> Complete:
    def complete(value: Any) -> Any:
        if value is None:
            return None
        if not isinstance(value, list | tuple):
            raise _Fallback
        return [inner(item) for item in value]

    return complete


def _leaf(coerce: Callable[[Any], Any]) -> Complete:
    def complete(value: Any) -> Any:
        if value is None:
            return None
        coerced = coerce(value)
        if coerced is None or coerced is Undefined:
            raise _Fallback
        return coerced

    return complete


def _object(plan: Plan) -> Complete:
    def complete(value: Any) -> Any:
        return None if value is None else plan(value)

    return complete


def _constant(value: str) -> Complete:
    return lambda _: value


def _nothing(_: Any) -> None:
    return None


class PlainSubtreeExecutor(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Keyed by identity; each entry keeps its field set alive so no id is reused.
        self._plans: dict[tuple[int, int], tuple[GroupedFieldSet, Plan | None]] = {}

    def execute_fields(
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: GroupedFieldSet,
        position_context: Any,
    ) -> AwaitableOrValue[dict[str, Any]]:
        plan = self._plan(parent_type, grouped_field_set)
        if plan is not None:
            try:
                return plan(source_value)
            except Exception:  # noqa: S110 - the normal path below reports it properly
                pass
        return super().execute_fields(
            parent_type, source_value, path, grouped_field_set, position_context
        )

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> Any:
        if path.prev is None and parent_type is self.schema.query_type:
            compiled = compile_root(self, self.context_value, parent_type, field_details_list)
            if compiled is not None:
                return run_or_resolve(
                    compiled,
                    self.context_value,
                    lambda: super(PlainSubtreeExecutor, self).execute_field(
                        parent_type, source, field_details_list, path, position_context
                    ),
                )
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )

    def _plan(self, parent_type: GraphQLObjectType, fields: GroupedFieldSet) -> Plan | None:
        key = (id(parent_type), id(fields))
        cached = self._plans.get(key)
        if cached is None:
            cached = (fields, self._compile(parent_type, fields))
            self._plans[key] = cached
        return cached[1]

    def _compile(self, parent_type: GraphQLObjectType, fields: GroupedFieldSet) -> Plan | None:
        middleware = self.middleware_manager
        if middleware and middleware.middlewares:
            return None
        steps: list[Step] = []
        for response_name, details in fields.items():
            node = details[0].node
            name = node.name.value
            if name == "__typename":
                steps.append((response_name, _nothing, _constant(parent_type.name)))
                continue
            if any(
                d.name.value not in _DIRECTIVES_HANDLED_BY_COLLECTION
                for detail in details
                for d in detail.node.directives or ()
            ):
                return None
            field_def = parent_type.fields.get(name)
            if field_def is None or field_def.args:
                return None
            definition = field_def.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
            if (
                not isinstance(definition, StrawberryField)
                or not definition.is_basic_field
                or definition.default_resolver is not getattr
            ):
                return None
            complete = self._completer(field_def.type, details)
            if complete is None:
                return None
            steps.append((response_name, attrgetter(definition.python_name), complete))
        return _plan_from(steps, cast(IsTypeOf | None, parent_type.is_type_of))

    def _completer(self, type_: GraphQLOutputType, details: FieldDetailsList) -> Complete | None:
        if is_non_null_type(type_):
            inner = self._completer(type_.of_type, details)
            return None if inner is None else _non_null(inner)
        if is_list_type(type_):
            inner = self._completer(type_.of_type, details)
            return None if inner is None else _list_of(inner)
        if is_leaf_type(type_):
            return _leaf(type_.coerce_output_value)
        if is_object_type(type_):
            grouped, defers, *_ = self.collect_subfields(type_, details)
            if defers:
                return None
            plan = self._plan(type_, grouped)
            return None if plan is None else _object(plan)
        if is_abstract_type(type_):
            return self._abstract(type_, details)
        return None

    def _abstract(self, type_: GraphQLAbstractType, details: FieldDetailsList) -> Complete:
        """An interface or union: the value names its own type (strawberry objects carry
        their definition), and each concrete type gets its own plan."""
        plans: dict[str, Plan | None] = {}

        def complete(value: Any) -> Any:
            if value is None:
                return None
            definition = getattr(value, "__strawberry_definition__", None)
            if definition is None:
                raise _Fallback
            name = definition.name
            if name not in plans:
                concrete = self.schema.get_type(name)
                plan = None
                if is_object_type(concrete) and self.schema.is_sub_type(type_, concrete):
                    grouped, defers, *_ = self.collect_subfields(concrete, details)
                    plan = None if defers else self._plan(concrete, grouped)
                plans[name] = plan
            plan = plans[name]
            if plan is None:
                raise _Fallback
            return plan(value)

        return complete
