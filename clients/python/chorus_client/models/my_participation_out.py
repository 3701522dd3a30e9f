from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.my_board_participation_out import MyBoardParticipationOut


T = TypeVar("T", bound="MyParticipationOut")


@_attrs_define
class MyParticipationOut:
    """
    Attributes:
        boards (list[MyBoardParticipationOut]):
        from_ (datetime.date):
        paid_within_days (int):
        to (datetime.date):
    """

    boards: list[MyBoardParticipationOut]
    from_: datetime.date
    paid_within_days: int
    to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        boards = []
        for boards_item_data in self.boards:
            boards_item = boards_item_data.to_dict()
            boards.append(boards_item)

        from_ = self.from_.isoformat()

        paid_within_days = self.paid_within_days

        to = self.to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boards": boards,
                "from": from_,
                "paidWithinDays": paid_within_days,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.my_board_participation_out import MyBoardParticipationOut  # noqa: PLC0415

        d = dict(src_dict)
        boards = []
        _boards = d.pop("boards")
        for boards_item_data in _boards:
            boards_item = MyBoardParticipationOut.from_dict(boards_item_data)

            boards.append(boards_item)

        from_ = datetime.date.fromisoformat(d.pop("from"))

        paid_within_days = d.pop("paidWithinDays")

        to = datetime.date.fromisoformat(d.pop("to"))

        my_participation_out = cls(
            boards=boards,
            from_=from_,
            paid_within_days=paid_within_days,
            to=to,
        )

        my_participation_out.additional_properties = d
        return my_participation_out

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
