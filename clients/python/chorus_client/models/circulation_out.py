from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.circulated_paper import CirculatedPaper


T = TypeVar("T", bound="CirculationOut")


@_attrs_define
class CirculationOut:
    """Papers sent to their recipients at one moment.

    Attributes:
        circulated_at (datetime.datetime):
        id (UUID):
        kind (str): initial, or revision for a new version.
        late (bool):
        late_reason (None | str):
        meeting_id (UUID):
        notice_deadline (datetime.datetime):
        papers (list[CirculatedPaper]):
        recipient_count (int):
    """

    circulated_at: datetime.datetime
    id: UUID
    kind: str
    late: bool
    late_reason: None | str
    meeting_id: UUID
    notice_deadline: datetime.datetime
    papers: list[CirculatedPaper]
    recipient_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        circulated_at = self.circulated_at.isoformat()

        id = str(self.id)

        kind = self.kind

        late = self.late

        late_reason: None | str
        late_reason = self.late_reason

        meeting_id = str(self.meeting_id)

        notice_deadline = self.notice_deadline.isoformat()

        papers = []
        for papers_item_data in self.papers:
            papers_item = papers_item_data.to_dict()
            papers.append(papers_item)

        recipient_count = self.recipient_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "circulatedAt": circulated_at,
                "id": id,
                "kind": kind,
                "late": late,
                "lateReason": late_reason,
                "meetingId": meeting_id,
                "noticeDeadline": notice_deadline,
                "papers": papers,
                "recipientCount": recipient_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.circulated_paper import CirculatedPaper  # noqa: PLC0415

        d = dict(src_dict)
        circulated_at = datetime.datetime.fromisoformat(d.pop("circulatedAt"))

        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        late = d.pop("late")

        def _parse_late_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        late_reason = _parse_late_reason(d.pop("lateReason"))

        meeting_id = UUID(d.pop("meetingId"))

        notice_deadline = datetime.datetime.fromisoformat(d.pop("noticeDeadline"))

        papers = []
        _papers = d.pop("papers")
        for papers_item_data in _papers:
            papers_item = CirculatedPaper.from_dict(papers_item_data)

            papers.append(papers_item)

        recipient_count = d.pop("recipientCount")

        circulation_out = cls(
            circulated_at=circulated_at,
            id=id,
            kind=kind,
            late=late,
            late_reason=late_reason,
            meeting_id=meeting_id,
            notice_deadline=notice_deadline,
            papers=papers,
            recipient_count=recipient_count,
        )

        circulation_out.additional_properties = d
        return circulation_out

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
