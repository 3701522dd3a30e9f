from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_status import ActionStatus

T = TypeVar("T", bound="ActionOut")


@_attrs_define
class ActionOut:
    """An action item: raised at a meeting, carried forward until closed.

    Attributes:
        board_id (UUID):
        closed_at (datetime.datetime | None):
        created_at (datetime.datetime):
        description (str):
        due_on (datetime.date | None):
        id (UUID):
        meeting_id (UUID): The meeting that raised it.
        owner_person_id (None | UUID):
        status (ActionStatus):
    """

    board_id: UUID
    closed_at: datetime.datetime | None
    created_at: datetime.datetime
    description: str
    due_on: datetime.date | None
    id: UUID
    meeting_id: UUID
    owner_person_id: None | UUID
    status: ActionStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_id = str(self.board_id)

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        created_at = self.created_at.isoformat()

        description = self.description

        due_on: None | str
        if isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        id = str(self.id)

        meeting_id = str(self.meeting_id)

        owner_person_id: None | str
        if isinstance(self.owner_person_id, UUID):
            owner_person_id = str(self.owner_person_id)
        else:
            owner_person_id = self.owner_person_id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boardId": board_id,
                "closedAt": closed_at,
                "createdAt": created_at,
                "description": description,
                "dueOn": due_on,
                "id": id,
                "meetingId": meeting_id,
                "ownerPersonId": owner_person_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        board_id = UUID(d.pop("boardId"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closedAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        description = d.pop("description")

        def _parse_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_on = _parse_due_on(d.pop("dueOn"))

        id = UUID(d.pop("id"))

        meeting_id = UUID(d.pop("meetingId"))

        def _parse_owner_person_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_person_id_type_0 = UUID(data)

                return owner_person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        owner_person_id = _parse_owner_person_id(d.pop("ownerPersonId"))

        status = ActionStatus(d.pop("status"))

        action_out = cls(
            board_id=board_id,
            closed_at=closed_at,
            created_at=created_at,
            description=description,
            due_on=due_on,
            id=id,
            meeting_id=meeting_id,
            owner_person_id=owner_person_id,
            status=status,
        )

        action_out.additional_properties = d
        return action_out

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
