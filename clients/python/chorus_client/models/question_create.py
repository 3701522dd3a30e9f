from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="QuestionCreate")


@_attrs_define
class QuestionCreate:
    """
    Attributes:
        descriptors (list[str]): What each point means, from scaleMin to scaleMax: one per point.
        scale_max (int):
        scale_min (int):
        text (str):
        weight (int): Its share of the weighted total.
    """

    descriptors: list[str]
    scale_max: int
    scale_min: int
    text: str
    weight: int

    def to_dict(self) -> dict[str, Any]:
        descriptors = self.descriptors

        scale_max = self.scale_max

        scale_min = self.scale_min

        text = self.text

        weight = self.weight

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "descriptors": descriptors,
                "scaleMax": scale_max,
                "scaleMin": scale_min,
                "text": text,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        descriptors = cast(list[str], d.pop("descriptors"))

        scale_max = d.pop("scaleMax")

        scale_min = d.pop("scaleMin")

        text = d.pop("text")

        weight = d.pop("weight")

        question_create = cls(
            descriptors=descriptors,
            scale_max=scale_max,
            scale_min=scale_min,
            text=text,
            weight=weight,
        )

        return question_create
