from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reading_status import ReadingStatus

if TYPE_CHECKING:
    from ..models.meeting_summary import MeetingSummary
    from ..models.paper_out import PaperOut
    from ..models.version_out import VersionOut


T = TypeVar("T", bound="MyPaperOut")


@_attrs_define
class MyPaperOut:
    """
    Attributes:
        acknowledged_at (datetime.datetime | None):
        changes (list[VersionOut]): Versions newer than the one last opened or acknowledged, with their change notes.
        circulated_at (datetime.datetime):
        first_opened_at (datetime.datetime | None):
        meeting (MeetingSummary):
        paper (PaperOut):
        status (ReadingStatus): Where a recipient stands with a paper's current version.
    """

    acknowledged_at: datetime.datetime | None
    changes: list[VersionOut]
    circulated_at: datetime.datetime
    first_opened_at: datetime.datetime | None
    meeting: MeetingSummary
    paper: PaperOut
    status: ReadingStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acknowledged_at: None | str
        if isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        circulated_at = self.circulated_at.isoformat()

        first_opened_at: None | str
        if isinstance(self.first_opened_at, datetime.datetime):
            first_opened_at = self.first_opened_at.isoformat()
        else:
            first_opened_at = self.first_opened_at

        meeting = self.meeting.to_dict()

        paper = self.paper.to_dict()

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acknowledgedAt": acknowledged_at,
                "changes": changes,
                "circulatedAt": circulated_at,
                "firstOpenedAt": first_opened_at,
                "meeting": meeting,
                "paper": paper,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_summary import MeetingSummary  # noqa: PLC0415
        from ..models.paper_out import PaperOut  # noqa: PLC0415
        from ..models.version_out import VersionOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_acknowledged_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledgedAt"))

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = VersionOut.from_dict(changes_item_data)

            changes.append(changes_item)

        circulated_at = datetime.datetime.fromisoformat(d.pop("circulatedAt"))

        def _parse_first_opened_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_opened_at = _parse_first_opened_at(d.pop("firstOpenedAt"))

        meeting = MeetingSummary.from_dict(d.pop("meeting"))

        paper = PaperOut.from_dict(d.pop("paper"))

        status = ReadingStatus(d.pop("status"))

        my_paper_out = cls(
            acknowledged_at=acknowledged_at,
            changes=changes,
            circulated_at=circulated_at,
            first_opened_at=first_opened_at,
            meeting=meeting,
            paper=paper,
            status=status,
        )

        my_paper_out.additional_properties = d
        return my_paper_out

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
