from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_status import IssueStatus

T = TypeVar("T", bound="IssueHistoryOut")


@_attrs_define
class IssueHistoryOut:
    """One step in an issue's life: who took it, when and why.

    Attributes:
        changed_by_id (None | UUID):
        changed_by_type (str): person, client, or system (the sweep).
        created_at (datetime.datetime):
        from_level (int | None):
        from_status (IssueStatus | None): Null for the issue being logged.
        id (UUID):
        issue_id (UUID):
        reason (None | str):
        to_level (int | None):
        to_status (IssueStatus):
    """

    changed_by_id: None | UUID
    changed_by_type: str
    created_at: datetime.datetime
    from_level: int | None
    from_status: IssueStatus | None
    id: UUID
    issue_id: UUID
    reason: None | str
    to_level: int | None
    to_status: IssueStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed_by_id: None | str
        if isinstance(self.changed_by_id, UUID):
            changed_by_id = str(self.changed_by_id)
        else:
            changed_by_id = self.changed_by_id

        changed_by_type = self.changed_by_type

        created_at = self.created_at.isoformat()

        from_level: int | None
        from_level = self.from_level

        from_status: None | str
        if isinstance(self.from_status, IssueStatus):
            from_status = self.from_status.value
        else:
            from_status = self.from_status

        id = str(self.id)

        issue_id = str(self.issue_id)

        reason: None | str
        reason = self.reason

        to_level: int | None
        to_level = self.to_level

        to_status = self.to_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changedById": changed_by_id,
                "changedByType": changed_by_type,
                "createdAt": created_at,
                "fromLevel": from_level,
                "fromStatus": from_status,
                "id": id,
                "issueId": issue_id,
                "reason": reason,
                "toLevel": to_level,
                "toStatus": to_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_changed_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                changed_by_id_type_0 = UUID(data)

                return changed_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        changed_by_id = _parse_changed_by_id(d.pop("changedById"))

        changed_by_type = d.pop("changedByType")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_from_level(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        from_level = _parse_from_level(d.pop("fromLevel"))

        def _parse_from_status(data: object) -> IssueStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_0 = IssueStatus(data)

                return from_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueStatus | None, data)

        from_status = _parse_from_status(d.pop("fromStatus"))

        id = UUID(d.pop("id"))

        issue_id = UUID(d.pop("issueId"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_to_level(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        to_level = _parse_to_level(d.pop("toLevel"))

        to_status = IssueStatus(d.pop("toStatus"))

        issue_history_out = cls(
            changed_by_id=changed_by_id,
            changed_by_type=changed_by_type,
            created_at=created_at,
            from_level=from_level,
            from_status=from_status,
            id=id,
            issue_id=issue_id,
            reason=reason,
            to_level=to_level,
            to_status=to_status,
        )

        issue_history_out.additional_properties = d
        return issue_history_out

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
