from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MarkPaid")


@_attrs_define
class MarkPaid:
    """
    Attributes:
        payment_reference (str):
    """

    payment_reference: str

    def to_dict(self) -> dict[str, Any]:
        payment_reference = self.payment_reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "paymentReference": payment_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_reference = d.pop("paymentReference")

        mark_paid = cls(
            payment_reference=payment_reference,
        )

        return mark_paid
