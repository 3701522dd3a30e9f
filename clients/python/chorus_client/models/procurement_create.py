from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProcurementCreate")


@_attrs_define
class ProcurementCreate:
    """
    Attributes:
        reference (str): The commissioner's own.
        title (str):
    """

    reference: str
    title: str

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        title = d.pop("title")

        procurement_create = cls(
            reference=reference,
            title=title,
        )

        return procurement_create
