from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnswerInput")


@_attrs_define
class AnswerInput:
    """
    Attributes:
        question_id (UUID):
        option (int | None | Unset): A choice question's option, by its index from 0.
        scale (int | None | Unset): A scale question's 1-5.
        text (None | str | Unset):
    """

    question_id: UUID
    option: int | None | Unset = UNSET
    scale: int | None | Unset = UNSET
    text: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        question_id = str(self.question_id)

        option: int | None | Unset
        if isinstance(self.option, Unset):
            option = UNSET
        else:
            option = self.option

        scale: int | None | Unset
        if isinstance(self.scale, Unset):
            scale = UNSET
        else:
            scale = self.scale

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "questionId": question_id,
            }
        )
        if option is not UNSET:
            field_dict["option"] = option
        if scale is not UNSET:
            field_dict["scale"] = scale
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question_id = UUID(d.pop("questionId"))

        def _parse_option(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        option = _parse_option(d.pop("option", UNSET))

        def _parse_scale(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scale = _parse_scale(d.pop("scale", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        answer_input = cls(
            question_id=question_id,
            option=option,
            scale=scale,
            text=text,
        )

        return answer_input
