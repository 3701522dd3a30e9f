from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.equality_report_cell_out import EqualityReportCellOut


T = TypeVar("T", bound="EqualityQuestionReportOut")


@_attrs_define
class EqualityQuestionReportOut:
    """
    Attributes:
        cells (list[EqualityReportCellOut]):
        key (str):
        label (str):
        not_answered (int | None): People of the group without an answer. Null when withheld: under the organisation's
            smallCountThreshold, or hidden so that no withheld count can be worked out from the others and the total.
        population_as_of (datetime.date | None):
        population_source (None | str):
        question_id (UUID):
    """

    cells: list[EqualityReportCellOut]
    key: str
    label: str
    not_answered: int | None
    population_as_of: datetime.date | None
    population_source: None | str
    question_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cells = []
        for cells_item_data in self.cells:
            cells_item = cells_item_data.to_dict()
            cells.append(cells_item)

        key = self.key

        label = self.label

        not_answered: int | None
        not_answered = self.not_answered

        population_as_of: None | str
        if isinstance(self.population_as_of, datetime.date):
            population_as_of = self.population_as_of.isoformat()
        else:
            population_as_of = self.population_as_of

        population_source: None | str
        population_source = self.population_source

        question_id = str(self.question_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cells": cells,
                "key": key,
                "label": label,
                "notAnswered": not_answered,
                "populationAsOf": population_as_of,
                "populationSource": population_source,
                "questionId": question_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.equality_report_cell_out import EqualityReportCellOut  # noqa: PLC0415

        d = dict(src_dict)
        cells = []
        _cells = d.pop("cells")
        for cells_item_data in _cells:
            cells_item = EqualityReportCellOut.from_dict(cells_item_data)

            cells.append(cells_item)

        key = d.pop("key")

        label = d.pop("label")

        def _parse_not_answered(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        not_answered = _parse_not_answered(d.pop("notAnswered"))

        def _parse_population_as_of(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                population_as_of_type_0 = datetime.date.fromisoformat(data)

                return population_as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        population_as_of = _parse_population_as_of(d.pop("populationAsOf"))

        def _parse_population_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        population_source = _parse_population_source(d.pop("populationSource"))

        question_id = UUID(d.pop("questionId"))

        equality_question_report_out = cls(
            cells=cells,
            key=key,
            label=label,
            not_answered=not_answered,
            population_as_of=population_as_of,
            population_source=population_source,
            question_id=question_id,
        )

        equality_question_report_out.additional_properties = d
        return equality_question_report_out

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
