"""Base classes for the inputs every transport hands to the domain, and the strict types
for money and dates every input uses."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, ClassVar

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    SecretStr,
    ValidationInfo,
    field_validator,
)
from pydantic.alias_generators import to_camel
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

# NUL and lone UTF-16 surrogates: PostgreSQL cannot store them (and UTF-8 cannot encode a
# surrogate), so they would otherwise surface as a 500 from the database driver.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
UNSTORABLE_RULE = "must not contain NUL characters or lone UTF-16 surrogates"


def is_storable(text: str) -> bool:
    return _UNSTORABLE.search(text) is None


def _unstorable(value: Any) -> str | None:
    """The JSON pointer suffix of the first unstorable text inside a value, or None."""
    if isinstance(value, SecretStr):
        value = value.get_secret_value()
    if isinstance(value, str):
        return "" if not is_storable(value) else None
    if isinstance(value, list | tuple):
        for i, item in enumerate(value):
            if (where := _unstorable(item)) is not None:
                return f"/{i}{where}"
    if isinstance(value, dict):
        for key, item in value.items():
            if (where := _unstorable(key)) is not None or (where := _unstorable(item)) is not None:
                return f"/{key}{where}" if is_storable(str(key)) else ""
    return None


class Input(BaseModel):
    """camelCase on the wire; unknown or read-only fields are refused (no mass assignment);
    no field, present or future, may carry text the database cannot store."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_alias=True,
        validate_by_name=False,
        extra="forbid",
        str_strip_whitespace=True,
    )

    # On every field, so a field added later is covered without anyone remembering to.
    @field_validator("*")
    @classmethod
    def _storable_text(cls, value: Any) -> Any:
        where = _unstorable(value)
        if where is not None:
            raise PydanticCustomError(
                "text_unstorable", UNSTORABLE_RULE + ("" if not where else f" (at {where})")
            )
        return value


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

    # The fields are typed ``X | None`` only so that leaving one out can default to None;
    # the published schema must say what the server takes, so a NOT_NULL field loses its
    # null branch there (it stays optional: not in ``required``). Here, in the base, so
    # every Patch model publishes the truth without its own declaration.
    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        properties = handler.resolve_ref_schema(schema).get("properties", {})
        for name in cls.NOT_NULL:
            field = cls.model_fields[name]
            prop = properties.get(field.alias or name)
            if prop is not None:
                _drop_null(prop)
        return schema


def _drop_null(prop: dict[str, Any]) -> None:
    branches = [b for b in prop.pop("anyOf", []) if b != {"type": "null"}]
    if len(branches) == 1:
        prop.update(branches[0])
    elif branches:
        prop["anyOf"] = branches
    if prop.get("default", ...) is None:
        del prop["default"]


# Money is a JSON integer of pence: "9.00", 9.0 and true are refused, never read as 9p/1p.
StrictPence = Annotated[int, Field(strict=True)]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})")


def _iso_date(value: Any) -> Any:
    # GraphQL's Date scalar hands over a date already; JSON must send "YYYY-MM-DD".
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    raise PydanticCustomError("iso_date", "must be an ISO 8601 date such as 2026-01-31")


def _iso_datetime(value: Any) -> Any:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and _ISO_DATETIME.fullmatch(value.upper()):
        return value
    raise PydanticCustomError(
        "iso_datetime",
        "must be an ISO 8601 date and time with an offset, such as 2026-01-31T10:00:00+00:00",
    )


# Integers (read as Unix times) and datetimes are not dates.
IsoDate = Annotated[date, BeforeValidator(_iso_date)]
IsoDateTime = Annotated[AwareDatetime, BeforeValidator(_iso_datetime)]
