from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supervision_kind import SupervisionKind

T = TypeVar("T", bound="SupervisionRecordOut")


@_attrs_define
class SupervisionRecordOut:
    """Private to the member, their supervisor and the safeguarding lead.

    Attributes:
        created_at (datetime.datetime):
        created_by (UUID):
        held_on (datetime.date):
        id (UUID):
        kind (SupervisionKind):
        member_id (UUID):
        next_on (datetime.date | None):
        notes (None | str):
        supervisor_id (UUID):
    """

    created_at: datetime.datetime
    created_by: UUID
    held_on: datetime.date
    id: UUID
    kind: SupervisionKind
    member_id: UUID
    next_on: datetime.date | None
    notes: None | str
    supervisor_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by = str(self.created_by)

        held_on = self.held_on.isoformat()

        id = str(self.id)

        kind = self.kind.value

        member_id = str(self.member_id)

        next_on: None | str
        if isinstance(self.next_on, datetime.date):
            next_on = self.next_on.isoformat()
        else:
            next_on = self.next_on

        notes: None | str
        notes = self.notes

        supervisor_id = str(self.supervisor_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "createdBy": created_by,
                "heldOn": held_on,
                "id": id,
                "kind": kind,
                "memberId": member_id,
                "nextOn": next_on,
                "notes": notes,
                "supervisorId": supervisor_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        created_by = UUID(d.pop("createdBy"))

        held_on = datetime.date.fromisoformat(d.pop("heldOn"))

        id = UUID(d.pop("id"))

        kind = SupervisionKind(d.pop("kind"))

        member_id = UUID(d.pop("memberId"))

        def _parse_next_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_on_type_0 = datetime.date.fromisoformat(data)

                return next_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_on = _parse_next_on(d.pop("nextOn"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        supervisor_id = UUID(d.pop("supervisorId"))

        supervision_record_out = cls(
            created_at=created_at,
            created_by=created_by,
            held_on=held_on,
            id=id,
            kind=kind,
            member_id=member_id,
            next_on=next_on,
            notes=notes,
            supervisor_id=supervisor_id,
        )

        supervision_record_out.additional_properties = d
        return supervision_record_out

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
