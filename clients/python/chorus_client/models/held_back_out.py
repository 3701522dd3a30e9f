from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cleared_by import ClearedBy

T = TypeVar("T", bound="HeldBackOut")


@_attrs_define
class HeldBackOut:
    """
    Attributes:
        claim_id (UUID):
        cleared_by (ClearedBy): The step that lets a claim held back from a payment run be paid.
        person_id (UUID):
        reason (str): Why it was left out, naming the step that clears it.
    """

    claim_id: UUID
    cleared_by: ClearedBy
    person_id: UUID
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        claim_id = str(self.claim_id)

        cleared_by = self.cleared_by.value

        person_id = str(self.person_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claimId": claim_id,
                "clearedBy": cleared_by,
                "personId": person_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        claim_id = UUID(d.pop("claimId"))

        cleared_by = ClearedBy(d.pop("clearedBy"))

        person_id = UUID(d.pop("personId"))

        reason = d.pop("reason")

        held_back_out = cls(
            claim_id=claim_id,
            cleared_by=cleared_by,
            person_id=person_id,
            reason=reason,
        )

        held_back_out.additional_properties = d
        return held_back_out

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
