from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MinutesOut")


@_attrs_define
class MinutesOut:
    """
    Attributes:
        approved_at (datetime.datetime | None):
        approved_by (None | UUID):
        body (str):
        meeting_id (UUID):
        public_text (None | str): The redacted version for the board's public page (the secretary's); shown there only
            once the minutes are approved.
        quorate (bool | None): Whether the meeting was quorate by the board's quorum, judged at approval from the
            attendance recorded; null while draft. Inquorate minutes can still be approved.
        status (str): draft (seen only by the board's members and staff) or approved.
    """

    approved_at: datetime.datetime | None
    approved_by: None | UUID
    body: str
    meeting_id: UUID
    public_text: None | str
    quorate: bool | None
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        approved_by: None | str
        if isinstance(self.approved_by, UUID):
            approved_by = str(self.approved_by)
        else:
            approved_by = self.approved_by

        body = self.body

        meeting_id = str(self.meeting_id)

        public_text: None | str
        public_text = self.public_text

        quorate: bool | None
        quorate = self.quorate

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approvedAt": approved_at,
                "approvedBy": approved_by,
                "body": body,
                "meetingId": meeting_id,
                "publicText": public_text,
                "quorate": quorate,
                "status": status,
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

        def _parse_approved_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_by_type_0 = UUID(data)

                return approved_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        approved_by = _parse_approved_by(d.pop("approvedBy"))

        body = d.pop("body")

        meeting_id = UUID(d.pop("meetingId"))

        def _parse_public_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        public_text = _parse_public_text(d.pop("publicText"))

        def _parse_quorate(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        quorate = _parse_quorate(d.pop("quorate"))

        status = d.pop("status")

        minutes_out = cls(
            approved_at=approved_at,
            approved_by=approved_by,
            body=body,
            meeting_id=meeting_id,
            public_text=public_text,
            quorate=quorate,
            status=status,
        )

        minutes_out.additional_properties = d
        return minutes_out

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
