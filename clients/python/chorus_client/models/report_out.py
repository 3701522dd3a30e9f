from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_item_out import ReportItemOut
    from ..models.report_out_bydecision import ReportOutBydecision
    from ..models.report_out_bystatus import ReportOutBystatus


T = TypeVar("T", bound="ReportOut")


@_attrs_define
class ReportOut:
    """
    Attributes:
        answered_on_time (int):
        as_of (datetime.date): The day the figures are as of.
        awaiting_response (int):
        board_id (UUID):
        by_decision (ReportOutBydecision):
        by_status (ReportOutBystatus):
        due_count (int):
        items (list[ReportItemOut]):
        median_days_to_response (float | None):
        on_time_share (float | None):
        period_from (datetime.date | None):
        period_to (datetime.date | None):
        responses (int):
        total (int):
    """

    answered_on_time: int
    as_of: datetime.date
    awaiting_response: int
    board_id: UUID
    by_decision: ReportOutBydecision
    by_status: ReportOutBystatus
    due_count: int
    items: list[ReportItemOut]
    median_days_to_response: float | None
    on_time_share: float | None
    period_from: datetime.date | None
    period_to: datetime.date | None
    responses: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answered_on_time = self.answered_on_time

        as_of = self.as_of.isoformat()

        awaiting_response = self.awaiting_response

        board_id = str(self.board_id)

        by_decision = self.by_decision.to_dict()

        by_status = self.by_status.to_dict()

        due_count = self.due_count

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        median_days_to_response: float | None
        median_days_to_response = self.median_days_to_response

        on_time_share: float | None
        on_time_share = self.on_time_share

        period_from: None | str
        if isinstance(self.period_from, datetime.date):
            period_from = self.period_from.isoformat()
        else:
            period_from = self.period_from

        period_to: None | str
        if isinstance(self.period_to, datetime.date):
            period_to = self.period_to.isoformat()
        else:
            period_to = self.period_to

        responses = self.responses

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answeredOnTime": answered_on_time,
                "asOf": as_of,
                "awaitingResponse": awaiting_response,
                "boardId": board_id,
                "byDecision": by_decision,
                "byStatus": by_status,
                "dueCount": due_count,
                "items": items,
                "medianDaysToResponse": median_days_to_response,
                "onTimeShare": on_time_share,
                "periodFrom": period_from,
                "periodTo": period_to,
                "responses": responses,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_item_out import ReportItemOut  # noqa: PLC0415
        from ..models.report_out_bydecision import ReportOutBydecision  # noqa: PLC0415
        from ..models.report_out_bystatus import ReportOutBystatus  # noqa: PLC0415

        d = dict(src_dict)
        answered_on_time = d.pop("answeredOnTime")

        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        awaiting_response = d.pop("awaitingResponse")

        board_id = UUID(d.pop("boardId"))

        by_decision = ReportOutBydecision.from_dict(d.pop("byDecision"))

        by_status = ReportOutBystatus.from_dict(d.pop("byStatus"))

        due_count = d.pop("dueCount")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ReportItemOut.from_dict(items_item_data)

            items.append(items_item)

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

        def _parse_period_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_from_type_0 = datetime.date.fromisoformat(data)

                return period_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_from = _parse_period_from(d.pop("periodFrom"))

        def _parse_period_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_to_type_0 = datetime.date.fromisoformat(data)

                return period_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_to = _parse_period_to(d.pop("periodTo"))

        responses = d.pop("responses")

        total = d.pop("total")

        report_out = cls(
            answered_on_time=answered_on_time,
            as_of=as_of,
            awaiting_response=awaiting_response,
            board_id=board_id,
            by_decision=by_decision,
            by_status=by_status,
            due_count=due_count,
            items=items,
            median_days_to_response=median_days_to_response,
            on_time_share=on_time_share,
            period_from=period_from,
            period_to=period_to,
            responses=responses,
            total=total,
        )

        report_out.additional_properties = d
        return report_out

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
