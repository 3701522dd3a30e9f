from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.membership_role import MembershipRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="EligibilityRules")


@_attrs_define
class EligibilityRules:
    """Who may stand, checked at nomination and again when voting opens.

    Attributes:
        active_member (bool | Unset): The candidate must be an active member of the board. Default: True.
        conflicting_roles (list[MembershipRole] | Unset): Roles on the board a candidate may not hold while standing.
        max_terms (int | None | Unset): At most this many earlier terms in this role on this board.
        required_training (list[str] | Unset): Training types the candidate must hold, unexpired.
    """

    active_member: bool | Unset = True
    conflicting_roles: list[MembershipRole] | Unset = UNSET
    max_terms: int | None | Unset = UNSET
    required_training: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        active_member = self.active_member

        conflicting_roles: list[str] | Unset = UNSET
        if not isinstance(self.conflicting_roles, Unset):
            conflicting_roles = []
            for conflicting_roles_item_data in self.conflicting_roles:
                conflicting_roles_item = conflicting_roles_item_data.value
                conflicting_roles.append(conflicting_roles_item)

        max_terms: int | None | Unset
        if isinstance(self.max_terms, Unset):
            max_terms = UNSET
        else:
            max_terms = self.max_terms

        required_training: list[str] | Unset = UNSET
        if not isinstance(self.required_training, Unset):
            required_training = self.required_training

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if active_member is not UNSET:
            field_dict["activeMember"] = active_member
        if conflicting_roles is not UNSET:
            field_dict["conflictingRoles"] = conflicting_roles
        if max_terms is not UNSET:
            field_dict["maxTerms"] = max_terms
        if required_training is not UNSET:
            field_dict["requiredTraining"] = required_training

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_member = d.pop("activeMember", UNSET)

        _conflicting_roles = d.pop("conflictingRoles", UNSET)
        conflicting_roles: list[MembershipRole] | Unset = UNSET
        if _conflicting_roles is not UNSET:
            conflicting_roles = []
            for conflicting_roles_item_data in _conflicting_roles:
                conflicting_roles_item = MembershipRole(conflicting_roles_item_data)

                conflicting_roles.append(conflicting_roles_item)

        def _parse_max_terms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_terms = _parse_max_terms(d.pop("maxTerms", UNSET))

        required_training = cast(list[str], d.pop("requiredTraining", UNSET))

        eligibility_rules = cls(
            active_member=active_member,
            conflicting_roles=conflicting_roles,
            max_terms=max_terms,
            required_training=required_training,
        )

        return eligibility_rules
