from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.participation_figures_out import ParticipationFiguresOut
    from ..models.participation_group_out import ParticipationGroupOut


T = TypeVar("T", bound="BoardParticipationOut")


@_attrs_define
class BoardParticipationOut:
    """
    Attributes:
        board_id (UUID):
        from_ (datetime.date):
        groups (list[ParticipationGroupOut]):
        paid_within_days (int):
        people (int):
        to (datetime.date):
        totals (ParticipationFiguresOut):
    """

    board_id: UUID
    from_: datetime.date
    groups: list[ParticipationGroupOut]
    paid_within_days: int
    people: int
    to: datetime.date
    totals: ParticipationFiguresOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_id = str(self.board_id)

        from_ = self.from_.isoformat()

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        paid_within_days = self.paid_within_days

        people = self.people

        to = self.to.isoformat()

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boardId": board_id,
                "from": from_,
                "groups": groups,
                "paidWithinDays": paid_within_days,
                "people": people,
                "to": to,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participation_figures_out import ParticipationFiguresOut  # noqa: PLC0415
        from ..models.participation_group_out import ParticipationGroupOut  # noqa: PLC0415

        d = dict(src_dict)
        board_id = UUID(d.pop("boardId"))

        from_ = datetime.date.fromisoformat(d.pop("from"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = ParticipationGroupOut.from_dict(groups_item_data)

            groups.append(groups_item)

        paid_within_days = d.pop("paidWithinDays")

        people = d.pop("people")

        to = datetime.date.fromisoformat(d.pop("to"))

        totals = ParticipationFiguresOut.from_dict(d.pop("totals"))

        board_participation_out = cls(
            board_id=board_id,
            from_=from_,
            groups=groups,
            paid_within_days=paid_within_days,
            people=people,
            to=to,
            totals=totals,
        )

        board_participation_out.additional_properties = d
        return board_participation_out

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
