from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PaymentRunCreate")


@_attrs_define
class PaymentRunCreate:
    """
    Attributes:
        up_to (datetime.date):
    """

    up_to: datetime.date

    def to_dict(self) -> dict[str, Any]:
        up_to = self.up_to.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "upTo": up_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        up_to = datetime.date.fromisoformat(d.pop("upTo"))

        payment_run_create = cls(
            up_to=up_to,
        )

        return payment_run_create
