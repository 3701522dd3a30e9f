from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.stage import Stage

T = TypeVar("T", bound="StageChange")


@_attrs_define
class StageChange:
    """
    Attributes:
        reason (str):
        stage (Stage):
    """

    reason: str
    stage: Stage

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        stage = self.stage.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "stage": stage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        stage = Stage(d.pop("stage"))

        stage_change = cls(
            reason=reason,
            stage=stage,
        )

        return stage_change
