from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.pairing_kind import PairingKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="PairingCreate")


@_attrs_define
class PairingCreate:
    """
    Attributes:
        ends_on (datetime.date):
        kind (PairingKind):
        partner_person_id (UUID): The coach, or (shadowing) the seat holder whose meetings they attend.
        person_id (UUID): The new member, or the shadow.
        starts_on (datetime.date):
        note (None | str | Unset):
    """

    ends_on: datetime.date
    kind: PairingKind
    partner_person_id: UUID
    person_id: UUID
    starts_on: datetime.date
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ends_on = self.ends_on.isoformat()

        kind = self.kind.value

        partner_person_id = str(self.partner_person_id)

        person_id = str(self.person_id)

        starts_on = self.starts_on.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "endsOn": ends_on,
                "kind": kind,
                "partnerPersonId": partner_person_id,
                "personId": person_id,
                "startsOn": starts_on,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ends_on = datetime.date.fromisoformat(d.pop("endsOn"))

        kind = PairingKind(d.pop("kind"))

        partner_person_id = UUID(d.pop("partnerPersonId"))

        person_id = UUID(d.pop("personId"))

        starts_on = datetime.date.fromisoformat(d.pop("startsOn"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        pairing_create = cls(
            ends_on=ends_on,
            kind=kind,
            partner_person_id=partner_person_id,
            person_id=person_id,
            starts_on=starts_on,
            note=note,
        )

        return pairing_create
