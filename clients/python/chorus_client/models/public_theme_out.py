from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicThemeOut")


@_attrs_define
class PublicThemeOut:
    """
    Attributes:
        issue_count (int | None): null when under `suppressedBelow`.
        name (str):
        suppressed (bool):
    """

    issue_count: int | None
    name: str
    suppressed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issue_count: int | None
        issue_count = self.issue_count

        name = self.name

        suppressed = self.suppressed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issueCount": issue_count,
                "name": name,
                "suppressed": suppressed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_issue_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        issue_count = _parse_issue_count(d.pop("issueCount"))

        name = d.pop("name")

        suppressed = d.pop("suppressed")

        public_theme_out = cls(
            issue_count=issue_count,
            name=name,
            suppressed=suppressed,
        )

        public_theme_out.additional_properties = d
        return public_theme_out

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
