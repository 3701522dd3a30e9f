from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgendaItemOut")


@_attrs_define
class AgendaItemOut:
    """An item on a meeting's agenda, in order.

    Attributes:
        position (int):
        title (str):
        topic_tags (list[str]): Lower case; matched against declared interests when seats are rotated.
    """

    position: int
    title: str
    topic_tags: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        title = self.title

        topic_tags = self.topic_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "title": title,
                "topicTags": topic_tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        position = d.pop("position")

        title = d.pop("title")

        topic_tags = cast(list[str], d.pop("topicTags"))

        agenda_item_out = cls(
            position=position,
            title=title,
            topic_tags=topic_tags,
        )

        agenda_item_out.additional_properties = d
        return agenda_item_out

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
