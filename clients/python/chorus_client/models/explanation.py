from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.considered import Considered


T = TypeVar("T", bound="Explanation")


@_attrs_define
class Explanation:
    """Why this member, in words, and who else was considered.

    Attributes:
        considered (list[Considered]): Every other pool member, in queue order. Always empty for API clients.
        why (str):
    """

    considered: list[Considered]
    why: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        considered = []
        for considered_item_data in self.considered:
            considered_item = considered_item_data.to_dict()
            considered.append(considered_item)

        why = self.why

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "considered": considered,
                "why": why,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.considered import Considered  # noqa: PLC0415

        d = dict(src_dict)
        considered = []
        _considered = d.pop("considered")
        for considered_item_data in _considered:
            considered_item = Considered.from_dict(considered_item_data)

            considered.append(considered_item)

        why = d.pop("why")

        explanation = cls(
            considered=considered,
            why=why,
        )

        explanation.additional_properties = d
        return explanation

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
