from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Considered")


@_attrs_define
class Considered:
    """A pool member the rota considered, and why they were not chosen.

    Attributes:
        detail (str):
        eligible (bool):
        person_id (UUID):
        reason (str): Why not: an eligibility rule (left, paused, outside_term, missing_training, unavailable,
            interest_declared, already_seated, declined) or, for an eligible member, the tie-break lost (more_turns,
            more_recent_turn, later_in_order). unavailable and interest_declared come from the member's private records:
            anyone but the member, coordinators and administrators gets not_available.
    """

    detail: str
    eligible: bool
    person_id: UUID
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        eligible = self.eligible

        person_id = str(self.person_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "eligible": eligible,
                "personId": person_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail")

        eligible = d.pop("eligible")

        person_id = UUID(d.pop("personId"))

        reason = d.pop("reason")

        considered = cls(
            detail=detail,
            eligible=eligible,
            person_id=person_id,
            reason=reason,
        )

        considered.additional_properties = d
        return considered

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
