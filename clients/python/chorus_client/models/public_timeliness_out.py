from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicTimelinessOut")


@_attrs_define
class PublicTimelinessOut:
    """Counts under `suppressedBelow` are null, and so is any share or median that
    would give one back.

        Attributes:
            answered_on_time (int | None):
            due (int | None):
            median_days_to_response (float | None):
            on_time_share (float | None):
            responses (int | None):
            suppressed (bool):
    """

    answered_on_time: int | None
    due: int | None
    median_days_to_response: float | None
    on_time_share: float | None
    responses: int | None
    suppressed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answered_on_time: int | None
        answered_on_time = self.answered_on_time

        due: int | None
        due = self.due

        median_days_to_response: float | None
        median_days_to_response = self.median_days_to_response

        on_time_share: float | None
        on_time_share = self.on_time_share

        responses: int | None
        responses = self.responses

        suppressed = self.suppressed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answeredOnTime": answered_on_time,
                "due": due,
                "medianDaysToResponse": median_days_to_response,
                "onTimeShare": on_time_share,
                "responses": responses,
                "suppressed": suppressed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_answered_on_time(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        answered_on_time = _parse_answered_on_time(d.pop("answeredOnTime"))

        def _parse_due(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        due = _parse_due(d.pop("due"))

        def _parse_median_days_to_response(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_days_to_response = _parse_median_days_to_response(d.pop("medianDaysToResponse"))

        def _parse_on_time_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        on_time_share = _parse_on_time_share(d.pop("onTimeShare"))

        def _parse_responses(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        responses = _parse_responses(d.pop("responses"))

        suppressed = d.pop("suppressed")

        public_timeliness_out = cls(
            answered_on_time=answered_on_time,
            due=due,
            median_days_to_response=median_days_to_response,
            on_time_share=on_time_share,
            responses=responses,
            suppressed=suppressed,
        )

        public_timeliness_out.additional_properties = d
        return public_timeliness_out

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
