from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnavailabilityCreate")


@_attrs_define
class UnavailabilityCreate:
    """
    Attributes:
        ends_on (datetime.date):
        starts_on (datetime.date):
        reason (None | str | Unset):
    """

    ends_on: datetime.date
    starts_on: datetime.date
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ends_on = self.ends_on.isoformat()

        starts_on = self.starts_on.isoformat()

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "endsOn": ends_on,
                "startsOn": starts_on,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ends_on = datetime.date.fromisoformat(d.pop("endsOn"))

        starts_on = datetime.date.fromisoformat(d.pop("startsOn"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        unavailability_create = cls(
            ends_on=ends_on,
            starts_on=starts_on,
            reason=reason,
        )

        return unavailability_create
