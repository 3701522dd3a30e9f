from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.attendance_status import AttendanceStatus

T = TypeVar("T", bound="AttendanceInput")


@_attrs_define
class AttendanceInput:
    """
    Attributes:
        person_id (UUID):
        status (AttendanceStatus):
    """

    person_id: UUID
    status: AttendanceStatus

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "personId": person_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = UUID(d.pop("personId"))

        status = AttendanceStatus(d.pop("status"))

        attendance_input = cls(
            person_id=person_id,
            status=status,
        )

        return attendance_input
