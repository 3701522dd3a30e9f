from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_role import MembershipRole
from ..models.membership_status import MembershipStatus

if TYPE_CHECKING:
    from ..models.person_private import PersonPrivate
    from ..models.person_public import PersonPublic


T = TypeVar("T", bound="MembershipWithPerson")


@_attrs_define
class MembershipWithPerson:
    """
    Attributes:
        board_id (UUID):
        created_at (datetime.datetime):
        id (UUID):
        person (PersonPrivate | PersonPublic):
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
    person: PersonPrivate | PersonPublic
    person_id: UUID
    role: MembershipRole
    status: MembershipStatus
    term_end: datetime.date | None
    term_start: datetime.date
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.person_private import PersonPrivate  # noqa: PLC0415

        board_id = str(self.board_id)

        created_at = self.created_at.isoformat()

        id = str(self.id)

        person: dict[str, Any]
        if isinstance(self.person, PersonPrivate):
            person = self.person.to_dict()
        else:
            person = self.person.to_dict()

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
                "person": person,
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
        from ..models.person_private import PersonPrivate  # noqa: PLC0415
        from ..models.person_public import PersonPublic  # noqa: PLC0415

        d = dict(src_dict)
        board_id = UUID(d.pop("boardId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = UUID(d.pop("id"))

        def _parse_person(data: object) -> PersonPrivate | PersonPublic:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                person_type_0 = PersonPrivate.from_dict(data)

                return person_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            person_type_1 = PersonPublic.from_dict(data)

            return person_type_1

        person = _parse_person(d.pop("person"))

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

        membership_with_person = cls(
            board_id=board_id,
            created_at=created_at,
            id=id,
            person=person,
            person_id=person_id,
            role=role,
            status=status,
            term_end=term_end,
            term_start=term_start,
            updated_at=updated_at,
        )

        membership_with_person.additional_properties = d
        return membership_with_person

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
