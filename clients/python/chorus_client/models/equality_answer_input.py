from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="EqualityAnswerInput")


@_attrs_define
class EqualityAnswerInput:
    """
    Attributes:
        option (str): One of the question's keys.
        question_id (UUID):
    """

    option: str
    question_id: UUID

    def to_dict(self) -> dict[str, Any]:
        option = self.option

        question_id = str(self.question_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "option": option,
                "questionId": question_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        option = d.pop("option")

        question_id = UUID(d.pop("questionId"))

        equality_answer_input = cls(
            option=option,
            question_id=question_id,
        )

        return equality_answer_input
