from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.question_kind import QuestionKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionInput")


@_attrs_define
class QuestionInput:
    """
    Attributes:
        kind (QuestionKind):
        prompt (str):
        options (list[str] | Unset): A choice question's options.
    """

    kind: QuestionKind
    prompt: str
    options: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        prompt = self.prompt

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "prompt": prompt,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = QuestionKind(d.pop("kind"))

        prompt = d.pop("prompt")

        options = cast(list[str], d.pop("options", UNSET))

        question_input = cls(
            kind=kind,
            prompt=prompt,
            options=options,
        )

        return question_input
