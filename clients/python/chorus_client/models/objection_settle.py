from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ObjectionSettle")


@_attrs_define
class ObjectionSettle:
    """
    Attributes:
        resolution (str):
    """

    resolution: str

    def to_dict(self) -> dict[str, Any]:
        resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "resolution": resolution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resolution = d.pop("resolution")

        objection_settle = cls(
            resolution=resolution,
        )

        return objection_settle
