from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.expert_bank_entry_out import ExpertBankEntryOut
    from ..models.shortlist_exclusion_out import ShortlistExclusionOut


T = TypeVar("T", bound="ShortlistOut")


@_attrs_define
class ShortlistOut:
    """
    Attributes:
        candidates (list[ExpertBankEntryOut]): Bank members not on the lot's panel and not connected to its bidders.
        excluded (list[ShortlistExclusionOut]):
    """

    candidates: list[ExpertBankEntryOut]
    excluded: list[ShortlistExclusionOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidates = []
        for candidates_item_data in self.candidates:
            candidates_item = candidates_item_data.to_dict()
            candidates.append(candidates_item)

        excluded = []
        for excluded_item_data in self.excluded:
            excluded_item = excluded_item_data.to_dict()
            excluded.append(excluded_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "candidates": candidates,
                "excluded": excluded,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expert_bank_entry_out import ExpertBankEntryOut  # noqa: PLC0415
        from ..models.shortlist_exclusion_out import ShortlistExclusionOut  # noqa: PLC0415

        d = dict(src_dict)
        candidates = []
        _candidates = d.pop("candidates")
        for candidates_item_data in _candidates:
            candidates_item = ExpertBankEntryOut.from_dict(candidates_item_data)

            candidates.append(candidates_item)

        excluded = []
        _excluded = d.pop("excluded")
        for excluded_item_data in _excluded:
            excluded_item = ShortlistExclusionOut.from_dict(excluded_item_data)

            excluded.append(excluded_item)

        shortlist_out = cls(
            candidates=candidates,
            excluded=excluded,
        )

        shortlist_out.additional_properties = d
        return shortlist_out

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
