from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScheduleSeatOut")


@_attrs_define
class ScheduleSeatOut:
    """A seat the caller holds at the meeting.

    Attributes:
        assignment_id (UUID): To decline it: `/assignments/{id}/decline`.
        seat_id (UUID):
        seat_name (str):
    """

    assignment_id: UUID
    seat_id: UUID
    seat_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignment_id = str(self.assignment_id)

        seat_id = str(self.seat_id)

        seat_name = self.seat_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignmentId": assignment_id,
                "seatId": seat_id,
                "seatName": seat_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignment_id = UUID(d.pop("assignmentId"))

        seat_id = UUID(d.pop("seatId"))

        seat_name = d.pop("seatName")

        schedule_seat_out = cls(
            assignment_id=assignment_id,
            seat_id=seat_id,
            seat_name=seat_name,
        )

        schedule_seat_out.additional_properties = d
        return schedule_seat_out

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
