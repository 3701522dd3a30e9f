from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RescheduleInput")


@_attrs_define
class RescheduleInput:
    """A postponed meeting's new time.

    Attributes:
        ends_at (datetime.datetime):
        starts_at (datetime.datetime): With a time zone offset.
    """

    ends_at: datetime.datetime
    starts_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        ends_at = self.ends_at.isoformat()

        starts_at = self.starts_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "endsAt": ends_at,
                "startsAt": starts_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ends_at = datetime.datetime.fromisoformat(d.pop("endsAt"))

        starts_at = datetime.datetime.fromisoformat(d.pop("startsAt"))

        reschedule_input = cls(
            ends_at=ends_at,
            starts_at=starts_at,
        )

        return reschedule_input
