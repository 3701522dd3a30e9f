from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.figure_kind import FigureKind

if TYPE_CHECKING:
    from ..models.population_figures_create_values import PopulationFiguresCreateValues


T = TypeVar("T", bound="PopulationFiguresCreate")


@_attrs_define
class PopulationFiguresCreate:
    """
    Attributes:
        as_of (datetime.date): The date the figures describe.
        kind (FigureKind):
        question_id (UUID):
        source (str): Who published the figures, e.g. HMPPS.
        values (PopulationFiguresCreateValues): Option key to a percentage or a count.
    """

    as_of: datetime.date
    kind: FigureKind
    question_id: UUID
    source: str
    values: PopulationFiguresCreateValues

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        kind = self.kind.value

        question_id = str(self.question_id)

        source = self.source

        values = self.values.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "asOf": as_of,
                "kind": kind,
                "questionId": question_id,
                "source": source,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.population_figures_create_values import PopulationFiguresCreateValues  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        kind = FigureKind(d.pop("kind"))

        question_id = UUID(d.pop("questionId"))

        source = d.pop("source")

        values = PopulationFiguresCreateValues.from_dict(d.pop("values"))

        population_figures_create = cls(
            as_of=as_of,
            kind=kind,
            question_id=question_id,
            source=source,
            values=values,
        )

        return population_figures_create
