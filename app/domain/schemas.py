"""Base classes for the inputs every transport hands to the domain."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, model_validator
from pydantic.alias_generators import to_camel


class Input(BaseModel):
    """camelCase on the wire; unknown or read-only fields are refused (no mass assignment)."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_alias=True,
        validate_by_name=False,
        extra="forbid",
        str_strip_whitespace=True,
    )


class Patch(Input):
    """All fields optional; only those sent are applied. ``NOT_NULL`` fields refuse null."""

    NOT_NULL: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="after")
    def _refuse_null(self) -> Patch:
        for name in self.model_fields_set & self.NOT_NULL:
            if getattr(self, name) is None:
                raise ValueError(f"{to_camel(name)} cannot be null")
        return self

    def changes(self) -> dict[str, Any]:
        return self.model_dump(exclude_unset=True)
