from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BallotReceiptOut")


@_attrs_define
class BallotReceiptOut:
    """Shown once: keep the receipt to check later that your ballot was counted.

    Attributes:
        election_id (UUID):
        receipt (str):
    """

    election_id: UUID
    receipt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        election_id = str(self.election_id)

        receipt = self.receipt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "electionId": election_id,
                "receipt": receipt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        election_id = UUID(d.pop("electionId"))

        receipt = d.pop("receipt")

        ballot_receipt_out = cls(
            election_id=election_id,
            receipt=receipt,
        )

        ballot_receipt_out.additional_properties = d
        return ballot_receipt_out

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
