from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.issue_status import IssueStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueTransition")


@_attrs_define
class IssueTransition:
    """One step of an issue's life, kept in its history with who took it and when.

    Attributes:
        status (IssueStatus):
        reason (None | str | Unset): Why. Needed for every step but IN_PROGRESS. Never name the people the issue is
            about.
    """

    status: IssueStatus
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = IssueStatus(d.pop("status"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        issue_transition = cls(
            status=status,
            reason=reason,
        )

        return issue_transition
