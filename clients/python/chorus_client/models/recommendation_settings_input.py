from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RecommendationSettingsInput")


@_attrs_define
class RecommendationSettingsInput:
    """
    Attributes:
        response_due_days (int):
    """

    response_due_days: int

    def to_dict(self) -> dict[str, Any]:
        response_due_days = self.response_due_days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "responseDueDays": response_due_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response_due_days = d.pop("responseDueDays")

        recommendation_settings_input = cls(
            response_due_days=response_due_days,
        )

        return recommendation_settings_input
