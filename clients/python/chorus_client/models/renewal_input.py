from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RenewalInput")


@_attrs_define
class RenewalInput:
    """
    Attributes:
        reason (str):
        term_end (datetime.date): The end of the renewed term.
    """

    reason: str
    term_end: datetime.date

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        term_end = self.term_end.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "termEnd": term_end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        term_end = datetime.date.fromisoformat(d.pop("termEnd"))

        renewal_input = cls(
            reason=reason,
            term_end=term_end,
        )

        return renewal_input
