from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lot_phase import LotPhase

if TYPE_CHECKING:
    from ..models.standing_out import StandingOut


T = TypeVar("T", bound="ResultsOut")


@_attrs_define
class ResultsOut:
    """
    Attributes:
        lot_id (UUID):
        phase (LotPhase):
        standings (list[StandingOut]): Best first.
    """

    lot_id: UUID
    phase: LotPhase
    standings: list[StandingOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lot_id = str(self.lot_id)

        phase = self.phase.value

        standings = []
        for standings_item_data in self.standings:
            standings_item = standings_item_data.to_dict()
            standings.append(standings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lotId": lot_id,
                "phase": phase,
                "standings": standings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.standing_out import StandingOut  # noqa: PLC0415

        d = dict(src_dict)
        lot_id = UUID(d.pop("lotId"))

        phase = LotPhase(d.pop("phase"))

        standings = []
        _standings = d.pop("standings")
        for standings_item_data in _standings:
            standings_item = StandingOut.from_dict(standings_item_data)

            standings.append(standings_item)

        results_out = cls(
            lot_id=lot_id,
            phase=phase,
            standings=standings,
        )

        results_out.additional_properties = d
        return results_out

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
