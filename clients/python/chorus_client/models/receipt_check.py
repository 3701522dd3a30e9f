from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReceiptCheck")


@_attrs_define
class ReceiptCheck:
    """
    Attributes:
        receipt (str):
    """

    receipt: str

    def to_dict(self) -> dict[str, Any]:
        receipt = self.receipt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "receipt": receipt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        receipt = d.pop("receipt")

        receipt_check = cls(
            receipt=receipt,
        )

        return receipt_check
