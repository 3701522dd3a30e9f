from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.supervision_kind import SupervisionKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SupervisionRecordCreate")


@_attrs_define
class SupervisionRecordCreate:
    """
    Attributes:
        held_on (datetime.date):
        kind (SupervisionKind):
        next_on (datetime.date | None | Unset):
        notes (None | str | Unset):
    """

    held_on: datetime.date
    kind: SupervisionKind
    next_on: datetime.date | None | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        held_on = self.held_on.isoformat()

        kind = self.kind.value

        next_on: None | str | Unset
        if isinstance(self.next_on, Unset):
            next_on = UNSET
        elif isinstance(self.next_on, datetime.date):
            next_on = self.next_on.isoformat()
        else:
            next_on = self.next_on

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "heldOn": held_on,
                "kind": kind,
            }
        )
        if next_on is not UNSET:
            field_dict["nextOn"] = next_on
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("heldOn"))

        kind = SupervisionKind(d.pop("kind"))

        def _parse_next_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_on_type_0 = datetime.date.fromisoformat(data)

                return next_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_on = _parse_next_on(d.pop("nextOn", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        supervision_record_create = cls(
            held_on=held_on,
            kind=kind,
            next_on=next_on,
            notes=notes,
        )

        return supervision_record_create
