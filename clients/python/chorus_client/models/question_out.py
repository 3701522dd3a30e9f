from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.descriptor_out import DescriptorOut


T = TypeVar("T", bound="QuestionOut")


@_attrs_define
class QuestionOut:
    """
    Attributes:
        created_at (datetime.datetime):
        descriptors (list[DescriptorOut]): What each point of the scale means.
        id (UUID):
        lot_id (UUID):
        position (int):
        scale_max (int):
        scale_min (int):
        text (str):
        weight (int):
    """

    created_at: datetime.datetime
    descriptors: list[DescriptorOut]
    id: UUID
    lot_id: UUID
    position: int
    scale_max: int
    scale_min: int
    text: str
    weight: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        descriptors = []
        for descriptors_item_data in self.descriptors:
            descriptors_item = descriptors_item_data.to_dict()
            descriptors.append(descriptors_item)

        id = str(self.id)

        lot_id = str(self.lot_id)

        position = self.position

        scale_max = self.scale_max

        scale_min = self.scale_min

        text = self.text

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "descriptors": descriptors,
                "id": id,
                "lotId": lot_id,
                "position": position,
                "scaleMax": scale_max,
                "scaleMin": scale_min,
                "text": text,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.descriptor_out import DescriptorOut  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        descriptors = []
        _descriptors = d.pop("descriptors")
        for descriptors_item_data in _descriptors:
            descriptors_item = DescriptorOut.from_dict(descriptors_item_data)

            descriptors.append(descriptors_item)

        id = UUID(d.pop("id"))

        lot_id = UUID(d.pop("lotId"))

        position = d.pop("position")

        scale_max = d.pop("scaleMax")

        scale_min = d.pop("scaleMin")

        text = d.pop("text")

        weight = d.pop("weight")

        question_out = cls(
            created_at=created_at,
            descriptors=descriptors,
            id=id,
            lot_id=lot_id,
            position=position,
            scale_max=scale_max,
            scale_min=scale_min,
            text=text,
            weight=weight,
        )

        question_out.additional_properties = d
        return question_out

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
