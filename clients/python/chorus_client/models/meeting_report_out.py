from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.late_paper_out import LatePaperOut


T = TypeVar("T", bound="MeetingReportOut")


@_attrs_define
class MeetingReportOut:
    """
    Attributes:
        late (int):
        late_papers (list[LatePaperOut]): The late papers the caller may read (a board member is not shown a paper they
            may not read; the counts include it).
        meeting_id (UUID):
        not_circulated (int):
        notice_deadline (datetime.datetime):
        on_time (int):
        pending (int):
        starts_at (datetime.datetime):
        title (str):
    """

    late: int
    late_papers: list[LatePaperOut]
    meeting_id: UUID
    not_circulated: int
    notice_deadline: datetime.datetime
    on_time: int
    pending: int
    starts_at: datetime.datetime
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        late = self.late

        late_papers = []
        for late_papers_item_data in self.late_papers:
            late_papers_item = late_papers_item_data.to_dict()
            late_papers.append(late_papers_item)

        meeting_id = str(self.meeting_id)

        not_circulated = self.not_circulated

        notice_deadline = self.notice_deadline.isoformat()

        on_time = self.on_time

        pending = self.pending

        starts_at = self.starts_at.isoformat()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "late": late,
                "latePapers": late_papers,
                "meetingId": meeting_id,
                "notCirculated": not_circulated,
                "noticeDeadline": notice_deadline,
                "onTime": on_time,
                "pending": pending,
                "startsAt": starts_at,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.late_paper_out import LatePaperOut  # noqa: PLC0415

        d = dict(src_dict)
        late = d.pop("late")

        late_papers = []
        _late_papers = d.pop("latePapers")
        for late_papers_item_data in _late_papers:
            late_papers_item = LatePaperOut.from_dict(late_papers_item_data)

            late_papers.append(late_papers_item)

        meeting_id = UUID(d.pop("meetingId"))

        not_circulated = d.pop("notCirculated")

        notice_deadline = datetime.datetime.fromisoformat(d.pop("noticeDeadline"))

        on_time = d.pop("onTime")

        pending = d.pop("pending")

        starts_at = datetime.datetime.fromisoformat(d.pop("startsAt"))

        title = d.pop("title")

        meeting_report_out = cls(
            late=late,
            late_papers=late_papers,
            meeting_id=meeting_id,
            not_circulated=not_circulated,
            notice_deadline=notice_deadline,
            on_time=on_time,
            pending=pending,
            starts_at=starts_at,
            title=title,
        )

        meeting_report_out.additional_properties = d
        return meeting_report_out

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
