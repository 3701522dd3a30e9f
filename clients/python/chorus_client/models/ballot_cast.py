from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="BallotCast")


@_attrs_define
class BallotCast:
    """
    Attributes:
        choices (list[UUID]): Nomination IDs: your ranking, first preference first (STV), or the candidates you mark
            (first past the post: up to the number of places; approval: any number).
    """

    choices: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        choices = []
        for choices_item_data in self.choices:
            choices_item = str(choices_item_data)
            choices.append(choices_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "choices": choices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = UUID(choices_item_data)

            choices.append(choices_item)

        ballot_cast = cls(
            choices=choices,
        )

        return ballot_cast
