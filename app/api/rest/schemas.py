"""Output models shared by the REST routers."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel

T = TypeVar("T")


class Out(BaseModel):
    # Built from ORM rows, written out in camelCase. from_attributes tries each camelCase
    # alias before the field name, so hot lists validate plain dicts in one call instead
    # (see the boards list).
    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_name=True,
        serialize_by_alias=True,
        from_attributes=True,
    )


class PageOut(Out, Generic[T]):
    items: list[T]
    next_cursor: str | None
