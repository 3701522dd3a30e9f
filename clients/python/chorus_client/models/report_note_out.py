from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.progress_status import ProgressStatus

T = TypeVar("T", bound="ReportNoteOut")


@_attrs_define
class ReportNoteOut:
    """A progress note ("we did"), dated, with the days it took.

    Attributes:
        days_since_previous (int | None): Whole days from the note before (or the response, for the first).
        days_since_response (int | None): Whole days from the latest response to this note.
        id (UUID):
        note (str):
        noted_on (datetime.date):
        reopened (bool): The note reopened an implemented recommendation; the note is the reason.
        status (ProgressStatus):
    """

    days_since_previous: int | None
    days_since_response: int | None
    id: UUID
    note: str
    noted_on: datetime.date
    reopened: bool
    status: ProgressStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days_since_previous: int | None
        days_since_previous = self.days_since_previous

        days_since_response: int | None
        days_since_response = self.days_since_response

        id = str(self.id)

        note = self.note

        noted_on = self.noted_on.isoformat()

        reopened = self.reopened

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daysSincePrevious": days_since_previous,
                "daysSinceResponse": days_since_response,
                "id": id,
                "note": note,
                "notedOn": noted_on,
                "reopened": reopened,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_days_since_previous(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        days_since_previous = _parse_days_since_previous(d.pop("daysSincePrevious"))

        def _parse_days_since_response(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        days_since_response = _parse_days_since_response(d.pop("daysSinceResponse"))

        id = UUID(d.pop("id"))

        note = d.pop("note")

        noted_on = datetime.date.fromisoformat(d.pop("notedOn"))

        reopened = d.pop("reopened")

        status = ProgressStatus(d.pop("status"))

        report_note_out = cls(
            days_since_previous=days_since_previous,
            days_since_response=days_since_response,
            id=id,
            note=note,
            noted_on=noted_on,
            reopened=reopened,
            status=status,
        )

        report_note_out.additional_properties = d
        return report_note_out

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
