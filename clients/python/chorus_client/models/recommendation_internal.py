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
    from ..models.response_out import ResponseOut


T = TypeVar("T", bound="RecommendationInternal")


@_attrs_define
class RecommendationInternal:
    """For people of the organisation: the supporting issues and who drafted it.

    Attributes:
        addressed_to (None | str): Another named body, when not a board known here.
        addressed_to_board_id (None | UUID):
        agreed_by_poll_id (None | UUID): The poll in which the board agreed it: the group's decision on record.
        board_id (UUID):
        body (str):
        closed_at (datetime.datetime | None):
        created_at (datetime.datetime):
        created_by (None | UUID): The person who drafted it.
        decision (Decision | None):
        escalation_level (int | None): While overdue: the addressee's escalation level it has reached.
        first_submitted_at (datetime.datetime | None):
        id (UUID):
        issue_ids (list[UUID]): Issues from the board's log that support it.
        overdue (bool): Still awaiting a response after its due date has ended.
        presented_at_meeting_id (None | UUID):
        priority (Priority):
        rationale (None | str):
        responded_at (datetime.datetime | None):
        response_due_on (datetime.date | None):
        responses (list[ResponseOut]):
        revisit_on (datetime.date | None):
        status (RecommendationStatus):
        submitted_at (datetime.datetime | None):
        theme_ids (list[UUID]):
        title (str):
        topic_tags (list[str]):
        updated_at (datetime.datetime | None):
    """

    addressed_to: None | str
    addressed_to_board_id: None | UUID
    agreed_by_poll_id: None | UUID
    board_id: UUID
    body: str
    closed_at: datetime.datetime | None
    created_at: datetime.datetime
    created_by: None | UUID
    decision: Decision | None
    escalation_level: int | None
    first_submitted_at: datetime.datetime | None
    id: UUID
    issue_ids: list[UUID]
    overdue: bool
    presented_at_meeting_id: None | UUID
    priority: Priority
    rationale: None | str
    responded_at: datetime.datetime | None
    response_due_on: datetime.date | None
    responses: list[ResponseOut]
    revisit_on: datetime.date | None
    status: RecommendationStatus
    submitted_at: datetime.datetime | None
    theme_ids: list[UUID]
    title: str
    topic_tags: list[str]
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addressed_to: None | str
        addressed_to = self.addressed_to

        addressed_to_board_id: None | str
        if isinstance(self.addressed_to_board_id, UUID):
            addressed_to_board_id = str(self.addressed_to_board_id)
        else:
            addressed_to_board_id = self.addressed_to_board_id

        agreed_by_poll_id: None | str
        if isinstance(self.agreed_by_poll_id, UUID):
            agreed_by_poll_id = str(self.agreed_by_poll_id)
        else:
            agreed_by_poll_id = self.agreed_by_poll_id

        board_id = str(self.board_id)

        body = self.body

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        created_at = self.created_at.isoformat()

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        decision: None | str
        if isinstance(self.decision, Decision):
            decision = self.decision.value
        else:
            decision = self.decision

        escalation_level: int | None
        escalation_level = self.escalation_level

        first_submitted_at: None | str
        if isinstance(self.first_submitted_at, datetime.datetime):
            first_submitted_at = self.first_submitted_at.isoformat()
        else:
            first_submitted_at = self.first_submitted_at

        id = str(self.id)

        issue_ids = []
        for issue_ids_item_data in self.issue_ids:
            issue_ids_item = str(issue_ids_item_data)
            issue_ids.append(issue_ids_item)

        overdue = self.overdue

        presented_at_meeting_id: None | str
        if isinstance(self.presented_at_meeting_id, UUID):
            presented_at_meeting_id = str(self.presented_at_meeting_id)
        else:
            presented_at_meeting_id = self.presented_at_meeting_id

        priority = self.priority.value

        rationale: None | str
        rationale = self.rationale

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

        responses = []
        for responses_item_data in self.responses:
            responses_item = responses_item_data.to_dict()
            responses.append(responses_item)

        revisit_on: None | str
        if isinstance(self.revisit_on, datetime.date):
            revisit_on = self.revisit_on.isoformat()
        else:
            revisit_on = self.revisit_on

        status = self.status.value

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        theme_ids = []
        for theme_ids_item_data in self.theme_ids:
            theme_ids_item = str(theme_ids_item_data)
            theme_ids.append(theme_ids_item)

        title = self.title

        topic_tags = self.topic_tags

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressedTo": addressed_to,
                "addressedToBoardId": addressed_to_board_id,
                "agreedByPollId": agreed_by_poll_id,
                "boardId": board_id,
                "body": body,
                "closedAt": closed_at,
                "createdAt": created_at,
                "createdBy": created_by,
                "decision": decision,
                "escalationLevel": escalation_level,
                "firstSubmittedAt": first_submitted_at,
                "id": id,
                "issueIds": issue_ids,
                "overdue": overdue,
                "presentedAtMeetingId": presented_at_meeting_id,
                "priority": priority,
                "rationale": rationale,
                "respondedAt": responded_at,
                "responseDueOn": response_due_on,
                "responses": responses,
                "revisitOn": revisit_on,
                "status": status,
                "submittedAt": submitted_at,
                "themeIds": theme_ids,
                "title": title,
                "topicTags": topic_tags,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        def _parse_agreed_by_poll_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agreed_by_poll_id_type_0 = UUID(data)

                return agreed_by_poll_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        agreed_by_poll_id = _parse_agreed_by_poll_id(d.pop("agreedByPollId"))

        board_id = UUID(d.pop("boardId"))

        body = d.pop("body")

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closedAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_created_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by = _parse_created_by(d.pop("createdBy"))

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

        issue_ids = []
        _issue_ids = d.pop("issueIds")
        for issue_ids_item_data in _issue_ids:
            issue_ids_item = UUID(issue_ids_item_data)

            issue_ids.append(issue_ids_item)

        overdue = d.pop("overdue")

        def _parse_presented_at_meeting_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                presented_at_meeting_id_type_0 = UUID(data)

                return presented_at_meeting_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        presented_at_meeting_id = _parse_presented_at_meeting_id(d.pop("presentedAtMeetingId"))

        priority = Priority(d.pop("priority"))

        def _parse_rationale(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rationale = _parse_rationale(d.pop("rationale"))

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

        responses = []
        _responses = d.pop("responses")
        for responses_item_data in _responses:
            responses_item = ResponseOut.from_dict(responses_item_data)

            responses.append(responses_item)

        def _parse_revisit_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revisit_on_type_0 = datetime.date.fromisoformat(data)

                return revisit_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        revisit_on = _parse_revisit_on(d.pop("revisitOn"))

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

        theme_ids = []
        _theme_ids = d.pop("themeIds")
        for theme_ids_item_data in _theme_ids:
            theme_ids_item = UUID(theme_ids_item_data)

            theme_ids.append(theme_ids_item)

        title = d.pop("title")

        topic_tags = cast(list[str], d.pop("topicTags"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updatedAt"))

        recommendation_internal = cls(
            addressed_to=addressed_to,
            addressed_to_board_id=addressed_to_board_id,
            agreed_by_poll_id=agreed_by_poll_id,
            board_id=board_id,
            body=body,
            closed_at=closed_at,
            created_at=created_at,
            created_by=created_by,
            decision=decision,
            escalation_level=escalation_level,
            first_submitted_at=first_submitted_at,
            id=id,
            issue_ids=issue_ids,
            overdue=overdue,
            presented_at_meeting_id=presented_at_meeting_id,
            priority=priority,
            rationale=rationale,
            responded_at=responded_at,
            response_due_on=response_due_on,
            responses=responses,
            revisit_on=revisit_on,
            status=status,
            submitted_at=submitted_at,
            theme_ids=theme_ids,
            title=title,
            topic_tags=topic_tags,
            updated_at=updated_at,
        )

        recommendation_internal.additional_properties = d
        return recommendation_internal

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
