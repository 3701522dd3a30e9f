from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScheduleActionOut")


@_attrs_define
class ScheduleActionOut:
    """An open action the caller owns.

    Attributes:
        action_id (UUID):
        board_id (UUID):
        description (str):
        due_on (datetime.date | None):
        meeting_id (UUID): The meeting that raised it.
    """

    action_id: UUID
    board_id: UUID
    description: str
    due_on: datetime.date | None
    meeting_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = str(self.action_id)

        board_id = str(self.board_id)

        description = self.description

        due_on: None | str
        if isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        meeting_id = str(self.meeting_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actionId": action_id,
                "boardId": board_id,
                "description": description,
                "dueOn": due_on,
                "meetingId": meeting_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_id = UUID(d.pop("actionId"))

        board_id = UUID(d.pop("boardId"))

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

        meeting_id = UUID(d.pop("meetingId"))

        schedule_action_out = cls(
            action_id=action_id,
            board_id=board_id,
            description=description,
            due_on=due_on,
            meeting_id=meeting_id,
        )

        schedule_action_out.additional_properties = d
        return schedule_action_out

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
