from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.election_tally_out import ElectionTallyOut


T = TypeVar("T", bound="StageOut")


@_attrs_define
class StageOut:
    """
    Attributes:
        action (str): first_preferences, surplus, exclusion, remaining_elected (STV) or count.
        elected (list[UUID]):
        excluded (list[UUID]):
        lost_to_rounding (str):
        non_transferable (str):
        note (None | str): How a tie was broken, when one was.
        number (int):
        subject (None | UUID): The nomination whose votes moved.
        tallies (list[ElectionTallyOut]):
    """

    action: str
    elected: list[UUID]
    excluded: list[UUID]
    lost_to_rounding: str
    non_transferable: str
    note: None | str
    number: int
    subject: None | UUID
    tallies: list[ElectionTallyOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        elected = []
        for elected_item_data in self.elected:
            elected_item = str(elected_item_data)
            elected.append(elected_item)

        excluded = []
        for excluded_item_data in self.excluded:
            excluded_item = str(excluded_item_data)
            excluded.append(excluded_item)

        lost_to_rounding = self.lost_to_rounding

        non_transferable = self.non_transferable

        note: None | str
        note = self.note

        number = self.number

        subject: None | str
        if isinstance(self.subject, UUID):
            subject = str(self.subject)
        else:
            subject = self.subject

        tallies = []
        for tallies_item_data in self.tallies:
            tallies_item = tallies_item_data.to_dict()
            tallies.append(tallies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "elected": elected,
                "excluded": excluded,
                "lostToRounding": lost_to_rounding,
                "nonTransferable": non_transferable,
                "note": note,
                "number": number,
                "subject": subject,
                "tallies": tallies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.election_tally_out import ElectionTallyOut  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        elected = []
        _elected = d.pop("elected")
        for elected_item_data in _elected:
            elected_item = UUID(elected_item_data)

            elected.append(elected_item)

        excluded = []
        _excluded = d.pop("excluded")
        for excluded_item_data in _excluded:
            excluded_item = UUID(excluded_item_data)

            excluded.append(excluded_item)

        lost_to_rounding = d.pop("lostToRounding")

        non_transferable = d.pop("nonTransferable")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        number = d.pop("number")

        def _parse_subject(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subject_type_0 = UUID(data)

                return subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        subject = _parse_subject(d.pop("subject"))

        tallies = []
        _tallies = d.pop("tallies")
        for tallies_item_data in _tallies:
            tallies_item = ElectionTallyOut.from_dict(tallies_item_data)

            tallies.append(tallies_item)

        stage_out = cls(
            action=action,
            elected=elected,
            excluded=excluded,
            lost_to_rounding=lost_to_rounding,
            non_transferable=non_transferable,
            note=note,
            number=number,
            subject=subject,
            tallies=tallies,
        )

        stage_out.additional_properties = d
        return stage_out

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
