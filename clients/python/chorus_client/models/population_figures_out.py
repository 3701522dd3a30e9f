from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.figure_kind import FigureKind

if TYPE_CHECKING:
    from ..models.population_figures_out_values import PopulationFiguresOutValues


T = TypeVar("T", bound="PopulationFiguresOut")


@_attrs_define
class PopulationFiguresOut:
    """The make-up of the population served, for one question, as published.

    Attributes:
        as_of (datetime.date):
        created_at (datetime.datetime):
        id (UUID):
        kind (FigureKind):
        question_id (UUID):
        source (str):
        values (PopulationFiguresOutValues): Option key to a percentage or a count.
    """

    as_of: datetime.date
    created_at: datetime.datetime
    id: UUID
    kind: FigureKind
    question_id: UUID
    source: str
    values: PopulationFiguresOutValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        created_at = self.created_at.isoformat()

        id = str(self.id)

        kind = self.kind.value

        question_id = str(self.question_id)

        source = self.source

        values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asOf": as_of,
                "createdAt": created_at,
                "id": id,
                "kind": kind,
                "questionId": question_id,
                "source": source,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.population_figures_out_values import PopulationFiguresOutValues  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = UUID(d.pop("id"))

        kind = FigureKind(d.pop("kind"))

        question_id = UUID(d.pop("questionId"))

        source = d.pop("source")

        values = PopulationFiguresOutValues.from_dict(d.pop("values"))

        population_figures_out = cls(
            as_of=as_of,
            created_at=created_at,
            id=id,
            kind=kind,
            question_id=question_id,
            source=source,
            values=values,
        )

        population_figures_out.additional_properties = d
        return population_figures_out

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
