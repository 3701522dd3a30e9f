from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnavailabilityOut")


@_attrs_define
class UnavailabilityOut:
    """
    Attributes:
        created_at (datetime.datetime):
        ends_on (datetime.date):
        id (UUID):
        person_id (UUID):
        reason (None | str):
        starts_on (datetime.date):
    """

    created_at: datetime.datetime
    ends_on: datetime.date
    id: UUID
    person_id: UUID
    reason: None | str
    starts_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        ends_on = self.ends_on.isoformat()

        id = str(self.id)

        person_id = str(self.person_id)

        reason: None | str
        reason = self.reason

        starts_on = self.starts_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "endsOn": ends_on,
                "id": id,
                "personId": person_id,
                "reason": reason,
                "startsOn": starts_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        ends_on = datetime.date.fromisoformat(d.pop("endsOn"))

        id = UUID(d.pop("id"))

        person_id = UUID(d.pop("personId"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        starts_on = datetime.date.fromisoformat(d.pop("startsOn"))

        unavailability_out = cls(
            created_at=created_at,
            ends_on=ends_on,
            id=id,
            person_id=person_id,
            reason=reason,
            starts_on=starts_on,
        )

        unavailability_out.additional_properties = d
        return unavailability_out

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
