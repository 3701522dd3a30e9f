from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.meeting_report_out import MeetingReportOut


T = TypeVar("T", bound="BoardReportOut")


@_attrs_define
class BoardReportOut:
    """
    Attributes:
        board_id (UUID):
        ends_on (datetime.date):
        late (int):
        meetings (list[MeetingReportOut]):
        not_circulated (int):
        notice_period_days (int):
        on_time (int):
        on_time_share (float | None): On time / (on time + late + not circulated); null when nothing was due yet.
        pending (int):
        starts_on (datetime.date):
    """

    board_id: UUID
    ends_on: datetime.date
    late: int
    meetings: list[MeetingReportOut]
    not_circulated: int
    notice_period_days: int
    on_time: int
    on_time_share: float | None
    pending: int
    starts_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_id = str(self.board_id)

        ends_on = self.ends_on.isoformat()

        late = self.late

        meetings = []
        for meetings_item_data in self.meetings:
            meetings_item = meetings_item_data.to_dict()
            meetings.append(meetings_item)

        not_circulated = self.not_circulated

        notice_period_days = self.notice_period_days

        on_time = self.on_time

        on_time_share: float | None
        on_time_share = self.on_time_share

        pending = self.pending

        starts_on = self.starts_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boardId": board_id,
                "endsOn": ends_on,
                "late": late,
                "meetings": meetings,
                "notCirculated": not_circulated,
                "noticePeriodDays": notice_period_days,
                "onTime": on_time,
                "onTimeShare": on_time_share,
                "pending": pending,
                "startsOn": starts_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_report_out import MeetingReportOut  # noqa: PLC0415

        d = dict(src_dict)
        board_id = UUID(d.pop("boardId"))

        ends_on = datetime.date.fromisoformat(d.pop("endsOn"))

        late = d.pop("late")

        meetings = []
        _meetings = d.pop("meetings")
        for meetings_item_data in _meetings:
            meetings_item = MeetingReportOut.from_dict(meetings_item_data)

            meetings.append(meetings_item)

        not_circulated = d.pop("notCirculated")

        notice_period_days = d.pop("noticePeriodDays")

        on_time = d.pop("onTime")

        def _parse_on_time_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        on_time_share = _parse_on_time_share(d.pop("onTimeShare"))

        pending = d.pop("pending")

        starts_on = datetime.date.fromisoformat(d.pop("startsOn"))

        board_report_out = cls(
            board_id=board_id,
            ends_on=ends_on,
            late=late,
            meetings=meetings,
            not_circulated=not_circulated,
            notice_period_days=notice_period_days,
            on_time=on_time,
            on_time_share=on_time_share,
            pending=pending,
            starts_on=starts_on,
        )

        board_report_out.additional_properties = d
        return board_report_out

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
