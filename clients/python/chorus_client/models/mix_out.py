from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MixOut")


@_attrs_define
class MixOut:
    """Scorers not removed: at least one expert by experience and one other.

    Attributes:
        complete (bool):
        experts_by_experience (int):
        other_scorers (int):
    """

    complete: bool
    experts_by_experience: int
    other_scorers: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complete = self.complete

        experts_by_experience = self.experts_by_experience

        other_scorers = self.other_scorers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complete": complete,
                "expertsByExperience": experts_by_experience,
                "otherScorers": other_scorers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        complete = d.pop("complete")

        experts_by_experience = d.pop("expertsByExperience")

        other_scorers = d.pop("otherScorers")

        mix_out = cls(
            complete=complete,
            experts_by_experience=experts_by_experience,
            other_scorers=other_scorers,
        )

        mix_out.additional_properties = d
        return mix_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
