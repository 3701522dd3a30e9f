from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ElectionTallyOut")


@_attrs_define
class ElectionTallyOut:
    """
    Attributes:
        nomination_id (UUID):
        votes (str): Votes to five decimal places, as the count keeps them.
    """

    nomination_id: UUID
    votes: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nomination_id = str(self.nomination_id)

        votes = self.votes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nominationId": nomination_id,
                "votes": votes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nomination_id = UUID(d.pop("nominationId"))

        votes = d.pop("votes")

        election_tally_out = cls(
            nomination_id=nomination_id,
            votes=votes,
        )

        election_tally_out.additional_properties = d
        return election_tally_out

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
