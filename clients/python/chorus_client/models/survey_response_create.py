from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.answer_input import AnswerInput


T = TypeVar("T", bound="SurveyResponseCreate")


@_attrs_define
class SurveyResponseCreate:
    """
    Attributes:
        answers (list[AnswerInput]): At most one answer per question; any may be left out.
    """

    answers: list[AnswerInput]

    def to_dict(self) -> dict[str, Any]:
        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.answer_input import AnswerInput  # noqa: PLC0415

        d = dict(src_dict)
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = AnswerInput.from_dict(answers_item_data)

            answers.append(answers_item)

        survey_response_create = cls(
            answers=answers,
        )

        return survey_response_create
