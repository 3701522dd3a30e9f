from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionCreate")


@_attrs_define
class ActionCreate:
    """
    Attributes:
        description (str):
        due_on (datetime.date | None | Unset):
        owner_person_id (None | Unset | UUID):
    """

    description: str
    due_on: datetime.date | None | Unset = UNSET
    owner_person_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        owner_person_id: None | str | Unset
        if isinstance(self.owner_person_id, Unset):
            owner_person_id = UNSET
        elif isinstance(self.owner_person_id, UUID):
            owner_person_id = str(self.owner_person_id)
        else:
            owner_person_id = self.owner_person_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
            }
        )
        if due_on is not UNSET:
            field_dict["dueOn"] = due_on
        if owner_person_id is not UNSET:
            field_dict["ownerPersonId"] = owner_person_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        def _parse_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_on = _parse_due_on(d.pop("dueOn", UNSET))

        def _parse_owner_person_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_person_id_type_0 = UUID(data)

                return owner_person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        owner_person_id = _parse_owner_person_id(d.pop("ownerPersonId", UNSET))

        action_create = cls(
            description=description,
            due_on=due_on,
            owner_person_id=owner_person_id,
        )

        return action_create
