from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeclineRequest")


@_attrs_define
class DeclineRequest:
    """
    Attributes:
        reason (None | str | Unset):
        substitute_person_id (None | Unset | UUID): A fixed seat's named substitute for this meeting: an eligible member
            of the advisory board. Without one the board's settings decide.
    """

    reason: None | str | Unset = UNSET
    substitute_person_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        substitute_person_id: None | str | Unset
        if isinstance(self.substitute_person_id, Unset):
            substitute_person_id = UNSET
        elif isinstance(self.substitute_person_id, UUID):
            substitute_person_id = str(self.substitute_person_id)
        else:
            substitute_person_id = self.substitute_person_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if substitute_person_id is not UNSET:
            field_dict["substitutePersonId"] = substitute_person_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

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

        decline_request = cls(
            reason=reason,
            substitute_person_id=substitute_person_id,
        )

        return decline_request
