from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense_item_input import ExpenseItemInput


T = TypeVar("T", bound="ExpenseClaimCreate")


@_attrs_define
class ExpenseClaimCreate:
    """
    Attributes:
        board_id (None | Unset | UUID):
        items (list[ExpenseItemInput] | Unset): Lines, if you have them; at most 100.
        person_id (None | Unset | UUID): Coordinators claim on a member's behalf; left out, the claim is yours.
        purpose (None | str | Unset):
    """

    board_id: None | Unset | UUID = UNSET
    items: list[ExpenseItemInput] | Unset = UNSET
    person_id: None | Unset | UUID = UNSET
    purpose: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        board_id: None | str | Unset
        if isinstance(self.board_id, Unset):
            board_id = UNSET
        elif isinstance(self.board_id, UUID):
            board_id = str(self.board_id)
        else:
            board_id = self.board_id

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        elif isinstance(self.person_id, UUID):
            person_id = str(self.person_id)
        else:
            person_id = self.person_id

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if board_id is not UNSET:
            field_dict["boardId"] = board_id
        if items is not UNSET:
            field_dict["items"] = items
        if person_id is not UNSET:
            field_dict["personId"] = person_id
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expense_item_input import ExpenseItemInput  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_board_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                board_id_type_0 = UUID(data)

                return board_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        board_id = _parse_board_id(d.pop("boardId", UNSET))

        _items = d.pop("items", UNSET)
        items: list[ExpenseItemInput] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ExpenseItemInput.from_dict(items_item_data)

                items.append(items_item)

        def _parse_person_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_id_type_0 = UUID(data)

                return person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        person_id = _parse_person_id(d.pop("personId", UNSET))

        def _parse_purpose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))

        expense_claim_create = cls(
            board_id=board_id,
            items=items,
            person_id=person_id,
            purpose=purpose,
        )

        return expense_claim_create
