from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.declaration_input import DeclarationInput


T = TypeVar("T", bound="DeclarationsInput")


@_attrs_define
class DeclarationsInput:
    """
    Attributes:
        declarations (list[DeclarationInput]):
    """

    declarations: list[DeclarationInput]

    def to_dict(self) -> dict[str, Any]:
        declarations = []
        for declarations_item_data in self.declarations:
            declarations_item = declarations_item_data.to_dict()
            declarations.append(declarations_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "declarations": declarations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.declaration_input import DeclarationInput  # noqa: PLC0415

        d = dict(src_dict)
        declarations = []
        _declarations = d.pop("declarations")
        for declarations_item_data in _declarations:
            declarations_item = DeclarationInput.from_dict(declarations_item_data)

            declarations.append(declarations_item)

        declarations_input = cls(
            declarations=declarations,
        )

        return declarations_input
