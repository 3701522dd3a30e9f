from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MinutesPublicTextInput")


@_attrs_define
class MinutesPublicTextInput:
    """
    Attributes:
        public_text (None | str): The minutes as the public may read them, with personal passages replaced by
            [redacted]; shown on the board's public page once the minutes are approved. null takes it down.
    """

    public_text: None | str

    def to_dict(self) -> dict[str, Any]:
        public_text: None | str
        public_text = self.public_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "publicText": public_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_public_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        public_text = _parse_public_text(d.pop("publicText"))

        minutes_public_text_input = cls(
            public_text=public_text,
        )

        return minutes_public_text_input
