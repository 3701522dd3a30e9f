from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.objection_status import ObjectionStatus

T = TypeVar("T", bound="ObjectionOut")


@_attrs_define
class ObjectionOut:
    """An objection to a consent proposal. The objector is not shown.

    Attributes:
        id (UUID):
        poll_id (UUID):
        reason (str):
        resolution (None | str):
        round_ (int):
        settled_at (datetime.datetime | None):
        status (ObjectionStatus):
    """

    id: UUID
    poll_id: UUID
    reason: str
    resolution: None | str
    round_: int
    settled_at: datetime.datetime | None
    status: ObjectionStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        poll_id = str(self.poll_id)

        reason = self.reason

        resolution: None | str
        resolution = self.resolution

        round_ = self.round_

        settled_at: None | str
        if isinstance(self.settled_at, datetime.datetime):
            settled_at = self.settled_at.isoformat()
        else:
            settled_at = self.settled_at

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "pollId": poll_id,
                "reason": reason,
                "resolution": resolution,
                "round": round_,
                "settledAt": settled_at,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        poll_id = UUID(d.pop("pollId"))

        reason = d.pop("reason")

        def _parse_resolution(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution = _parse_resolution(d.pop("resolution"))

        round_ = d.pop("round")

        def _parse_settled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                settled_at_type_0 = datetime.datetime.fromisoformat(data)

                return settled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        settled_at = _parse_settled_at(d.pop("settledAt"))

        status = ObjectionStatus(d.pop("status"))

        objection_out = cls(
            id=id,
            poll_id=poll_id,
            reason=reason,
            resolution=resolution,
            round_=round_,
            settled_at=settled_at,
            status=status,
        )

        objection_out.additional_properties = d
        return objection_out

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
