from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.planned_out import PlannedOut


T = TypeVar("T", bound="RotaOut")


@_attrs_define
class RotaOut:
    """
    Attributes:
        already_assigned (int): Meetings in range that already had a holder and were left as they were.
        dry_run (bool):
        planned (list[PlannedOut]):
        seat_id (UUID):
    """

    already_assigned: int
    dry_run: bool
    planned: list[PlannedOut]
    seat_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        already_assigned = self.already_assigned

        dry_run = self.dry_run

        planned = []
        for planned_item_data in self.planned:
            planned_item = planned_item_data.to_dict()
            planned.append(planned_item)

        seat_id = str(self.seat_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alreadyAssigned": already_assigned,
                "dryRun": dry_run,
                "planned": planned,
                "seatId": seat_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.planned_out import PlannedOut  # noqa: PLC0415

        d = dict(src_dict)
        already_assigned = d.pop("alreadyAssigned")

        dry_run = d.pop("dryRun")

        planned = []
        _planned = d.pop("planned")
        for planned_item_data in _planned:
            planned_item = PlannedOut.from_dict(planned_item_data)

            planned.append(planned_item)

        seat_id = UUID(d.pop("seatId"))

        rota_out = cls(
            already_assigned=already_assigned,
            dry_run=dry_run,
            planned=planned,
            seat_id=seat_id,
        )

        rota_out.additional_properties = d
        return rota_out

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
