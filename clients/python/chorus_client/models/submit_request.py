from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitRequest")


@_attrs_define
class SubmitRequest:
    """
    Attributes:
        response_due_on (datetime.date | None | Unset):
    """

    response_due_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        response_due_on: None | str | Unset
        if isinstance(self.response_due_on, Unset):
            response_due_on = UNSET
        elif isinstance(self.response_due_on, datetime.date):
            response_due_on = self.response_due_on.isoformat()
        else:
            response_due_on = self.response_due_on

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if response_due_on is not UNSET:
            field_dict["responseDueOn"] = response_due_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_response_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_due_on_type_0 = datetime.date.fromisoformat(data)

                return response_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        response_due_on = _parse_response_due_on(d.pop("responseDueOn", UNSET))

        submit_request = cls(
            response_due_on=response_due_on,
        )

        return submit_request
