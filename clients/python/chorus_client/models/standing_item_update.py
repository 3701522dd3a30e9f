from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StandingItemUpdate")


@_attrs_define
class StandingItemUpdate:
    """
    Attributes:
        position (int | Unset): Move it; past the end means last.
        title (str | Unset):
        topic_tags (list[str] | Unset):
    """

    position: int | Unset = UNSET
    title: str | Unset = UNSET
    topic_tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        title = self.title

        topic_tags: list[str] | Unset = UNSET
        if not isinstance(self.topic_tags, Unset):
            topic_tags = self.topic_tags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if title is not UNSET:
            field_dict["title"] = title
        if topic_tags is not UNSET:
            field_dict["topicTags"] = topic_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        position = d.pop("position", UNSET)

        title = d.pop("title", UNSET)

        topic_tags = cast(list[str], d.pop("topicTags", UNSET))

        standing_item_update = cls(
            position=position,
            title=title,
            topic_tags=topic_tags,
        )

        return standing_item_update
