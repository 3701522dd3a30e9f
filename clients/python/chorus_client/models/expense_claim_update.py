from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpenseClaimUpdate")


@_attrs_define
class ExpenseClaimUpdate:
    """
    Attributes:
        board_id (None | Unset | UUID):
        purpose (None | str | Unset):
    """

    board_id: None | Unset | UUID = UNSET
    purpose: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        board_id: None | str | Unset
        if isinstance(self.board_id, Unset):
            board_id = UNSET
        elif isinstance(self.board_id, UUID):
            board_id = str(self.board_id)
        else:
            board_id = self.board_id

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if board_id is not UNSET:
            field_dict["boardId"] = board_id
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        def _parse_purpose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))

        expense_claim_update = cls(
            board_id=board_id,
            purpose=purpose,
        )

        return expense_claim_update
