from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MileageRates")


@_attrs_define
class MileageRates:
    """
    Attributes:
        bicycle_pence (int | Unset):  Default: 20.
        car_after_threshold_pence (int | Unset):  Default: 25.
        car_pence (int | Unset):  Default: 45.
        car_threshold_miles (int | Unset):  Default: 10000.
        motorcycle_pence (int | Unset):  Default: 24.
    """

    bicycle_pence: int | Unset = 20
    car_after_threshold_pence: int | Unset = 25
    car_pence: int | Unset = 45
    car_threshold_miles: int | Unset = 10000
    motorcycle_pence: int | Unset = 24

    def to_dict(self) -> dict[str, Any]:
        bicycle_pence = self.bicycle_pence

        car_after_threshold_pence = self.car_after_threshold_pence

        car_pence = self.car_pence

        car_threshold_miles = self.car_threshold_miles

        motorcycle_pence = self.motorcycle_pence

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bicycle_pence is not UNSET:
            field_dict["bicyclePence"] = bicycle_pence
        if car_after_threshold_pence is not UNSET:
            field_dict["carAfterThresholdPence"] = car_after_threshold_pence
        if car_pence is not UNSET:
            field_dict["carPence"] = car_pence
        if car_threshold_miles is not UNSET:
            field_dict["carThresholdMiles"] = car_threshold_miles
        if motorcycle_pence is not UNSET:
            field_dict["motorcyclePence"] = motorcycle_pence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bicycle_pence = d.pop("bicyclePence", UNSET)

        car_after_threshold_pence = d.pop("carAfterThresholdPence", UNSET)

        car_pence = d.pop("carPence", UNSET)

        car_threshold_miles = d.pop("carThresholdMiles", UNSET)

        motorcycle_pence = d.pop("motorcyclePence", UNSET)

        mileage_rates = cls(
            bicycle_pence=bicycle_pence,
            car_after_threshold_pence=car_after_threshold_pence,
            car_pence=car_pence,
            car_threshold_miles=car_threshold_miles,
            motorcycle_pence=motorcycle_pence,
        )

        return mileage_rates
