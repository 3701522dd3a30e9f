from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvolvementRateOut")


@_attrs_define
class InvolvementRateOut:
    """
    Attributes:
        full_day_pence (int):
        half_day_pence (int):
    """

    full_day_pence: int
    half_day_pence: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_day_pence = self.full_day_pence

        half_day_pence = self.half_day_pence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        involvement_rate_out = cls(
            full_day_pence=full_day_pence,
            half_day_pence=half_day_pence,
        )

        involvement_rate_out.additional_properties = d
        return involvement_rate_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
