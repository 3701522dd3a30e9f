"""The base every view extends, and the markers that say where a field appears."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

T = TypeVar("T")


class View(BaseModel):
    # Built from ORM rows or plain row mappings, written out in camelCase. from_attributes
    # tries each camelCase alias before the field name, so hot lists validate plain dicts
    # in one call instead (see the boards list).
    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_name=True,
        serialize_by_alias=True,
        from_attributes=True,
    )


class PageOut(View, Generic[T]):
    items: list[T]
    next_cursor: str | None


def json_keys(view: type[BaseModel]) -> tuple[tuple[str, str], ...]:
    """The keys a view writes, each with the field (and column) behind it, in order: what
    a read the database writes as JSON needs to write the same body."""
    return tuple(
        (info.serialization_alias or info.alias or name, name)
        for name, info in view.model_fields.items()
        if not info.exclude
    )


def graphql_only(description: str) -> Any:
    """A field GraphQL shows and REST leaves out: REST carries the row version as an
    ETag header, GraphQL has no headers and returns it as a field instead. pydantic drops
    excluded fields from serialisation and from the response schema alike."""
    return Field(exclude=True, description=description)


def version_field(mutation: str) -> Any:
    return graphql_only(f"The row version: send it back as `version` to {mutation}.")


@dataclass(frozen=True)
class GraphQLName:
    """``Annotated`` metadata: GraphQL publishes this field under another name. Both
    contracts predate the shared views and partners code against each, so a field the two
    named differently keeps both names (REST's differs from the row's by
    ``serialization_alias``)."""

    name: str
