from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.action_status import ActionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionUpdate")


@_attrs_define
class ActionUpdate:
    """
    Attributes:
        description (str | Unset):
        due_on (datetime.date | None | Unset):
        owner_person_id (None | Unset | UUID):
        status (ActionStatus | Unset):
    """

    description: str | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    owner_person_id: None | Unset | UUID = UNSET
    status: ActionStatus | Unset = UNSET

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if due_on is not UNSET:
            field_dict["dueOn"] = due_on
        if owner_person_id is not UNSET:
            field_dict["ownerPersonId"] = owner_person_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

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

        _status = d.pop("status", UNSET)
        status: ActionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ActionStatus(_status)

        action_update = cls(
            description=description,
            due_on=due_on,
            owner_person_id=owner_person_id,
            status=status,
        )

        return action_update
