from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ErasureOut")


@_attrs_define
class ErasureOut:
    """A person erased: the record is kept as "former member", with nothing identifying.

    Attributes:
        erased_at (datetime.datetime):
        erased_by (None | UUID):
        id (UUID):
        person_id (UUID):
    """

    erased_at: datetime.datetime
    erased_by: None | UUID
    id: UUID
    person_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        erased_at = self.erased_at.isoformat()

        erased_by: None | str
        if isinstance(self.erased_by, UUID):
            erased_by = str(self.erased_by)
        else:
            erased_by = self.erased_by

        id = str(self.id)

        person_id = str(self.person_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "erasedAt": erased_at,
                "erasedBy": erased_by,
                "id": id,
                "personId": person_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        erased_at = datetime.datetime.fromisoformat(d.pop("erasedAt"))

        def _parse_erased_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                erased_by_type_0 = UUID(data)

                return erased_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        erased_by = _parse_erased_by(d.pop("erasedBy"))

        id = UUID(d.pop("id"))

        person_id = UUID(d.pop("personId"))

        erasure_out = cls(
            erased_at=erased_at,
            erased_by=erased_by,
            id=id,
            person_id=person_id,
        )

        erasure_out.additional_properties = d
        return erasure_out

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
