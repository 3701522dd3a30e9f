from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapRequest")


@_attrs_define
class SwapRequest:
    """
    Attributes:
        reason (str):
        other_assignment_id (None | Unset | UUID):
        substitute_person_id (None | Unset | UUID):
    """

    reason: str
    other_assignment_id: None | Unset | UUID = UNSET
    substitute_person_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        other_assignment_id: None | str | Unset
        if isinstance(self.other_assignment_id, Unset):
            other_assignment_id = UNSET
        elif isinstance(self.other_assignment_id, UUID):
            other_assignment_id = str(self.other_assignment_id)
        else:
            other_assignment_id = self.other_assignment_id

        substitute_person_id: None | str | Unset
        if isinstance(self.substitute_person_id, Unset):
            substitute_person_id = UNSET
        elif isinstance(self.substitute_person_id, UUID):
            substitute_person_id = str(self.substitute_person_id)
        else:
            substitute_person_id = self.substitute_person_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if other_assignment_id is not UNSET:
            field_dict["otherAssignmentId"] = other_assignment_id
        if substitute_person_id is not UNSET:
            field_dict["substitutePersonId"] = substitute_person_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_other_assignment_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                other_assignment_id_type_0 = UUID(data)

                return other_assignment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        other_assignment_id = _parse_other_assignment_id(d.pop("otherAssignmentId", UNSET))

        def _parse_substitute_person_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                substitute_person_id_type_0 = UUID(data)

                return substitute_person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        substitute_person_id = _parse_substitute_person_id(d.pop("substitutePersonId", UNSET))

        swap_request = cls(
            reason=reason,
            other_assignment_id=other_assignment_id,
            substitute_person_id=substitute_person_id,
        )

        return swap_request
