from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StandingOut")


@_attrs_define
class StandingOut:
    """
    Attributes:
        bidder_id (UUID):
        bidder_name (str): Shown only to coordinators and the lot's own panel.
        complete (bool): Every question has an agreed score.
        max_total (int): The sum of weight times the top of each scale.
        rank (int): 1 is best; equal totals share a rank.
        tied (bool):
        total (int): The sum of weight times agreed score.
    """

    bidder_id: UUID
    bidder_name: str
    complete: bool
    max_total: int
    rank: int
    tied: bool
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bidder_id = str(self.bidder_id)

        bidder_name = self.bidder_name

        complete = self.complete

        max_total = self.max_total

        rank = self.rank

        tied = self.tied

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bidderId": bidder_id,
                "bidderName": bidder_name,
                "complete": complete,
                "maxTotal": max_total,
                "rank": rank,
                "tied": tied,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bidder_id = UUID(d.pop("bidderId"))

        bidder_name = d.pop("bidderName")

        complete = d.pop("complete")

        max_total = d.pop("maxTotal")

        rank = d.pop("rank")

        tied = d.pop("tied")

        total = d.pop("total")

        standing_out = cls(
            bidder_id=bidder_id,
            bidder_name=bidder_name,
            complete=complete,
            max_total=max_total,
            rank=rank,
            tied=tied,
            total=total,
        )

        standing_out.additional_properties = d
        return standing_out

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
