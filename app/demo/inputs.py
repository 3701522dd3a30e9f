"""Domain inputs built as a client would send them."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic.alias_generators import to_camel

from app.domain.schemas import Input

In = TypeVar("In", bound=Input)


def build(model: type[In], **fields: Any) -> In:
    """Inputs accept their camelCase wire names only; the demo writes Python names and
    goes through the same validation a request does."""
    return model.model_validate({to_camel(name): value for name, value in fields.items()})
