from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PrivateReadOut")


@_attrs_define
class PrivateReadOut:
    """Someone reading a person's private fields: who, when, which field group.

    Attributes:
        created_at (datetime.datetime):
        field_group (str):
        id (UUID):
        reader_id (UUID):
        reader_type (str):
        request_id (None | str):
        subject_id (UUID):
    """

    created_at: datetime.datetime
    field_group: str
    id: UUID
    reader_id: UUID
    reader_type: str
    request_id: None | str
    subject_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        field_group = self.field_group

        id = str(self.id)

        reader_id = str(self.reader_id)

        reader_type = self.reader_type

        request_id: None | str
        request_id = self.request_id

        subject_id = str(self.subject_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "fieldGroup": field_group,
                "id": id,
                "readerId": reader_id,
                "readerType": reader_type,
                "requestId": request_id,
                "subjectId": subject_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        field_group = d.pop("fieldGroup")

        id = UUID(d.pop("id"))

        reader_id = UUID(d.pop("readerId"))

        reader_type = d.pop("readerType")

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("requestId"))

        subject_id = UUID(d.pop("subjectId"))

        private_read_out = cls(
            created_at=created_at,
            field_group=field_group,
            id=id,
            reader_id=reader_id,
            reader_type=reader_type,
            request_id=request_id,
            subject_id=subject_id,
        )

        private_read_out.additional_properties = d
        return private_read_out

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
