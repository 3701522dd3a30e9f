from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.schedule_action_out import ScheduleActionOut
    from ..models.schedule_claim_out import ScheduleClaimOut
    from ..models.schedule_meeting_out import ScheduleMeetingOut


T = TypeVar("T", bound="ScheduleOut")


@_attrs_define
class ScheduleOut:
    """
    Attributes:
        actions (list[ScheduleActionOut]): Soonest due first, undated last.
        claims (list[ScheduleClaimOut]): Oldest first.
        horizon_ends_at (datetime.datetime): Meetings starting before this are listed (CHORUS_SCHEDULE_HORIZON_DAYS).
        meetings (list[ScheduleMeetingOut]): By start time.
        truncated (bool): A list was cut at 100 items: see `/me/meetings`, `/boards/{id}/actions` and `/expense-claims`
            for the rest.
    """

    actions: list[ScheduleActionOut]
    claims: list[ScheduleClaimOut]
    horizon_ends_at: datetime.datetime
    meetings: list[ScheduleMeetingOut]
    truncated: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        claims = []
        for claims_item_data in self.claims:
            claims_item = claims_item_data.to_dict()
            claims.append(claims_item)

        horizon_ends_at = self.horizon_ends_at.isoformat()

        meetings = []
        for meetings_item_data in self.meetings:
            meetings_item = meetings_item_data.to_dict()
            meetings.append(meetings_item)

        truncated = self.truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "claims": claims,
                "horizonEndsAt": horizon_ends_at,
                "meetings": meetings,
                "truncated": truncated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_action_out import ScheduleActionOut  # noqa: PLC0415
        from ..models.schedule_claim_out import ScheduleClaimOut  # noqa: PLC0415
        from ..models.schedule_meeting_out import ScheduleMeetingOut  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = ScheduleActionOut.from_dict(actions_item_data)

            actions.append(actions_item)

        claims = []
        _claims = d.pop("claims")
        for claims_item_data in _claims:
            claims_item = ScheduleClaimOut.from_dict(claims_item_data)

            claims.append(claims_item)

        horizon_ends_at = datetime.datetime.fromisoformat(d.pop("horizonEndsAt"))

        meetings = []
        _meetings = d.pop("meetings")
        for meetings_item_data in _meetings:
            meetings_item = ScheduleMeetingOut.from_dict(meetings_item_data)

            meetings.append(meetings_item)

        truncated = d.pop("truncated")

        schedule_out = cls(
            actions=actions,
            claims=claims,
            horizon_ends_at=horizon_ends_at,
            meetings=meetings,
            truncated=truncated,
        )

        schedule_out.additional_properties = d
        return schedule_out

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
