from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.equality_answer_input import EqualityAnswerInput


T = TypeVar("T", bound="EqualityAnswersSet")


@_attrs_define
class EqualityAnswersSet:
    """
    Attributes:
        answers (list[EqualityAnswerInput]): Every answer the person gives: questions left out are unanswered.
    """

    answers: list[EqualityAnswerInput]

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
        from ..models.equality_answer_input import EqualityAnswerInput  # noqa: PLC0415

        d = dict(src_dict)
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = EqualityAnswerInput.from_dict(answers_item_data)

            answers.append(answers_item)

        equality_answers_set = cls(
            answers=answers,
        )

        return equality_answers_set
