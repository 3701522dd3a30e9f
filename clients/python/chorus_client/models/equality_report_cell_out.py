from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EqualityReportCellOut")


@_attrs_define
class EqualityReportCellOut:
    """
    Attributes:
        count (int | None): Null when withheld: under the organisation's smallCountThreshold, or hidden so that no
            withheld count can be worked out from the others and the total.
        label (str):
        option (str):
        percentage (float | None): Of the group's people; null with the count.
        population_percentage (float | None): The population's share, from the latest figures dated on or before the
            report's date; null without figures.
    """

    count: int | None
    label: str
    option: str
    percentage: float | None
    population_percentage: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int | None
        count = self.count

        label = self.label

        option = self.option

        percentage: float | None
        percentage = self.percentage

        population_percentage: float | None
        population_percentage = self.population_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "label": label,
                "option": option,
                "percentage": percentage,
                "populationPercentage": population_percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        count = _parse_count(d.pop("count"))

        label = d.pop("label")

        option = d.pop("option")

        def _parse_percentage(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        percentage = _parse_percentage(d.pop("percentage"))

        def _parse_population_percentage(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        population_percentage = _parse_population_percentage(d.pop("populationPercentage"))

        equality_report_cell_out = cls(
            count=count,
            label=label,
            option=option,
            percentage=percentage,
            population_percentage=population_percentage,
        )

        equality_report_cell_out.additional_properties = d
        return equality_report_cell_out

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
