from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.expert_bank_entry_out import ExpertBankEntryOut


T = TypeVar("T", bound="ShortlistExclusionOut")


@_attrs_define
class ShortlistExclusionOut:
    """
    Attributes:
        entry (ExpertBankEntryOut):
        reasons (list[str]): Why they are left off: a connection, or availability.
    """

    entry: ExpertBankEntryOut
    reasons: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entry = self.entry.to_dict()

        reasons = self.reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entry": entry,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expert_bank_entry_out import ExpertBankEntryOut  # noqa: PLC0415

        d = dict(src_dict)
        entry = ExpertBankEntryOut.from_dict(d.pop("entry"))

        reasons = cast(list[str], d.pop("reasons"))

        shortlist_exclusion_out = cls(
            entry=entry,
            reasons=reasons,
        )

        shortlist_exclusion_out.additional_properties = d
        return shortlist_exclusion_out

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
