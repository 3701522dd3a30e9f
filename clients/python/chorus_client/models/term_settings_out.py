from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TermSettingsOut")


@_attrs_define
class TermSettingsOut:
    """
    Attributes:
        alert_days (int): Days before a term ends that the member is told.
        board_id (UUID):
        freshness_years (int): What counts as recent in the freshness report.
    """

    alert_days: int
    board_id: UUID
    freshness_years: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_days = self.alert_days

        board_id = str(self.board_id)

        freshness_years = self.freshness_years

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alertDays": alert_days,
                "boardId": board_id,
                "freshnessYears": freshness_years,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alert_days = d.pop("alertDays")

        board_id = UUID(d.pop("boardId"))

        freshness_years = d.pop("freshnessYears")

        term_settings_out = cls(
            alert_days=alert_days,
            board_id=board_id,
            freshness_years=freshness_years,
        )

        term_settings_out.additional_properties = d
        return term_settings_out

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
