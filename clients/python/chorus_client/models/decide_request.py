from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DecideRequest")


@_attrs_define
class DecideRequest:
    """
    Attributes:
        reasons (str): Why, for the record.
    """

    reasons: str

    def to_dict(self) -> dict[str, Any]:
        reasons = self.reasons

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reasons = d.pop("reasons")

        decide_request = cls(
            reasons=reasons,
        )

        return decide_request
