from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EscalationLevelUpdate")


@_attrs_define
class EscalationLevelUpdate:
    """
    Attributes:
        name (str | Unset):
        owner_id (UUID | Unset):
        response_days (int | Unset):
    """

    name: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    response_days: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

        response_days = self.response_days

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if response_days is not UNSET:
            field_dict["responseDays"] = response_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _owner_id = d.pop("ownerId", UNSET)
        owner_id: UUID | Unset
        if isinstance(_owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = UUID(_owner_id)

        response_days = d.pop("responseDays", UNSET)

        escalation_level_update = cls(
            name=name,
            owner_id=owner_id,
            response_days=response_days,
        )

        return escalation_level_update
