from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.progress_status import ProgressStatus

T = TypeVar("T", bound="ProgressUpdateOut")


@_attrs_define
class ProgressUpdateOut:
    """A dated progress note and the status it leaves behind.

    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        note (str):
        noted_on (datetime.date):
        recommendation_id (UUID):
        reopened (bool): This note reopened an implemented recommendation; the note is the reason.
        status (ProgressStatus):
    """

    created_at: datetime.datetime
    id: UUID
    note: str
    noted_on: datetime.date
    recommendation_id: UUID
    reopened: bool
    status: ProgressStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        note = self.note

        noted_on = self.noted_on.isoformat()

        recommendation_id = str(self.recommendation_id)

        reopened = self.reopened

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "id": id,
                "note": note,
                "notedOn": noted_on,
                "recommendationId": recommendation_id,
                "reopened": reopened,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = UUID(d.pop("id"))

        note = d.pop("note")

        noted_on = datetime.date.fromisoformat(d.pop("notedOn"))

        recommendation_id = UUID(d.pop("recommendationId"))

        reopened = d.pop("reopened")

        status = ProgressStatus(d.pop("status"))

        progress_update_out = cls(
            created_at=created_at,
            id=id,
            note=note,
            noted_on=noted_on,
            recommendation_id=recommendation_id,
            reopened=reopened,
            status=status,
        )

        progress_update_out.additional_properties = d
        return progress_update_out

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
