from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StandingItemCreate")


@_attrs_define
class StandingItemCreate:
    """
    Attributes:
        title (str):
        position (int | None | Unset): Where it goes in the list (1 is first); the end when not given. Items at and
            after it move down one.
        topic_tags (list[str] | Unset):
    """

    title: str
    position: int | None | Unset = UNSET
    topic_tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        topic_tags: list[str] | Unset = UNSET
        if not isinstance(self.topic_tags, Unset):
            topic_tags = self.topic_tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
        if topic_tags is not UNSET:
            field_dict["topicTags"] = topic_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        topic_tags = cast(list[str], d.pop("topicTags", UNSET))

        standing_item_create = cls(
            title=title,
            position=position,
            topic_tags=topic_tags,
        )

        return standing_item_create
