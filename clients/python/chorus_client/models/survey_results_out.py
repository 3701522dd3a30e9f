from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_status import SurveyStatus

if TYPE_CHECKING:
    from ..models.survey_question_result_out import SurveyQuestionResultOut


T = TypeVar("T", bound="SurveyResultsOut")


@_attrs_define
class SurveyResultsOut:
    """
    Attributes:
        final (bool): False until the survey closes: until then, only a count.
        questions (list[SurveyQuestionResultOut]):
        respondents (int):
        status (SurveyStatus):
        survey_id (UUID):
        threshold (int): The organisation's smallCountThreshold.
    """

    final: bool
    questions: list[SurveyQuestionResultOut]
    respondents: int
    status: SurveyStatus
    survey_id: UUID
    threshold: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        final = self.final

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        respondents = self.respondents

        status = self.status.value

        survey_id = str(self.survey_id)

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "final": final,
                "questions": questions,
                "respondents": respondents,
                "status": status,
                "surveyId": survey_id,
                "threshold": threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.survey_question_result_out import SurveyQuestionResultOut  # noqa: PLC0415

        d = dict(src_dict)
        final = d.pop("final")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = SurveyQuestionResultOut.from_dict(questions_item_data)

            questions.append(questions_item)

        respondents = d.pop("respondents")

        status = SurveyStatus(d.pop("status"))

        survey_id = UUID(d.pop("surveyId"))

        threshold = d.pop("threshold")

        survey_results_out = cls(
            final=final,
            questions=questions,
            respondents=respondents,
            status=status,
            survey_id=survey_id,
            threshold=threshold,
        )

        survey_results_out.additional_properties = d
        return survey_results_out

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
