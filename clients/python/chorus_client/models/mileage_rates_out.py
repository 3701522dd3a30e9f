from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MileageRatesOut")


@_attrs_define
class MileageRatesOut:
    """
    Attributes:
        bicycle_pence (int):
        car_after_threshold_pence (int):
        car_pence (int):
        car_threshold_miles (int):
        motorcycle_pence (int):
    """

    bicycle_pence: int
    car_after_threshold_pence: int
    car_pence: int
    car_threshold_miles: int
    motorcycle_pence: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bicycle_pence = self.bicycle_pence

        car_after_threshold_pence = self.car_after_threshold_pence

        car_pence = self.car_pence

        car_threshold_miles = self.car_threshold_miles

        motorcycle_pence = self.motorcycle_pence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bicyclePence": bicycle_pence,
                "carAfterThresholdPence": car_after_threshold_pence,
                "carPence": car_pence,
                "carThresholdMiles": car_threshold_miles,
                "motorcyclePence": motorcycle_pence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bicycle_pence = d.pop("bicyclePence")

        car_after_threshold_pence = d.pop("carAfterThresholdPence")

        car_pence = d.pop("carPence")

        car_threshold_miles = d.pop("carThresholdMiles")

        motorcycle_pence = d.pop("motorcyclePence")

        mileage_rates_out = cls(
            bicycle_pence=bicycle_pence,
            car_after_threshold_pence=car_after_threshold_pence,
            car_pence=car_pence,
            car_threshold_miles=car_threshold_miles,
            motorcycle_pence=motorcycle_pence,
        )

        mileage_rates_out.additional_properties = d
        return mileage_rates_out

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
