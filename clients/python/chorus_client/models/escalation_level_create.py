from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EscalationLevelCreate")


@_attrs_define
class EscalationLevelCreate:
    """
    Attributes:
        name (str):
        owner_id (UUID): The person who answers at this level.
        response_days (int): Days before it moves up a level.
        position (int | None | Unset): Defaults to one above the highest level.
    """

    name: str
    owner_id: UUID
    response_days: int
    position: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner_id = str(self.owner_id)

        response_days = self.response_days

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "ownerId": owner_id,
                "responseDays": response_days,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        owner_id = UUID(d.pop("ownerId"))

        response_days = d.pop("responseDays")

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        escalation_level_create = cls(
            name=name,
            owner_id=owner_id,
            response_days=response_days,
            position=position,
        )

        return escalation_level_create
