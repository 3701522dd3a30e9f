from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_status import SurveyStatus

if TYPE_CHECKING:
    from ..models.survey_question_out import SurveyQuestionOut


T = TypeVar("T", bound="SurveyOut")


@_attrs_define
class SurveyOut:
    """
    Attributes:
        anonymous (bool): Who responded is kept apart from what was answered.
        answered (bool): Whether you have answered it.
        board_id (UUID):
        closed_at (datetime.datetime | None):
        created_at (datetime.datetime):
        description (None | str):
        id (UUID):
        opened_at (datetime.datetime | None):
        questions (list[SurveyQuestionOut]):
        respondent_count (int):
        status (SurveyStatus):
        title (str):
        updated_at (datetime.datetime | None):
    """

    anonymous: bool
    answered: bool
    board_id: UUID
    closed_at: datetime.datetime | None
    created_at: datetime.datetime
    description: None | str
    id: UUID
    opened_at: datetime.datetime | None
    questions: list[SurveyQuestionOut]
    respondent_count: int
    status: SurveyStatus
    title: str
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anonymous = self.anonymous

        answered = self.answered

        board_id = str(self.board_id)

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        id = str(self.id)

        opened_at: None | str
        if isinstance(self.opened_at, datetime.datetime):
            opened_at = self.opened_at.isoformat()
        else:
            opened_at = self.opened_at

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        respondent_count = self.respondent_count

        status = self.status.value

        title = self.title

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anonymous": anonymous,
                "answered": answered,
                "boardId": board_id,
                "closedAt": closed_at,
                "createdAt": created_at,
                "description": description,
                "id": id,
                "openedAt": opened_at,
                "questions": questions,
                "respondentCount": respondent_count,
                "status": status,
                "title": title,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.survey_question_out import SurveyQuestionOut  # noqa: PLC0415

        d = dict(src_dict)
        anonymous = d.pop("anonymous")

        answered = d.pop("answered")

        board_id = UUID(d.pop("boardId"))

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

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        id = UUID(d.pop("id"))

        def _parse_opened_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        opened_at = _parse_opened_at(d.pop("openedAt"))

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = SurveyQuestionOut.from_dict(questions_item_data)

            questions.append(questions_item)

        respondent_count = d.pop("respondentCount")

        status = SurveyStatus(d.pop("status"))

        title = d.pop("title")

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

        survey_out = cls(
            anonymous=anonymous,
            answered=answered,
            board_id=board_id,
            closed_at=closed_at,
            created_at=created_at,
            description=description,
            id=id,
            opened_at=opened_at,
            questions=questions,
            respondent_count=respondent_count,
            status=status,
            title=title,
            updated_at=updated_at,
        )

        survey_out.additional_properties = d
        return survey_out

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
