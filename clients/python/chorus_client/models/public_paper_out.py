from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicPaperOut")


@_attrs_define
class PublicPaperOut:
    """
    Attributes:
        id (UUID): Its file, for anyone: GET /api/v1/public/boards/{slug}/papers/{id}/content.
        meeting_id (UUID):
        meeting_starts_at (datetime.datetime):
        meeting_title (str):
        released_at (datetime.datetime): Circulated, or out of embargo if later.
        title (str):
    """

    id: UUID
    meeting_id: UUID
    meeting_starts_at: datetime.datetime
    meeting_title: str
    released_at: datetime.datetime
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        meeting_id = str(self.meeting_id)

        meeting_starts_at = self.meeting_starts_at.isoformat()

        meeting_title = self.meeting_title

        released_at = self.released_at.isoformat()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "meetingId": meeting_id,
                "meetingStartsAt": meeting_starts_at,
                "meetingTitle": meeting_title,
                "releasedAt": released_at,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        meeting_id = UUID(d.pop("meetingId"))

        meeting_starts_at = datetime.datetime.fromisoformat(d.pop("meetingStartsAt"))

        meeting_title = d.pop("meetingTitle")

        released_at = datetime.datetime.fromisoformat(d.pop("releasedAt"))

        title = d.pop("title")

        public_paper_out = cls(
            id=id,
            meeting_id=meeting_id,
            meeting_starts_at=meeting_starts_at,
            meeting_title=meeting_title,
            released_at=released_at,
            title=title,
        )

        public_paper_out.additional_properties = d
        return public_paper_out

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
