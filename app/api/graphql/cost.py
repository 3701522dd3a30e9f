"""A cost limit on GraphQL documents: the rows a query could make the server fetch and
build, estimated from the document alone and refused before anything runs.

Depth and alias limits alone let ``a1: boards { meetings { papers { recipients } } }``
through fifteen times: four levels of 50 are six million rows. The estimate multiplies
down the nesting, so it grows the way the work does:

- a connection (a field with a ``first`` argument) costs ``first`` rows for each row of
  its parent: the literal given, or the argument's default when none is, or the largest
  page (``MAX_LIMIT``) when it is a variable: validation runs, and is cached, before
  variables are known, and a variable's default can be overridden by the request;
- its ``edges`` are those same rows, not more;
- any other list of objects costs ``LIST_ESTIMATE`` rows for each parent row (such
  lists are bounded by the domain, a meeting's agenda or a claim's lines, not paged);
- a single object costs nothing of its own but carries its parent's multiplier down.

Aliases and fragment spreads are counted once per place they occur, which is what
executing them costs. Introspection is free: its size is the schema's, not the data's.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLObjectType,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationContext,
    ValidationRule,
    VariableNode,
    get_named_type,
    get_nullable_type,
    is_composite_type,
)

from app.domain.pagination import MAX_LIMIT

LIST_ESTIMATE = 10
"""Rows assumed for a list that is not a connection."""


def create_cost_rule(max_cost: int) -> type[ValidationRule]:
    class CostLimit(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
            context = self.context
            root = context.schema.get_root_type(node.operation)
            if root is None:
                return
            cost = _Estimate(context).cost(node.selection_set, root, 1, frozenset())
            if cost > max_cost:
                name = f"'{node.name.value}' " if node.name else ""
                context.report_error(
                    GraphQLError(
                        f"The operation {name}could fetch about {cost} rows, more than the "
                        f"limit of {max_cost}: ask for smaller pages (`first`) or fewer "
                        "aliased copies.",
                        node,
                    )
                )

    return CostLimit


class _Estimate:
    """One operation's estimate. The cost is linear in the multiplier, so a fragment is
    costed once per type at 1 and scaled: fragments spreading fragments twice at every
    level would otherwise take exponential time to validate."""

    def __init__(self, context: ValidationContext) -> None:
        self.context = context
        self._fragments: dict[tuple[str, str], int] = {}

    def cost(
        self,
        selections: SelectionSetNode,
        parent: GraphQLNamedType,
        multiplier: int,
        path: frozenset[str],
    ) -> int:
        total = 0
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                total += self._field(selection, parent, multiplier, path)
            elif isinstance(selection, InlineFragmentNode):
                inner = parent
                if selection.type_condition is not None:
                    name = selection.type_condition.name.value
                    inner = self.context.schema.get_type(name) or parent
                total += self.cost(selection.selection_set, inner, multiplier, path)
            elif isinstance(selection, FragmentSpreadNode):
                total += multiplier * self._fragment(selection.name.value, parent, path)
        return total

    def _fragment(self, name: str, parent: GraphQLNamedType, path: frozenset[str]) -> int:
        fragment = self.context.get_fragment(name)
        # A cycle is another rule's error; here it must only not recurse for ever.
        if fragment is None or name in path:
            return 0
        inner = self.context.schema.get_type(fragment.type_condition.name.value) or parent
        key = (name, inner.name)
        if key not in self._fragments:
            self._fragments[key] = self.cost(fragment.selection_set, inner, 1, path | {name})
        return self._fragments[key]

    def _field(
        self,
        selection: FieldNode,
        parent: GraphQLNamedType,
        multiplier: int,
        path: frozenset[str],
    ) -> int:
        name = selection.name.value
        if selection.selection_set is None or name.startswith("__"):
            return 0
        if not isinstance(parent, GraphQLObjectType | GraphQLInterfaceType):
            return 0
        definition = parent.fields.get(name)
        if definition is None:
            return 0  # an unknown field is FieldsOnCorrectTypeRule's error
        target = get_named_type(definition.type)
        if not is_composite_type(target):
            return 0
        rows = _rows(definition, selection, parent)
        here = multiplier * rows
        own = here if rows != 1 or "first" in definition.args else 0
        return own + self.cost(selection.selection_set, target, here, path)


def _rows(
    definition: GraphQLField,
    selection: FieldNode,
    parent: GraphQLObjectType | GraphQLInterfaceType,
) -> int:
    if "first" in definition.args:
        return _first(definition, selection)
    if isinstance(get_nullable_type(definition.type), GraphQLList):
        # A connection's edges are the rows its `first` already counted.
        if selection.name.value == "edges" and "pageInfo" in parent.fields:
            return 1
        return LIST_ESTIMATE
    return 1


def _first(definition: GraphQLField, selection: FieldNode) -> int:
    given = next((a.value for a in selection.arguments or () if a.name.value == "first"), None)
    if isinstance(given, VariableNode):
        return MAX_LIMIT
    if isinstance(given, IntValueNode):
        return max(int(given.value), 0)
    default = definition.args["first"].default_value
    return default if isinstance(default, int) else MAX_LIMIT
