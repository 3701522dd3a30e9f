from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LatePaperOut")


@_attrs_define
class LatePaperOut:
    """
    Attributes:
        circulated_at (datetime.datetime | None):
        late_reason (None | str):
        outcome (str): late, or not_circulated.
        paper_id (UUID):
        title (str):
    """

    circulated_at: datetime.datetime | None
    late_reason: None | str
    outcome: str
    paper_id: UUID
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        circulated_at: None | str
        if isinstance(self.circulated_at, datetime.datetime):
            circulated_at = self.circulated_at.isoformat()
        else:
            circulated_at = self.circulated_at

        late_reason: None | str
        late_reason = self.late_reason

        outcome = self.outcome

        paper_id = str(self.paper_id)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "circulatedAt": circulated_at,
                "lateReason": late_reason,
                "outcome": outcome,
                "paperId": paper_id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_circulated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                circulated_at_type_0 = datetime.datetime.fromisoformat(data)

                return circulated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        circulated_at = _parse_circulated_at(d.pop("circulatedAt"))

        def _parse_late_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        late_reason = _parse_late_reason(d.pop("lateReason"))

        outcome = d.pop("outcome")

        paper_id = UUID(d.pop("paperId"))

        title = d.pop("title")

        late_paper_out = cls(
            circulated_at=circulated_at,
            late_reason=late_reason,
            outcome=outcome,
            paper_id=paper_id,
            title=title,
        )

        late_paper_out.additional_properties = d
        return late_paper_out

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
