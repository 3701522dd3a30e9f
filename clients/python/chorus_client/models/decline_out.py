from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.assignment_out import AssignmentOut


T = TypeVar("T", bound="DeclineOut")


@_attrs_define
class DeclineOut:
    """
    Attributes:
        declined (AssignmentOut): A person in a seat at a meeting.
        replacement (AssignmentOut | None): The next eligible member, now holding the seat; null if nobody is.
    """

    declined: AssignmentOut
    replacement: AssignmentOut | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assignment_out import AssignmentOut  # noqa: PLC0415

        declined = self.declined.to_dict()

        replacement: dict[str, Any] | None
        if isinstance(self.replacement, AssignmentOut):
            replacement = self.replacement.to_dict()
        else:
            replacement = self.replacement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "declined": declined,
                "replacement": replacement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_out import AssignmentOut  # noqa: PLC0415

        d = dict(src_dict)
        declined = AssignmentOut.from_dict(d.pop("declined"))

        def _parse_replacement(data: object) -> AssignmentOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                replacement_type_0 = AssignmentOut.from_dict(data)

                return replacement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssignmentOut | None, data)

        replacement = _parse_replacement(d.pop("replacement"))

        decline_out = cls(
            declined=declined,
            replacement=replacement,
        )

        decline_out.additional_properties = d
        return decline_out

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
