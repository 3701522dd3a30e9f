from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.question_input import QuestionInput


T = TypeVar("T", bound="SurveyCreate")


@_attrs_define
class SurveyCreate:
    """
    Attributes:
        questions (list[QuestionInput]):
        title (str):
        anonymous (bool | Unset): Who responded is kept apart from what was answered. Default: True.
        description (None | str | Unset):
    """

    questions: list[QuestionInput]
    title: str
    anonymous: bool | Unset = True
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        title = self.title

        anonymous = self.anonymous

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "questions": questions,
                "title": title,
            }
        )
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.question_input import QuestionInput  # noqa: PLC0415

        d = dict(src_dict)
        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = QuestionInput.from_dict(questions_item_data)

            questions.append(questions_item)

        title = d.pop("title")

        anonymous = d.pop("anonymous", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        survey_create = cls(
            questions=questions,
            title=title,
            anonymous=anonymous,
            description=description,
        )

        return survey_create
