from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgendaItemInput")


@_attrs_define
class AgendaItemInput:
    """
    Attributes:
        title (str):
        topic_tags (list[str] | Unset):
    """

    title: str
    topic_tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        topic_tags: list[str] | Unset = UNSET
        if not isinstance(self.topic_tags, Unset):
            topic_tags = self.topic_tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if topic_tags is not UNSET:
            field_dict["topicTags"] = topic_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        topic_tags = cast(list[str], d.pop("topicTags", UNSET))

        agenda_item_input = cls(
            title=title,
            topic_tags=topic_tags,
        )

        return agenda_item_input
