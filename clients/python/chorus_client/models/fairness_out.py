from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FairnessOut")


@_attrs_define
class FairnessOut:
    """One pool member's share of a rotating seat; for a fixed seat, its holder's sittings
    first, then anyone who sat in or declined it.

        Attributes:
            baseline_turns (int): Turns they joined the pool with.
            declines (int):
            last_seat_at (datetime.datetime | None):
            person_id (UUID):
            status (str):
            turns (int):
    """

    baseline_turns: int
    declines: int
    last_seat_at: datetime.datetime | None
    person_id: UUID
    status: str
    turns: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        baseline_turns = self.baseline_turns

        declines = self.declines

        last_seat_at: None | str
        if isinstance(self.last_seat_at, datetime.datetime):
            last_seat_at = self.last_seat_at.isoformat()
        else:
            last_seat_at = self.last_seat_at

        person_id = str(self.person_id)

        status = self.status

        turns = self.turns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baselineTurns": baseline_turns,
                "declines": declines,
                "lastSeatAt": last_seat_at,
                "personId": person_id,
                "status": status,
                "turns": turns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        baseline_turns = d.pop("baselineTurns")

        declines = d.pop("declines")

        def _parse_last_seat_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_seat_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_seat_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_seat_at = _parse_last_seat_at(d.pop("lastSeatAt"))

        person_id = UUID(d.pop("personId"))

        status = d.pop("status")

        turns = d.pop("turns")

        fairness_out = cls(
            baseline_turns=baseline_turns,
            declines=declines,
            last_seat_at=last_seat_at,
            person_id=person_id,
            status=status,
            turns=turns,
        )

        fairness_out.additional_properties = d
        return fairness_out

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
