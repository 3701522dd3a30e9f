from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SeatSettingsOut")


@_attrs_define
class SeatSettingsOut:
    """How an advisory board runs its seats.

    Attributes:
        allow_two_seats (bool): One person may hold two seats at a meeting.
        board_id (UUID):
        declined_fixed_to_pool (bool): A fixed seat declined without a named substitute goes to the rotation pool for
            that meeting; otherwise it stays empty.
    """

    allow_two_seats: bool
    board_id: UUID
    declined_fixed_to_pool: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_two_seats = self.allow_two_seats

        board_id = str(self.board_id)

        declined_fixed_to_pool = self.declined_fixed_to_pool

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowTwoSeats": allow_two_seats,
                "boardId": board_id,
                "declinedFixedToPool": declined_fixed_to_pool,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_two_seats = d.pop("allowTwoSeats")

        board_id = UUID(d.pop("boardId"))

        declined_fixed_to_pool = d.pop("declinedFixedToPool")

        seat_settings_out = cls(
            allow_two_seats=allow_two_seats,
            board_id=board_id,
            declined_fixed_to_pool=declined_fixed_to_pool,
        )

        seat_settings_out.additional_properties = d
        return seat_settings_out

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
