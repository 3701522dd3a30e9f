from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FreshnessOut")


@_attrs_define
class FreshnessOut:
    """Share of a board's active members whose first term here began within the board's
    freshness window. Counts under the threshold (zero included) are null and marked
    suppressed, so no small group can be picked out.

        Attributes:
            as_of (datetime.date):
            board_id (UUID):
            fresh (int | None):
            freshness_years (int):
            members (int | None):
            share (float | None):
            suppressed (bool):
    """

    as_of: datetime.date
    board_id: UUID
    fresh: int | None
    freshness_years: int
    members: int | None
    share: float | None
    suppressed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        board_id = str(self.board_id)

        fresh: int | None
        fresh = self.fresh

        freshness_years = self.freshness_years

        members: int | None
        members = self.members

        share: float | None
        share = self.share

        suppressed = self.suppressed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asOf": as_of,
                "boardId": board_id,
                "fresh": fresh,
                "freshnessYears": freshness_years,
                "members": members,
                "share": share,
                "suppressed": suppressed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        board_id = UUID(d.pop("boardId"))

        def _parse_fresh(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        fresh = _parse_fresh(d.pop("fresh"))

        freshness_years = d.pop("freshnessYears")

        def _parse_members(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        members = _parse_members(d.pop("members"))

        def _parse_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        share = _parse_share(d.pop("share"))

        suppressed = d.pop("suppressed")

        freshness_out = cls(
            as_of=as_of,
            board_id=board_id,
            fresh=fresh,
            freshness_years=freshness_years,
            members=members,
            share=share,
            suppressed=suppressed,
        )

        freshness_out.additional_properties = d
        return freshness_out

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
