from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationUpdate")


@_attrs_define
class OrganisationUpdate:
    """
    Attributes:
        name (str | Unset):
        small_count_threshold (int | Unset): Counts about people below this are withheld in every report (themes, "you
            said, we did", equality monitoring). At least 2: suppression cannot be switched off.
    """

    name: str | Unset = UNSET
    small_count_threshold: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        small_count_threshold = self.small_count_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if small_count_threshold is not UNSET:
            field_dict["smallCountThreshold"] = small_count_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        small_count_threshold = d.pop("smallCountThreshold", UNSET)

        organisation_update = cls(
            name=name,
            small_count_threshold=small_count_threshold,
        )

        return organisation_update
