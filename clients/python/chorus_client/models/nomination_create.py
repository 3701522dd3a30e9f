from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NominationCreate")


@_attrs_define
class NominationCreate:
    """
    Attributes:
        person_id (UUID): The candidate: yourself, or another member.
        statement (None | str | Unset):
    """

    person_id: UUID
    statement: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        statement: None | str | Unset
        if isinstance(self.statement, Unset):
            statement = UNSET
        else:
            statement = self.statement

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "personId": person_id,
            }
        )
        if statement is not UNSET:
            field_dict["statement"] = statement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = UUID(d.pop("personId"))

        def _parse_statement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        statement = _parse_statement(d.pop("statement", UNSET))

        nomination_create = cls(
            person_id=person_id,
            statement=statement,
        )

        return nomination_create
