from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SeatSettingsInput")


@_attrs_define
class SeatSettingsInput:
    """
    Attributes:
        allow_two_seats (bool | Unset): One person may hold two seats at the same meeting. Default: False.
        declined_fixed_to_pool (bool | Unset): A fixed seat declined without a named substitute goes to the rotation
            pool for that meeting; otherwise it stays empty. Default: False.
    """

    allow_two_seats: bool | Unset = False
    declined_fixed_to_pool: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        allow_two_seats = self.allow_two_seats

        declined_fixed_to_pool = self.declined_fixed_to_pool

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allow_two_seats is not UNSET:
            field_dict["allowTwoSeats"] = allow_two_seats
        if declined_fixed_to_pool is not UNSET:
            field_dict["declinedFixedToPool"] = declined_fixed_to_pool

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_two_seats = d.pop("allowTwoSeats", UNSET)

        declined_fixed_to_pool = d.pop("declinedFixedToPool", UNSET)

        seat_settings_input = cls(
            allow_two_seats=allow_two_seats,
            declined_fixed_to_pool=declined_fixed_to_pool,
        )

        return seat_settings_input
