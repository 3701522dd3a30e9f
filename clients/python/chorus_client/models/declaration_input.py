from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeclarationInput")


@_attrs_define
class DeclarationInput:
    """
    Attributes:
        bidder_id (UUID):
        connected (bool): Connected to this bidder in any way.
        detail (None | str | Unset):
    """

    bidder_id: UUID
    connected: bool
    detail: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bidder_id = str(self.bidder_id)

        connected = self.connected

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bidderId": bidder_id,
                "connected": connected,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bidder_id = UUID(d.pop("bidderId"))

        connected = d.pop("connected")

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        declaration_input = cls(
            bidder_id=bidder_id,
            connected=connected,
            detail=detail,
        )

        return declaration_input
