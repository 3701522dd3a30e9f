from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicMinutesOut")


@_attrs_define
class PublicMinutesOut:
    """
    Attributes:
        approved_at (datetime.datetime | None):
        meeting_id (UUID):
        meeting_starts_at (datetime.datetime):
        meeting_title (str):
        text (str): The secretary's public version, passages redacted.
    """

    approved_at: datetime.datetime | None
    meeting_id: UUID
    meeting_starts_at: datetime.datetime
    meeting_title: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        meeting_id = str(self.meeting_id)

        meeting_starts_at = self.meeting_starts_at.isoformat()

        meeting_title = self.meeting_title

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approvedAt": approved_at,
                "meetingId": meeting_id,
                "meetingStartsAt": meeting_starts_at,
                "meetingTitle": meeting_title,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approvedAt"))

        meeting_id = UUID(d.pop("meetingId"))

        meeting_starts_at = datetime.datetime.fromisoformat(d.pop("meetingStartsAt"))

        meeting_title = d.pop("meetingTitle")

        text = d.pop("text")

        public_minutes_out = cls(
            approved_at=approved_at,
            meeting_id=meeting_id,
            meeting_starts_at=meeting_starts_at,
            meeting_title=meeting_title,
            text=text,
        )

        public_minutes_out.additional_properties = d
        return public_minutes_out

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
