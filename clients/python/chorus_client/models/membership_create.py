from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.membership_role import MembershipRole
from ..models.membership_status import MembershipStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipCreate")


@_attrs_define
class MembershipCreate:
    """
    Attributes:
        person_id (UUID):
        term_start (datetime.date):
        role (MembershipRole | Unset):
        status (MembershipStatus | Unset):
        term_end (datetime.date | None | Unset):
    """

    person_id: UUID
    term_start: datetime.date
    role: MembershipRole | Unset = UNSET
    status: MembershipStatus | Unset = UNSET
    term_end: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        term_start = self.term_start.isoformat()

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        term_end: None | str | Unset
        if isinstance(self.term_end, Unset):
            term_end = UNSET
        elif isinstance(self.term_end, datetime.date):
            term_end = self.term_end.isoformat()
        else:
            term_end = self.term_end

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "personId": person_id,
                "termStart": term_start,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if term_end is not UNSET:
            field_dict["termEnd"] = term_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = UUID(d.pop("personId"))

        term_start = datetime.date.fromisoformat(d.pop("termStart"))

        _role = d.pop("role", UNSET)
        role: MembershipRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = MembershipRole(_role)

        _status = d.pop("status", UNSET)
        status: MembershipStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MembershipStatus(_status)

        def _parse_term_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                term_end_type_0 = datetime.date.fromisoformat(data)

                return term_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        term_end = _parse_term_end(d.pop("termEnd", UNSET))

        membership_create = cls(
            person_id=person_id,
            term_start=term_start,
            role=role,
            status=status,
            term_end=term_end,
        )

        return membership_create
