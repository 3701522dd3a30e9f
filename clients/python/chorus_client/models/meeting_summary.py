from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MeetingSummary")


@_attrs_define
class MeetingSummary:
    """
    Attributes:
        board_id (UUID):
        id (UUID):
        starts_at (datetime.datetime):
        title (str):
    """

    board_id: UUID
    id: UUID
    starts_at: datetime.datetime
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_id = str(self.board_id)

        id = str(self.id)

        starts_at = self.starts_at.isoformat()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boardId": board_id,
                "id": id,
                "startsAt": starts_at,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        board_id = UUID(d.pop("boardId"))

        id = UUID(d.pop("id"))

        starts_at = datetime.datetime.fromisoformat(d.pop("startsAt"))

        title = d.pop("title")

        meeting_summary = cls(
            board_id=board_id,
            id=id,
            starts_at=starts_at,
            title=title,
        )

        meeting_summary.additional_properties = d
        return meeting_summary

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
