from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TermChangeOut")


@_attrs_define
class TermChangeOut:
    """A renewal or stand-down. The reason is shown to coordinators and the member.

    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        kind (str):
        membership_id (UUID):
        previous_term_end (datetime.date | None):
        reason (str):
        term_end (datetime.date | None):
    """

    created_at: datetime.datetime
    id: UUID
    kind: str
    membership_id: UUID
    previous_term_end: datetime.date | None
    reason: str
    term_end: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        kind = self.kind

        membership_id = str(self.membership_id)

        previous_term_end: None | str
        if isinstance(self.previous_term_end, datetime.date):
            previous_term_end = self.previous_term_end.isoformat()
        else:
            previous_term_end = self.previous_term_end

        reason = self.reason

        term_end: None | str
        if isinstance(self.term_end, datetime.date):
            term_end = self.term_end.isoformat()
        else:
            term_end = self.term_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "id": id,
                "kind": kind,
                "membershipId": membership_id,
                "previousTermEnd": previous_term_end,
                "reason": reason,
                "termEnd": term_end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        membership_id = UUID(d.pop("membershipId"))

        def _parse_previous_term_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_term_end_type_0 = datetime.date.fromisoformat(data)

                return previous_term_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        previous_term_end = _parse_previous_term_end(d.pop("previousTermEnd"))

        reason = d.pop("reason")

        def _parse_term_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                term_end_type_0 = datetime.date.fromisoformat(data)

                return term_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        term_end = _parse_term_end(d.pop("termEnd"))

        term_change_out = cls(
            created_at=created_at,
            id=id,
            kind=kind,
            membership_id=membership_id,
            previous_term_end=previous_term_end,
            reason=reason,
            term_end=term_end,
        )

        term_change_out.additional_properties = d
        return term_change_out

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
