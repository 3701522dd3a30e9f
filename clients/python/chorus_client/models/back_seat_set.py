from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackSeatSet")


@_attrs_define
class BackSeatSet:
    """
    Attributes:
        expected_return_on (datetime.date | None | Unset): When they expect to take part again; rotation skips them
            until then. Without a date, until they return.
    """

    expected_return_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        expected_return_on: None | str | Unset
        if isinstance(self.expected_return_on, Unset):
            expected_return_on = UNSET
        elif isinstance(self.expected_return_on, datetime.date):
            expected_return_on = self.expected_return_on.isoformat()
        else:
            expected_return_on = self.expected_return_on

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if expected_return_on is not UNSET:
            field_dict["expectedReturnOn"] = expected_return_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_expected_return_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_return_on_type_0 = datetime.date.fromisoformat(data)

                return expected_return_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expected_return_on = _parse_expected_return_on(d.pop("expectedReturnOn", UNSET))

        back_seat_set = cls(
            expected_return_on=expected_return_on,
        )

        return back_seat_set
