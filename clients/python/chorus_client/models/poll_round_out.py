from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.poll_tally_out import PollTallyOut


T = TypeVar("T", bound="PollRoundOut")


@_attrs_define
class PollRoundOut:
    """One round of an instant-runoff count.

    Attributes:
        eliminated_option_id (None | UUID):
        exhausted (int): Ballots with no option left in the count.
        tallies (list[PollTallyOut]):
    """

    eliminated_option_id: None | UUID
    exhausted: int
    tallies: list[PollTallyOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eliminated_option_id: None | str
        if isinstance(self.eliminated_option_id, UUID):
            eliminated_option_id = str(self.eliminated_option_id)
        else:
            eliminated_option_id = self.eliminated_option_id

        exhausted = self.exhausted

        tallies = []
        for tallies_item_data in self.tallies:
            tallies_item = tallies_item_data.to_dict()
            tallies.append(tallies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eliminatedOptionId": eliminated_option_id,
                "exhausted": exhausted,
                "tallies": tallies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.poll_tally_out import PollTallyOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_eliminated_option_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                eliminated_option_id_type_0 = UUID(data)

                return eliminated_option_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        eliminated_option_id = _parse_eliminated_option_id(d.pop("eliminatedOptionId"))

        exhausted = d.pop("exhausted")

        tallies = []
        _tallies = d.pop("tallies")
        for tallies_item_data in _tallies:
            tallies_item = PollTallyOut.from_dict(tallies_item_data)

            tallies.append(tallies_item)

        poll_round_out = cls(
            eliminated_option_id=eliminated_option_id,
            exhausted=exhausted,
            tallies=tallies,
        )

        poll_round_out.additional_properties = d
        return poll_round_out

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
