from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_status import OpportunityStatus

if TYPE_CHECKING:
    from ..models.opportunity_out_eligibility_type_0 import OpportunityOutEligibilityType0


T = TypeVar("T", bound="OpportunityOut")


@_attrs_define
class OpportunityOut:
    """A vacancy on a board, or in one of its seats' pools.

    Attributes:
        board_id (UUID):
        closes_on (datetime.date | None):
        created_at (datetime.datetime):
        description (None | str):
        eligibility (None | OpportunityOutEligibilityType0): The rule applicants must meet; null: anyone may apply.
        id (UUID):
        places (int):
        questions (list[str]): What an application must answer (in `answers`), and all it may.
        seat_id (None | UUID):
        status (OpportunityStatus):
        title (str):
        updated_at (datetime.datetime | None):
    """

    board_id: UUID
    closes_on: datetime.date | None
    created_at: datetime.datetime
    description: None | str
    eligibility: None | OpportunityOutEligibilityType0
    id: UUID
    places: int
    questions: list[str]
    seat_id: None | UUID
    status: OpportunityStatus
    title: str
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.opportunity_out_eligibility_type_0 import OpportunityOutEligibilityType0  # noqa: PLC0415

        board_id = str(self.board_id)

        closes_on: None | str
        if isinstance(self.closes_on, datetime.date):
            closes_on = self.closes_on.isoformat()
        else:
            closes_on = self.closes_on

        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        eligibility: dict[str, Any] | None
        if isinstance(self.eligibility, OpportunityOutEligibilityType0):
            eligibility = self.eligibility.to_dict()
        else:
            eligibility = self.eligibility

        id = str(self.id)

        places = self.places

        questions = self.questions

        seat_id: None | str
        if isinstance(self.seat_id, UUID):
            seat_id = str(self.seat_id)
        else:
            seat_id = self.seat_id

        status = self.status.value

        title = self.title

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boardId": board_id,
                "closesOn": closes_on,
                "createdAt": created_at,
                "description": description,
                "eligibility": eligibility,
                "id": id,
                "places": places,
                "questions": questions,
                "seatId": seat_id,
                "status": status,
                "title": title,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.opportunity_out_eligibility_type_0 import OpportunityOutEligibilityType0  # noqa: PLC0415

        d = dict(src_dict)
        board_id = UUID(d.pop("boardId"))

        def _parse_closes_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closes_on_type_0 = datetime.date.fromisoformat(data)

                return closes_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closes_on = _parse_closes_on(d.pop("closesOn"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_eligibility(data: object) -> None | OpportunityOutEligibilityType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eligibility_type_0 = OpportunityOutEligibilityType0.from_dict(data)

                return eligibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpportunityOutEligibilityType0, data)

        eligibility = _parse_eligibility(d.pop("eligibility"))

        id = UUID(d.pop("id"))

        places = d.pop("places")

        questions = cast(list[str], d.pop("questions"))

        def _parse_seat_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seat_id_type_0 = UUID(data)

                return seat_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        seat_id = _parse_seat_id(d.pop("seatId"))

        status = OpportunityStatus(d.pop("status"))

        title = d.pop("title")

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updatedAt"))

        opportunity_out = cls(
            board_id=board_id,
            closes_on=closes_on,
            created_at=created_at,
            description=description,
            eligibility=eligibility,
            id=id,
            places=places,
            questions=questions,
            seat_id=seat_id,
            status=status,
            title=title,
            updated_at=updated_at,
        )

        opportunity_out.additional_properties = d
        return opportunity_out

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
