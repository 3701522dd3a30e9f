from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_status import IssueStatus

T = TypeVar("T", bound="IssueOut")


@_attrs_define
class IssueOut:
    """
    Attributes:
        board_id (UUID):
        category (str):
        created_at (datetime.datetime):
        created_by (None | UUID): The member who logged it, never who raised it. Only people reach the issue log.
        escalation_due_at (datetime.datetime | None): When it moves up a level if still unresolved; null at the top.
        escalation_level (int | None): The position of the board's escalation level the issue is at.
        follow_up_on (datetime.date | None):
        id (UUID):
        outcome (None | str):
        raised_on (datetime.date):
        service (str):
        status (IssueStatus):
        summary (str):
        theme_id (None | UUID):
        updated_at (datetime.datetime | None):
    """

    board_id: UUID
    category: str
    created_at: datetime.datetime
    created_by: None | UUID
    escalation_due_at: datetime.datetime | None
    escalation_level: int | None
    follow_up_on: datetime.date | None
    id: UUID
    outcome: None | str
    raised_on: datetime.date
    service: str
    status: IssueStatus
    summary: str
    theme_id: None | UUID
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_id = str(self.board_id)

        category = self.category

        created_at = self.created_at.isoformat()

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        escalation_due_at: None | str
        if isinstance(self.escalation_due_at, datetime.datetime):
            escalation_due_at = self.escalation_due_at.isoformat()
        else:
            escalation_due_at = self.escalation_due_at

        escalation_level: int | None
        escalation_level = self.escalation_level

        follow_up_on: None | str
        if isinstance(self.follow_up_on, datetime.date):
            follow_up_on = self.follow_up_on.isoformat()
        else:
            follow_up_on = self.follow_up_on

        id = str(self.id)

        outcome: None | str
        outcome = self.outcome

        raised_on = self.raised_on.isoformat()

        service = self.service

        status = self.status.value

        summary = self.summary

        theme_id: None | str
        if isinstance(self.theme_id, UUID):
            theme_id = str(self.theme_id)
        else:
            theme_id = self.theme_id

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
                "category": category,
                "createdAt": created_at,
                "createdBy": created_by,
                "escalationDueAt": escalation_due_at,
                "escalationLevel": escalation_level,
                "followUpOn": follow_up_on,
                "id": id,
                "outcome": outcome,
                "raisedOn": raised_on,
                "service": service,
                "status": status,
                "summary": summary,
                "themeId": theme_id,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        board_id = UUID(d.pop("boardId"))

        category = d.pop("category")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_created_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by = _parse_created_by(d.pop("createdBy"))

        def _parse_escalation_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                escalation_due_at_type_0 = datetime.datetime.fromisoformat(data)

                return escalation_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        escalation_due_at = _parse_escalation_due_at(d.pop("escalationDueAt"))

        def _parse_escalation_level(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        escalation_level = _parse_escalation_level(d.pop("escalationLevel"))

        def _parse_follow_up_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                follow_up_on_type_0 = datetime.date.fromisoformat(data)

                return follow_up_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        follow_up_on = _parse_follow_up_on(d.pop("followUpOn"))

        id = UUID(d.pop("id"))

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))

        raised_on = datetime.date.fromisoformat(d.pop("raisedOn"))

        service = d.pop("service")

        status = IssueStatus(d.pop("status"))

        summary = d.pop("summary")

        def _parse_theme_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                theme_id_type_0 = UUID(data)

                return theme_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        theme_id = _parse_theme_id(d.pop("themeId"))

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

        issue_out = cls(
            board_id=board_id,
            category=category,
            created_at=created_at,
            created_by=created_by,
            escalation_due_at=escalation_due_at,
            escalation_level=escalation_level,
            follow_up_on=follow_up_on,
            id=id,
            outcome=outcome,
            raised_on=raised_on,
            service=service,
            status=status,
            summary=summary,
            theme_id=theme_id,
            updated_at=updated_at,
        )

        issue_out.additional_properties = d
        return issue_out

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
