from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_role import MembershipRole

T = TypeVar("T", bound="EligibilityOut")


@_attrs_define
class EligibilityOut:
    """
    Attributes:
        active_member (bool):
        conflicting_roles (list[MembershipRole]):
        max_terms (int | None):
        required_training (list[str]):
    """

    active_member: bool
    conflicting_roles: list[MembershipRole]
    max_terms: int | None
    required_training: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_member = self.active_member

        conflicting_roles = []
        for conflicting_roles_item_data in self.conflicting_roles:
            conflicting_roles_item = conflicting_roles_item_data.value
            conflicting_roles.append(conflicting_roles_item)

        max_terms: int | None
        max_terms = self.max_terms

        required_training = self.required_training

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activeMember": active_member,
                "conflictingRoles": conflicting_roles,
                "maxTerms": max_terms,
                "requiredTraining": required_training,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_member = d.pop("activeMember")

        conflicting_roles = []
        _conflicting_roles = d.pop("conflictingRoles")
        for conflicting_roles_item_data in _conflicting_roles:
            conflicting_roles_item = MembershipRole(conflicting_roles_item_data)

            conflicting_roles.append(conflicting_roles_item)

        def _parse_max_terms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_terms = _parse_max_terms(d.pop("maxTerms"))

        required_training = cast(list[str], d.pop("requiredTraining"))

        eligibility_out = cls(
            active_member=active_member,
            conflicting_roles=conflicting_roles,
            max_terms=max_terms,
            required_training=required_training,
        )

        eligibility_out.additional_properties = d
        return eligibility_out

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
