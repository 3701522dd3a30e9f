"""Whether a query asks for a field below the current one, so a resolver preloads only
what will be read, in one query for the whole list rather than a resolver per object.
"""

from __future__ import annotations

from collections.abc import Iterable

from graphql.pyutils import Path
from strawberry.types.nodes import SelectedField, Selection

from app.api.graphql.context import Info


def _contains(selections: Iterable[Selection], path: tuple[str, ...]) -> bool:
    name, rest = path[0], path[1:]
    for selection in selections:
        if isinstance(selection, SelectedField):
            if selection.name == name and (not rest or _contains(selection.selections, rest)):
                return True
        elif _contains(selection.selections, path):  # a fragment: same level
            return True
    return False


def selects(info: Info, *path: str) -> bool:
    """``selects(info, "edges", "node", "person")``, through fragments and aliases.

    Every item of a list shares one selection set (there are no abstract types here), so
    the answer is worked out once per response path and remembered for the request.
    """
    keys: list[str | int] = []
    at: Path | None = info.path
    while at is not None:
        if isinstance(at.key, str):
            keys.append(at.key)
        at = at.prev
    return info.context.memo((tuple(keys), path), lambda: _below(info, path))


def _below(info: Info, path: tuple[str, ...]) -> bool:
    # One field can be written several times under one response key; graphql merges them.
    children = [
        child
        for field in info.selected_fields
        if isinstance(field, SelectedField)
        for child in field.selections
    ]
    return _contains(children, path)
