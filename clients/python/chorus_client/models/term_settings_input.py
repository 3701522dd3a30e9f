from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TermSettingsInput")


@_attrs_define
class TermSettingsInput:
    """
    Attributes:
        alert_days (int | Unset): Days before a term ends that the member is told. Default: 60.
        freshness_years (int | Unset): How recent a first term counts as fresh. Default: 2.
    """

    alert_days: int | Unset = 60
    freshness_years: int | Unset = 2

    def to_dict(self) -> dict[str, Any]:
        alert_days = self.alert_days

        freshness_years = self.freshness_years

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if alert_days is not UNSET:
            field_dict["alertDays"] = alert_days
        if freshness_years is not UNSET:
            field_dict["freshnessYears"] = freshness_years

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alert_days = d.pop("alertDays", UNSET)

        freshness_years = d.pop("freshnessYears", UNSET)

        term_settings_input = cls(
            alert_days=alert_days,
            freshness_years=freshness_years,
        )

        return term_settings_input
