from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretRotation")


@_attrs_define
class SecretRotation:
    """
    Attributes:
        grace_period_hours (int | Unset): How long the previous secret keeps signing alongside the new one. Default: 24.
    """

    grace_period_hours: int | Unset = 24

    def to_dict(self) -> dict[str, Any]:
        grace_period_hours = self.grace_period_hours

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if grace_period_hours is not UNSET:
            field_dict["gracePeriodHours"] = grace_period_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grace_period_hours = d.pop("gracePeriodHours", UNSET)

        secret_rotation = cls(
            grace_period_hours=grace_period_hours,
        )

        return secret_rotation
