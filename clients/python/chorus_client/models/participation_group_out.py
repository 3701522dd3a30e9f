from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.participation_figures_out import ParticipationFiguresOut


T = TypeVar("T", bound="ParticipationGroupOut")


@_attrs_define
class ParticipationGroupOut:
    """The people of one membership role (`former` for those no longer on the board).
    A group under the organisation's `smallCountThreshold` is withheld, and so are the
    smallest others until the withheld ones are two or more and hold the threshold
    between them, so the totals cannot give one away.

        Attributes:
            figures (None | ParticipationFiguresOut):
            people (int | None):
            role (str):
            suppressed (bool):
    """

    figures: None | ParticipationFiguresOut
    people: int | None
    role: str
    suppressed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.participation_figures_out import ParticipationFiguresOut  # noqa: PLC0415

        figures: dict[str, Any] | None
        if isinstance(self.figures, ParticipationFiguresOut):
            figures = self.figures.to_dict()
        else:
            figures = self.figures

        people: int | None
        people = self.people

        role = self.role

        suppressed = self.suppressed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "figures": figures,
                "people": people,
                "role": role,
                "suppressed": suppressed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participation_figures_out import ParticipationFiguresOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_figures(data: object) -> None | ParticipationFiguresOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                figures_type_0 = ParticipationFiguresOut.from_dict(data)

                return figures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ParticipationFiguresOut, data)

        figures = _parse_figures(d.pop("figures"))

        def _parse_people(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        people = _parse_people(d.pop("people"))

        role = d.pop("role")

        suppressed = d.pop("suppressed")

        participation_group_out = cls(
            figures=figures,
            people=people,
            role=role,
            suppressed=suppressed,
        )

        participation_group_out.additional_properties = d
        return participation_group_out

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
