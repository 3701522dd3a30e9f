from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.public_progress_out import PublicProgressOut


T = TypeVar("T", bound="PublicRecommendationOut")


@_attrs_define
class PublicRecommendationOut:
    """
    Attributes:
        days_to_response (int | None):
        decision (None | str):
        first_submitted_at (datetime.datetime | None):
        id (UUID):
        on_time (bool | None):
        overdue (bool):
        progress (list[PublicProgressOut]):
        reasons (None | str): The response's reasons.
        responded_at (datetime.datetime | None):
        response_due_on (datetime.date | None):
        status (str):
        text (str): The recommendation itself: the "you said".
        title (str):
    """

    days_to_response: int | None
    decision: None | str
    first_submitted_at: datetime.datetime | None
    id: UUID
    on_time: bool | None
    overdue: bool
    progress: list[PublicProgressOut]
    reasons: None | str
    responded_at: datetime.datetime | None
    response_due_on: datetime.date | None
    status: str
    text: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days_to_response: int | None
        days_to_response = self.days_to_response

        decision: None | str
        decision = self.decision

        first_submitted_at: None | str
        if isinstance(self.first_submitted_at, datetime.datetime):
            first_submitted_at = self.first_submitted_at.isoformat()
        else:
            first_submitted_at = self.first_submitted_at

        id = str(self.id)

        on_time: bool | None
        on_time = self.on_time

        overdue = self.overdue

        progress = []
        for progress_item_data in self.progress:
            progress_item = progress_item_data.to_dict()
            progress.append(progress_item)

        reasons: None | str
        reasons = self.reasons

        responded_at: None | str
        if isinstance(self.responded_at, datetime.datetime):
            responded_at = self.responded_at.isoformat()
        else:
            responded_at = self.responded_at

        response_due_on: None | str
        if isinstance(self.response_due_on, datetime.date):
            response_due_on = self.response_due_on.isoformat()
        else:
            response_due_on = self.response_due_on

        status = self.status

        text = self.text

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daysToResponse": days_to_response,
                "decision": decision,
                "firstSubmittedAt": first_submitted_at,
                "id": id,
                "onTime": on_time,
                "overdue": overdue,
                "progress": progress,
                "reasons": reasons,
                "respondedAt": responded_at,
                "responseDueOn": response_due_on,
                "status": status,
                "text": text,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_progress_out import PublicProgressOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_days_to_response(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        days_to_response = _parse_days_to_response(d.pop("daysToResponse"))

        def _parse_decision(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision = _parse_decision(d.pop("decision"))

        def _parse_first_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_submitted_at = _parse_first_submitted_at(d.pop("firstSubmittedAt"))

        id = UUID(d.pop("id"))

        def _parse_on_time(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        on_time = _parse_on_time(d.pop("onTime"))

        overdue = d.pop("overdue")

        progress = []
        _progress = d.pop("progress")
        for progress_item_data in _progress:
            progress_item = PublicProgressOut.from_dict(progress_item_data)

            progress.append(progress_item)

        def _parse_reasons(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reasons = _parse_reasons(d.pop("reasons"))

        def _parse_responded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responded_at_type_0 = datetime.datetime.fromisoformat(data)

                return responded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        responded_at = _parse_responded_at(d.pop("respondedAt"))

        def _parse_response_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_due_on_type_0 = datetime.date.fromisoformat(data)

                return response_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        response_due_on = _parse_response_due_on(d.pop("responseDueOn"))

        status = d.pop("status")

        text = d.pop("text")

        title = d.pop("title")

        public_recommendation_out = cls(
            days_to_response=days_to_response,
            decision=decision,
            first_submitted_at=first_submitted_at,
            id=id,
            on_time=on_time,
            overdue=overdue,
            progress=progress,
            reasons=reasons,
            responded_at=responded_at,
            response_due_on=response_due_on,
            status=status,
            text=text,
            title=title,
        )

        public_recommendation_out.additional_properties = d
        return public_recommendation_out

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
