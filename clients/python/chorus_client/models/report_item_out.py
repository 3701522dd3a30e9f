from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.decision import Decision
from ..models.priority import Priority
from ..models.recommendation_status import RecommendationStatus

if TYPE_CHECKING:
    from ..models.report_note_out import ReportNoteOut
    from ..models.report_theme_out import ReportThemeOut
    from ..models.response_out import ResponseOut


T = TypeVar("T", bound="ReportItemOut")


@_attrs_define
class ReportItemOut:
    """One recommendation of the report: what the board said, the latest response and its
    reasons, and what was done since.

        Attributes:
            addressed_to (None | str):
            addressed_to_board_id (None | UUID):
            body (str): The recommendation's own text: the "you said".
            days_to_implemented (int | None): Whole days from the latest response to the note that marked it implemented,
                while it is implemented.
            days_to_response (int | None): Whole days from the submission the latest response answered to it.
            decision (Decision | None):
            first_submitted_at (datetime.datetime | None):
            id (UUID):
            overdue (bool):
            priority (Priority):
            response (None | ResponseOut):
            response_due_on (datetime.date | None):
            status (RecommendationStatus):
            submitted_at (datetime.datetime | None):
            themes (list[ReportThemeOut]):
            title (str):
            updates (list[ReportNoteOut]): Every progress note ("we did"), by date.
    """

    addressed_to: None | str
    addressed_to_board_id: None | UUID
    body: str
    days_to_implemented: int | None
    days_to_response: int | None
    decision: Decision | None
    first_submitted_at: datetime.datetime | None
    id: UUID
    overdue: bool
    priority: Priority
    response: None | ResponseOut
    response_due_on: datetime.date | None
    status: RecommendationStatus
    submitted_at: datetime.datetime | None
    themes: list[ReportThemeOut]
    title: str
    updates: list[ReportNoteOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_out import ResponseOut  # noqa: PLC0415

        addressed_to: None | str
        addressed_to = self.addressed_to

        addressed_to_board_id: None | str
        if isinstance(self.addressed_to_board_id, UUID):
            addressed_to_board_id = str(self.addressed_to_board_id)
        else:
            addressed_to_board_id = self.addressed_to_board_id

        body = self.body

        days_to_implemented: int | None
        days_to_implemented = self.days_to_implemented

        days_to_response: int | None
        days_to_response = self.days_to_response

        decision: None | str
        if isinstance(self.decision, Decision):
            decision = self.decision.value
        else:
            decision = self.decision

        first_submitted_at: None | str
        if isinstance(self.first_submitted_at, datetime.datetime):
            first_submitted_at = self.first_submitted_at.isoformat()
        else:
            first_submitted_at = self.first_submitted_at

        id = str(self.id)

        overdue = self.overdue

        priority = self.priority.value

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

        themes = []
        for themes_item_data in self.themes:
            themes_item = themes_item_data.to_dict()
            themes.append(themes_item)

        title = self.title

        updates = []
        for updates_item_data in self.updates:
            updates_item = updates_item_data.to_dict()
            updates.append(updates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressedTo": addressed_to,
                "addressedToBoardId": addressed_to_board_id,
                "body": body,
                "daysToImplemented": days_to_implemented,
                "daysToResponse": days_to_response,
                "decision": decision,
                "firstSubmittedAt": first_submitted_at,
                "id": id,
                "overdue": overdue,
                "priority": priority,
                "response": response,
                "responseDueOn": response_due_on,
                "status": status,
                "submittedAt": submitted_at,
                "themes": themes,
                "title": title,
                "updates": updates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_note_out import ReportNoteOut  # noqa: PLC0415
        from ..models.report_theme_out import ReportThemeOut  # noqa: PLC0415
        from ..models.response_out import ResponseOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_addressed_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        addressed_to = _parse_addressed_to(d.pop("addressedTo"))

        def _parse_addressed_to_board_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                addressed_to_board_id_type_0 = UUID(data)

                return addressed_to_board_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        addressed_to_board_id = _parse_addressed_to_board_id(d.pop("addressedToBoardId"))

        body = d.pop("body")

        def _parse_days_to_implemented(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        days_to_implemented = _parse_days_to_implemented(d.pop("daysToImplemented"))

        def _parse_days_to_response(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        days_to_response = _parse_days_to_response(d.pop("daysToResponse"))

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

        overdue = d.pop("overdue")

        priority = Priority(d.pop("priority"))

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

        themes = []
        _themes = d.pop("themes")
        for themes_item_data in _themes:
            themes_item = ReportThemeOut.from_dict(themes_item_data)

            themes.append(themes_item)

        title = d.pop("title")

        updates = []
        _updates = d.pop("updates")
        for updates_item_data in _updates:
            updates_item = ReportNoteOut.from_dict(updates_item_data)

            updates.append(updates_item)

        report_item_out = cls(
            addressed_to=addressed_to,
            addressed_to_board_id=addressed_to_board_id,
            body=body,
            days_to_implemented=days_to_implemented,
            days_to_response=days_to_response,
            decision=decision,
            first_submitted_at=first_submitted_at,
            id=id,
            overdue=overdue,
            priority=priority,
            response=response,
            response_due_on=response_due_on,
            status=status,
            submitted_at=submitted_at,
            themes=themes,
            title=title,
            updates=updates,
        )

        report_item_out.additional_properties = d
        return report_item_out

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
