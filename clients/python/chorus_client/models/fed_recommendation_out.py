from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.decision import Decision
from ..models.recommendation_status import RecommendationStatus

if TYPE_CHECKING:
    from ..models.response_out import ResponseOut


T = TypeVar("T", bound="FedRecommendationOut")


@_attrs_define
class FedRecommendationOut:
    """A recommendation an issue fed, and the latest answer to it.

    Attributes:
        decision (Decision | None):
        escalation_level (int | None):
        id (UUID):
        overdue (bool):
        response (None | ResponseOut):
        response_due_on (datetime.date | None):
        status (RecommendationStatus):
        submitted_at (datetime.datetime | None):
        through_theme (bool): Fed through the issue's theme, not by name.
        title (str):
    """

    decision: Decision | None
    escalation_level: int | None
    id: UUID
    overdue: bool
    response: None | ResponseOut
    response_due_on: datetime.date | None
    status: RecommendationStatus
    submitted_at: datetime.datetime | None
    through_theme: bool
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_out import ResponseOut  # noqa: PLC0415

        decision: None | str
        if isinstance(self.decision, Decision):
            decision = self.decision.value
        else:
            decision = self.decision

        escalation_level: int | None
        escalation_level = self.escalation_level

        id = str(self.id)

        overdue = self.overdue

        response: dict[str, Any] | None
        if isinstance(self.response, ResponseOut):
            response = self.response.to_dict()
        else:
            response = self.response

        response_due_on: None | str
        if isinstance(self.response_due_on, datetime.date):
            response_due_on = self.response_due_on.isoformat()
        else:
            response_due_on = self.response_due_on

        status = self.status.value

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        through_theme = self.through_theme

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decision": decision,
                "escalationLevel": escalation_level,
                "id": id,
                "overdue": overdue,
                "response": response,
                "responseDueOn": response_due_on,
                "status": status,
                "submittedAt": submitted_at,
                "throughTheme": through_theme,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_out import ResponseOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_decision(data: object) -> Decision | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_type_0 = Decision(data)

                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decision | None, data)

        decision = _parse_decision(d.pop("decision"))

        def _parse_escalation_level(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        escalation_level = _parse_escalation_level(d.pop("escalationLevel"))

        id = UUID(d.pop("id"))

        overdue = d.pop("overdue")

        def _parse_response(data: object) -> None | ResponseOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_0 = ResponseOut.from_dict(data)

                return response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseOut, data)

        response = _parse_response(d.pop("response"))

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

        status = RecommendationStatus(d.pop("status"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submittedAt"))

        through_theme = d.pop("throughTheme")

        title = d.pop("title")

        fed_recommendation_out = cls(
            decision=decision,
            escalation_level=escalation_level,
            id=id,
            overdue=overdue,
            response=response,
            response_due_on=response_due_on,
            status=status,
            submitted_at=submitted_at,
            through_theme=through_theme,
            title=title,
        )

        fed_recommendation_out.additional_properties = d
        return fed_recommendation_out

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
