from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PollUpdate")


@_attrs_define
class PollUpdate:
    """A draft changes freely; an open consent proposal may be amended (a new round).

    Attributes:
        closes_at (datetime.datetime | Unset):
        description (None | str | Unset):
        quorum (int | None | Unset):
        title (str | Unset):
    """

    closes_at: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    quorum: int | None | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        closes_at: str | Unset = UNSET
        if not isinstance(self.closes_at, Unset):
            closes_at = self.closes_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        quorum: int | None | Unset
        if isinstance(self.quorum, Unset):
            quorum = UNSET
        else:
            quorum = self.quorum

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if closes_at is not UNSET:
            field_dict["closesAt"] = closes_at
        if description is not UNSET:
            field_dict["description"] = description
        if quorum is not UNSET:
            field_dict["quorum"] = quorum
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _closes_at = d.pop("closesAt", UNSET)
        closes_at: datetime.datetime | Unset
        if isinstance(_closes_at, Unset):
            closes_at = UNSET
        else:
            closes_at = datetime.datetime.fromisoformat(_closes_at)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_quorum(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quorum = _parse_quorum(d.pop("quorum", UNSET))

        title = d.pop("title", UNSET)

        poll_update = cls(
            closes_at=closes_at,
            description=description,
            quorum=quorum,
            title=title,
        )

        return poll_update
