from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pairing_kind import PairingKind

T = TypeVar("T", bound="PairingOut")


@_attrs_define
class PairingOut:
    """A coach and a new member, or a shadow and the seat holder whose meetings they
    attend, for a period (dates inclusive).

        Attributes:
            created_at (datetime.datetime):
            ends_on (datetime.date):
            id (UUID):
            kind (PairingKind):
            note (None | str):
            partner_person_id (UUID): The coach, or the seat holder.
            person_id (UUID): The new member, or the shadow.
            starts_on (datetime.date):
    """

    created_at: datetime.datetime
    ends_on: datetime.date
    id: UUID
    kind: PairingKind
    note: None | str
    partner_person_id: UUID
    person_id: UUID
    starts_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        ends_on = self.ends_on.isoformat()

        id = str(self.id)

        kind = self.kind.value

        note: None | str
        note = self.note

        partner_person_id = str(self.partner_person_id)

        person_id = str(self.person_id)

        starts_on = self.starts_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "endsOn": ends_on,
                "id": id,
                "kind": kind,
                "note": note,
                "partnerPersonId": partner_person_id,
                "personId": person_id,
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

        kind = PairingKind(d.pop("kind"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        partner_person_id = UUID(d.pop("partnerPersonId"))

        person_id = UUID(d.pop("personId"))

        starts_on = datetime.date.fromisoformat(d.pop("startsOn"))

        pairing_out = cls(
            created_at=created_at,
            ends_on=ends_on,
            id=id,
            kind=kind,
            note=note,
            partner_person_id=partner_person_id,
            person_id=person_id,
            starts_on=starts_on,
        )

        pairing_out.additional_properties = d
        return pairing_out

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
