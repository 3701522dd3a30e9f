from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="SponsorInput")


@_attrs_define
class SponsorInput:
    """
    Attributes:
        person_id (UUID): The senior sponsor of this governance board.
    """

    person_id: UUID

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "personId": person_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = UUID(d.pop("personId"))

        sponsor_input = cls(
            person_id=person_id,
        )

        return sponsor_input
