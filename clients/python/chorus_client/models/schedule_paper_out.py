from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.classification import Classification
from ..models.reading_status import ReadingStatus

T = TypeVar("T", bound="SchedulePaperOut")


@_attrs_define
class SchedulePaperOut:
    """A paper circulated to the caller for the meeting, and where they are with it.

    Attributes:
        circulated_at (datetime.datetime | None):
        circulated_late (bool):
        classification (Classification):
        current_version (int):
        paper_id (UUID):
        reading_status (ReadingStatus): Where a recipient stands with a paper's current version.
        title (str):
    """

    circulated_at: datetime.datetime | None
    circulated_late: bool
    classification: Classification
    current_version: int
    paper_id: UUID
    reading_status: ReadingStatus
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        circulated_at: None | str
        if isinstance(self.circulated_at, datetime.datetime):
            circulated_at = self.circulated_at.isoformat()
        else:
            circulated_at = self.circulated_at

        circulated_late = self.circulated_late

        classification = self.classification.value

        current_version = self.current_version

        paper_id = str(self.paper_id)

        reading_status = self.reading_status.value

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "circulatedAt": circulated_at,
                "circulatedLate": circulated_late,
                "classification": classification,
                "currentVersion": current_version,
                "paperId": paper_id,
                "readingStatus": reading_status,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_circulated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                circulated_at_type_0 = datetime.datetime.fromisoformat(data)

                return circulated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        circulated_at = _parse_circulated_at(d.pop("circulatedAt"))

        circulated_late = d.pop("circulatedLate")

        classification = Classification(d.pop("classification"))

        current_version = d.pop("currentVersion")

        paper_id = UUID(d.pop("paperId"))

        reading_status = ReadingStatus(d.pop("readingStatus"))

        title = d.pop("title")

        schedule_paper_out = cls(
            circulated_at=circulated_at,
            circulated_late=circulated_late,
            classification=classification,
            current_version=current_version,
            paper_id=paper_id,
            reading_status=reading_status,
            title=title,
        )

        schedule_paper_out.additional_properties = d
        return schedule_paper_out

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
