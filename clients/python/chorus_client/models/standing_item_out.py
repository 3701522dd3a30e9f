from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StandingItemOut")


@_attrs_define
class StandingItemOut:
    """An item every new meeting of the board starts its agenda with (copied).

    Attributes:
        board_id (UUID):
        created_at (datetime.datetime):
        id (UUID):
        position (int): 1 is first; no gaps.
        title (str):
        topic_tags (list[str]):
        updated_at (datetime.datetime | None):
    """

    board_id: UUID
    created_at: datetime.datetime
    id: UUID
    position: int
    title: str
    topic_tags: list[str]
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_id = str(self.board_id)

        created_at = self.created_at.isoformat()

        id = str(self.id)

        position = self.position

        title = self.title

        topic_tags = self.topic_tags

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boardId": board_id,
                "createdAt": created_at,
                "id": id,
                "position": position,
                "title": title,
                "topicTags": topic_tags,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        board_id = UUID(d.pop("boardId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = UUID(d.pop("id"))

        position = d.pop("position")

        title = d.pop("title")

        topic_tags = cast(list[str], d.pop("topicTags"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updatedAt"))

        standing_item_out = cls(
            board_id=board_id,
            created_at=created_at,
            id=id,
            position=position,
            title=title,
            topic_tags=topic_tags,
            updated_at=updated_at,
        )

        standing_item_out.additional_properties = d
        return standing_item_out

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
