from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InvolvementRate")


@_attrs_define
class InvolvementRate:
    """
    Attributes:
        full_day_pence (int):
        half_day_pence (int):
    """

    full_day_pence: int
    half_day_pence: int

    def to_dict(self) -> dict[str, Any]:
        full_day_pence = self.full_day_pence

        half_day_pence = self.half_day_pence

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fullDayPence": full_day_pence,
                "halfDayPence": half_day_pence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_day_pence = d.pop("fullDayPence")

        half_day_pence = d.pop("halfDayPence")

        involvement_rate = cls(
            full_day_pence=full_day_pence,
            half_day_pence=half_day_pence,
        )

        return involvement_rate
