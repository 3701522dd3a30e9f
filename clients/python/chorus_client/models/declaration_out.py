from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeclarationOut")


@_attrs_define
class DeclarationOut:
    """
    Attributes:
        bidder_id (UUID):
        connected (bool):
        created_at (datetime.datetime):
        detail (None | str): Shown only to coordinators and the declarer.
        id (UUID):
        member_id (UUID):
    """

    bidder_id: UUID
    connected: bool
    created_at: datetime.datetime
    detail: None | str
    id: UUID
    member_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bidder_id = str(self.bidder_id)

        connected = self.connected

        created_at = self.created_at.isoformat()

        detail: None | str
        detail = self.detail

        id = str(self.id)

        member_id = str(self.member_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bidderId": bidder_id,
                "connected": connected,
                "createdAt": created_at,
                "detail": detail,
                "id": id,
                "memberId": member_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bidder_id = UUID(d.pop("bidderId"))

        connected = d.pop("connected")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_detail(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detail = _parse_detail(d.pop("detail"))

        id = UUID(d.pop("id"))

        member_id = UUID(d.pop("memberId"))

        declaration_out = cls(
            bidder_id=bidder_id,
            connected=connected,
            created_at=created_at,
            detail=detail,
            id=id,
            member_id=member_id,
        )

        declaration_out.additional_properties = d
        return declaration_out

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
