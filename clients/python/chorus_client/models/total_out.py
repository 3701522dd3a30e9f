from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TotalOut")


@_attrs_define
class TotalOut:
    """
    Attributes:
        board_id (None | UUID):
        claim_count (int):
        expenses_pence (int):
        involvement_pence (int):
        period (None | str):
        person_id (None | UUID):
        total_pence (int):
    """

    board_id: None | UUID
    claim_count: int
    expenses_pence: int
    involvement_pence: int
    period: None | str
    person_id: None | UUID
    total_pence: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_id: None | str
        if isinstance(self.board_id, UUID):
            board_id = str(self.board_id)
        else:
            board_id = self.board_id

        claim_count = self.claim_count

        expenses_pence = self.expenses_pence

        involvement_pence = self.involvement_pence

        period: None | str
        period = self.period

        person_id: None | str
        if isinstance(self.person_id, UUID):
            person_id = str(self.person_id)
        else:
            person_id = self.person_id

        total_pence = self.total_pence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boardId": board_id,
                "claimCount": claim_count,
                "expensesPence": expenses_pence,
                "involvementPence": involvement_pence,
                "period": period,
                "personId": person_id,
                "totalPence": total_pence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_board_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                board_id_type_0 = UUID(data)

                return board_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        board_id = _parse_board_id(d.pop("boardId"))

        claim_count = d.pop("claimCount")

        expenses_pence = d.pop("expensesPence")

        involvement_pence = d.pop("involvementPence")

        def _parse_period(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        period = _parse_period(d.pop("period"))

        def _parse_person_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_id_type_0 = UUID(data)

                return person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        person_id = _parse_person_id(d.pop("personId"))

        total_pence = d.pop("totalPence")

        total_out = cls(
            board_id=board_id,
            claim_count=claim_count,
            expenses_pence=expenses_pence,
            involvement_pence=involvement_pence,
            period=period,
            person_id=person_id,
            total_pence=total_pence,
        )

        total_out.additional_properties = d
        return total_out

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
