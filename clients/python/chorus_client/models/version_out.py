from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VersionOut")


@_attrs_define
class VersionOut:
    """One upload of a paper's file. Versions never change.

    Attributes:
        change_note (None | str):
        created_at (datetime.datetime):
        filename (str):
        media_type (str):
        number (int):
        sha256 (str): The SHA-256 of the file, in hex.
        size_bytes (int): In bytes.
    """

    change_note: None | str
    created_at: datetime.datetime
    filename: str
    media_type: str
    number: int
    sha256: str
    size_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change_note: None | str
        change_note = self.change_note

        created_at = self.created_at.isoformat()

        filename = self.filename

        media_type = self.media_type

        number = self.number

        sha256 = self.sha256

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changeNote": change_note,
                "createdAt": created_at,
                "filename": filename,
                "mediaType": media_type,
                "number": number,
                "sha256": sha256,
                "sizeBytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_change_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        change_note = _parse_change_note(d.pop("changeNote"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        filename = d.pop("filename")

        media_type = d.pop("mediaType")

        number = d.pop("number")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("sizeBytes")

        version_out = cls(
            change_note=change_note,
            created_at=created_at,
            filename=filename,
            media_type=media_type,
            number=number,
            sha256=sha256,
            size_bytes=size_bytes,
        )

        version_out.additional_properties = d
        return version_out

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
