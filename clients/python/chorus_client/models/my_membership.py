from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MyMembership")


@_attrs_define
class MyMembership:
    """
    Attributes:
        board_id (UUID):
        id (UUID):
        role (str):
        status (str):
        term_end (datetime.date | None):
        term_start (datetime.date):
    """

    board_id: UUID
    id: UUID
    role: str
    status: str
    term_end: datetime.date | None
    term_start: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_id = str(self.board_id)

        id = str(self.id)

        role = self.role

        status = self.status

        term_end: None | str
        if isinstance(self.term_end, datetime.date):
            term_end = self.term_end.isoformat()
        else:
            term_end = self.term_end

        term_start = self.term_start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boardId": board_id,
                "id": id,
                "role": role,
                "status": status,
                "termEnd": term_end,
                "termStart": term_start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        board_id = UUID(d.pop("boardId"))

        id = UUID(d.pop("id"))

        role = d.pop("role")

        status = d.pop("status")

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

        term_start = datetime.date.fromisoformat(d.pop("termStart"))

        my_membership = cls(
            board_id=board_id,
            id=id,
            role=role,
            status=status,
            term_end=term_end,
            term_start=term_start,
        )

        my_membership.additional_properties = d
        return my_membership

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
