"""Base classes for the inputs every transport hands to the domain."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator
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

    # A field validator, not a model one, so the error points at the field. It runs only
    # for fields that were sent: defaults are not validated.
    @field_validator("*")
    @classmethod
    def _refuse_null(cls, value: Any, info: ValidationInfo) -> Any:
        if value is None and info.field_name in cls.NOT_NULL:
            raise ValueError(f"{to_camel(info.field_name)} cannot be null")
        return value

    def changes(self) -> dict[str, Any]:
        return self.model_dump(exclude_unset=True)
