from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_role import MembershipRole
from ..models.membership_status import MembershipStatus

T = TypeVar("T", bound="MembershipOut")


@_attrs_define
class MembershipOut:
    """A person's seat on a board, in a role, for a term.

    Attributes:
        board_id (UUID):
        created_at (datetime.datetime):
        id (UUID):
        person_id (UUID):
        role (MembershipRole):
        status (MembershipStatus):
        term_end (datetime.date | None):
        term_start (datetime.date):
        updated_at (datetime.datetime | None):
    """

    board_id: UUID
    created_at: datetime.datetime
    id: UUID
    person_id: UUID
    role: MembershipRole
    status: MembershipStatus
    term_end: datetime.date | None
    term_start: datetime.date
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_id = str(self.board_id)

        created_at = self.created_at.isoformat()

        id = str(self.id)

        person_id = str(self.person_id)

        role = self.role.value

        status = self.status.value

        term_end: None | str
        if isinstance(self.term_end, datetime.date):
            term_end = self.term_end.isoformat()
        else:
            term_end = self.term_end

        term_start = self.term_start.isoformat()

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boardId": board_id,
                "createdAt": created_at,
                "id": id,
                "personId": person_id,
                "role": role,
                "status": status,
                "termEnd": term_end,
                "termStart": term_start,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        board_id = UUID(d.pop("boardId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = UUID(d.pop("id"))

        person_id = UUID(d.pop("personId"))

        role = MembershipRole(d.pop("role"))

        status = MembershipStatus(d.pop("status"))

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

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updatedAt"))

        membership_out = cls(
            board_id=board_id,
            created_at=created_at,
            id=id,
            person_id=person_id,
            role=role,
            status=status,
            term_end=term_end,
            term_start=term_start,
            updated_at=updated_at,
        )

        membership_out.additional_properties = d
        return membership_out

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
