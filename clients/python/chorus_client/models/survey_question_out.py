from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.question_kind import QuestionKind

T = TypeVar("T", bound="SurveyQuestionOut")


@_attrs_define
class SurveyQuestionOut:
    """
    Attributes:
        id (UUID):
        kind (QuestionKind):
        options (list[str]): A choice question's options; answer by index.
        position (int):
        prompt (str):
    """

    id: UUID
    kind: QuestionKind
    options: list[str]
    position: int
    prompt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        options = self.options

        position = self.position

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "options": options,
                "position": position,
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = QuestionKind(d.pop("kind"))

        options = cast(list[str], d.pop("options"))

        position = d.pop("position")

        prompt = d.pop("prompt")

        survey_question_out = cls(
            id=id,
            kind=kind,
            options=options,
            position=position,
            prompt=prompt,
        )

        survey_question_out.additional_properties = d
        return survey_question_out

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
