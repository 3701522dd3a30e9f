from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.equality_question_report_out import EqualityQuestionReportOut


T = TypeVar("T", bound="EqualityReportOut")


@_attrs_define
class EqualityReportOut:
    """Counts of a group's monitoring answers, per question and option.

    Attributes:
        as_of (datetime.date | None): The date memberships were counted on; null: now.
        people (int): How many people the group has.
        questions (list[EqualityQuestionReportOut]):
        subject (str): board, seat, election or panel.
        subject_id (UUID):
        threshold (int): The organisation's smallCountThreshold.
    """

    as_of: datetime.date | None
    people: int
    questions: list[EqualityQuestionReportOut]
    subject: str
    subject_id: UUID
    threshold: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of: None | str
        if isinstance(self.as_of, datetime.date):
            as_of = self.as_of.isoformat()
        else:
            as_of = self.as_of

        people = self.people

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        subject = self.subject

        subject_id = str(self.subject_id)

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asOf": as_of,
                "people": people,
                "questions": questions,
                "subject": subject,
                "subjectId": subject_id,
                "threshold": threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.equality_question_report_out import EqualityQuestionReportOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_as_of(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                as_of_type_0 = datetime.date.fromisoformat(data)

                return as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        as_of = _parse_as_of(d.pop("asOf"))

        people = d.pop("people")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = EqualityQuestionReportOut.from_dict(questions_item_data)

            questions.append(questions_item)

        subject = d.pop("subject")

        subject_id = UUID(d.pop("subjectId"))

        threshold = d.pop("threshold")

        equality_report_out = cls(
            as_of=as_of,
            people=people,
            questions=questions,
            subject=subject,
            subject_id=subject_id,
            threshold=threshold,
        )

        equality_report_out.additional_properties = d
        return equality_report_out

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
