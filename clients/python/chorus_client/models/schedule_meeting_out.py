from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_status import MeetingStatus

if TYPE_CHECKING:
    from ..models.schedule_paper_out import SchedulePaperOut
    from ..models.schedule_seat_out import ScheduleSeatOut


T = TypeVar("T", bound="ScheduleMeetingOut")


@_attrs_define
class ScheduleMeetingOut:
    """
    Attributes:
        board_id (UUID):
        ends_at (datetime.datetime):
        location (None | str):
        meeting_id (UUID):
        online_url (None | str):
        papers (list[SchedulePaperOut]):
        seats (list[ScheduleSeatOut]):
        starts_at (datetime.datetime):
        status (MeetingStatus):
        title (str):
    """

    board_id: UUID
    ends_at: datetime.datetime
    location: None | str
    meeting_id: UUID
    online_url: None | str
    papers: list[SchedulePaperOut]
    seats: list[ScheduleSeatOut]
    starts_at: datetime.datetime
    status: MeetingStatus
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_id = str(self.board_id)

        ends_at = self.ends_at.isoformat()

        location: None | str
        location = self.location

        meeting_id = str(self.meeting_id)

        online_url: None | str
        online_url = self.online_url

        papers = []
        for papers_item_data in self.papers:
            papers_item = papers_item_data.to_dict()
            papers.append(papers_item)

        seats = []
        for seats_item_data in self.seats:
            seats_item = seats_item_data.to_dict()
            seats.append(seats_item)

        starts_at = self.starts_at.isoformat()

        status = self.status.value

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boardId": board_id,
                "endsAt": ends_at,
                "location": location,
                "meetingId": meeting_id,
                "onlineUrl": online_url,
                "papers": papers,
                "seats": seats,
                "startsAt": starts_at,
                "status": status,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_paper_out import SchedulePaperOut  # noqa: PLC0415
        from ..models.schedule_seat_out import ScheduleSeatOut  # noqa: PLC0415

        d = dict(src_dict)
        board_id = UUID(d.pop("boardId"))

        ends_at = datetime.datetime.fromisoformat(d.pop("endsAt"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        meeting_id = UUID(d.pop("meetingId"))

        def _parse_online_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        online_url = _parse_online_url(d.pop("onlineUrl"))

        papers = []
        _papers = d.pop("papers")
        for papers_item_data in _papers:
            papers_item = SchedulePaperOut.from_dict(papers_item_data)

            papers.append(papers_item)

        seats = []
        _seats = d.pop("seats")
        for seats_item_data in _seats:
            seats_item = ScheduleSeatOut.from_dict(seats_item_data)

            seats.append(seats_item)

        starts_at = datetime.datetime.fromisoformat(d.pop("startsAt"))

        status = MeetingStatus(d.pop("status"))

        title = d.pop("title")

        schedule_meeting_out = cls(
            board_id=board_id,
            ends_at=ends_at,
            location=location,
            meeting_id=meeting_id,
            online_url=online_url,
            papers=papers,
            seats=seats,
            starts_at=starts_at,
            status=status,
            title=title,
        )

        schedule_meeting_out.additional_properties = d
        return schedule_meeting_out

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
