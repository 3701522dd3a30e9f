from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.opportunity_create_eligibility_type_0 import OpportunityCreateEligibilityType0


T = TypeVar("T", bound="OpportunityCreate")


@_attrs_define
class OpportunityCreate:
    """
    Attributes:
        board_id (UUID): The board the vacancy is on.
        title (str):
        closes_on (datetime.date | None | Unset):
        description (None | str | Unset):
        eligibility (None | OpportunityCreateEligibilityType0 | Unset): The rule applicants must meet, e.g. {"all":
            [{"question": "community_order_within_years", "lte": 2}]}. Criteria: eq, ne, lt, lte, gt, gte, in.
        places (int | Unset):  Default: 1.
        seat_id (None | Unset | UUID): The seat whose pool the vacancy is in, if any.
    """

    board_id: UUID
    title: str
    closes_on: datetime.date | None | Unset = UNSET
    description: None | str | Unset = UNSET
    eligibility: None | OpportunityCreateEligibilityType0 | Unset = UNSET
    places: int | Unset = 1
    seat_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.opportunity_create_eligibility_type_0 import OpportunityCreateEligibilityType0  # noqa: PLC0415

        board_id = str(self.board_id)

        title = self.title

        closes_on: None | str | Unset
        if isinstance(self.closes_on, Unset):
            closes_on = UNSET
        elif isinstance(self.closes_on, datetime.date):
            closes_on = self.closes_on.isoformat()
        else:
            closes_on = self.closes_on

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        eligibility: dict[str, Any] | None | Unset
        if isinstance(self.eligibility, Unset):
            eligibility = UNSET
        elif isinstance(self.eligibility, OpportunityCreateEligibilityType0):
            eligibility = self.eligibility.to_dict()
        else:
            eligibility = self.eligibility

        places = self.places

        seat_id: None | str | Unset
        if isinstance(self.seat_id, Unset):
            seat_id = UNSET
        elif isinstance(self.seat_id, UUID):
            seat_id = str(self.seat_id)
        else:
            seat_id = self.seat_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "boardId": board_id,
                "title": title,
            }
        )
        if closes_on is not UNSET:
            field_dict["closesOn"] = closes_on
        if description is not UNSET:
            field_dict["description"] = description
        if eligibility is not UNSET:
            field_dict["eligibility"] = eligibility
        if places is not UNSET:
            field_dict["places"] = places
        if seat_id is not UNSET:
            field_dict["seatId"] = seat_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.opportunity_create_eligibility_type_0 import OpportunityCreateEligibilityType0  # noqa: PLC0415

        d = dict(src_dict)
        board_id = UUID(d.pop("boardId"))

        title = d.pop("title")

        def _parse_closes_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closes_on_type_0 = datetime.date.fromisoformat(data)

                return closes_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        closes_on = _parse_closes_on(d.pop("closesOn", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_eligibility(data: object) -> None | OpportunityCreateEligibilityType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eligibility_type_0 = OpportunityCreateEligibilityType0.from_dict(data)

                return eligibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpportunityCreateEligibilityType0 | Unset, data)

        eligibility = _parse_eligibility(d.pop("eligibility", UNSET))

        places = d.pop("places", UNSET)

        def _parse_seat_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seat_id_type_0 = UUID(data)

                return seat_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        seat_id = _parse_seat_id(d.pop("seatId", UNSET))

        opportunity_create = cls(
            board_id=board_id,
            title=title,
            closes_on=closes_on,
            description=description,
            eligibility=eligibility,
            places=places,
            seat_id=seat_id,
        )

        return opportunity_create
