from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.question_kind import QuestionKind

T = TypeVar("T", bound="SurveyQuestionResultOut")


@_attrs_define
class SurveyQuestionResultOut:
    """One question's answers in aggregate. Withheld (`suppressed`, no figures) until it
    has at least the organisation's threshold of answers; free text is shown on a named
    survey whatever the number.

        Attributes:
            answers (int | None):
            counts (list[int]): Scale: how many gave 1 to 5. Choice: how many chose each option.
            kind (QuestionKind):
            mean (float | None): A scale question's mean.
            question_id (UUID):
            suppressed (bool):
            texts (list[str]): Free-text answers, in alphabetical order.
    """

    answers: int | None
    counts: list[int]
    kind: QuestionKind
    mean: float | None
    question_id: UUID
    suppressed: bool
    texts: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answers: int | None
        answers = self.answers

        counts = self.counts

        kind = self.kind.value

        mean: float | None
        mean = self.mean

        question_id = str(self.question_id)

        suppressed = self.suppressed

        texts = self.texts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
                "counts": counts,
                "kind": kind,
                "mean": mean,
                "questionId": question_id,
                "suppressed": suppressed,
                "texts": texts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_answers(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        answers = _parse_answers(d.pop("answers"))

        counts = cast(list[int], d.pop("counts"))

        kind = QuestionKind(d.pop("kind"))

        def _parse_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean = _parse_mean(d.pop("mean"))

        question_id = UUID(d.pop("questionId"))

        suppressed = d.pop("suppressed")

        texts = cast(list[str], d.pop("texts"))

        survey_question_result_out = cls(
            answers=answers,
            counts=counts,
            kind=kind,
            mean=mean,
            question_id=question_id,
            suppressed=suppressed,
            texts=texts,
        )

        survey_question_result_out.additional_properties = d
        return survey_question_result_out

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
