from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.category import Category
from ..models.day_part import DayPart
from ..models.vehicle import Vehicle
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpenseItemInput")


@_attrs_define
class ExpenseItemInput:
    """
    Attributes:
        category (Category):
        description (str):
        expense_date (datetime.date):
        activity (None | str | Unset): An activity of the policy's involvement rates; defaults to 'meeting'.
        amount_pence (int | None | Unset):
        day_part (DayPart | None | Unset):
        meeting_id (None | Unset | UUID):
        miles (float | None | str | Unset): To a tenth of a mile.
        nights (int | None | Unset): Accommodation: the nights the amount covers.
        vehicle (None | Unset | Vehicle):
    """

    category: Category
    description: str
    expense_date: datetime.date
    activity: None | str | Unset = UNSET
    amount_pence: int | None | Unset = UNSET
    day_part: DayPart | None | Unset = UNSET
    meeting_id: None | Unset | UUID = UNSET
    miles: float | None | str | Unset = UNSET
    nights: int | None | Unset = UNSET
    vehicle: None | Unset | Vehicle = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        description = self.description

        expense_date = self.expense_date.isoformat()

        activity: None | str | Unset
        if isinstance(self.activity, Unset):
            activity = UNSET
        else:
            activity = self.activity

        amount_pence: int | None | Unset
        if isinstance(self.amount_pence, Unset):
            amount_pence = UNSET
        else:
            amount_pence = self.amount_pence

        day_part: None | str | Unset
        if isinstance(self.day_part, Unset):
            day_part = UNSET
        elif isinstance(self.day_part, DayPart):
            day_part = self.day_part.value
        else:
            day_part = self.day_part

        meeting_id: None | str | Unset
        if isinstance(self.meeting_id, Unset):
            meeting_id = UNSET
        elif isinstance(self.meeting_id, UUID):
            meeting_id = str(self.meeting_id)
        else:
            meeting_id = self.meeting_id

        miles: float | None | str | Unset
        if isinstance(self.miles, Unset):
            miles = UNSET
        else:
            miles = self.miles

        nights: int | None | Unset
        if isinstance(self.nights, Unset):
            nights = UNSET
        else:
            nights = self.nights

        vehicle: None | str | Unset
        if isinstance(self.vehicle, Unset):
            vehicle = UNSET
        elif isinstance(self.vehicle, Vehicle):
            vehicle = self.vehicle.value
        else:
            vehicle = self.vehicle

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "description": description,
                "expenseDate": expense_date,
            }
        )
        if activity is not UNSET:
            field_dict["activity"] = activity
        if amount_pence is not UNSET:
            field_dict["amountPence"] = amount_pence
        if day_part is not UNSET:
            field_dict["dayPart"] = day_part
        if meeting_id is not UNSET:
            field_dict["meetingId"] = meeting_id
        if miles is not UNSET:
            field_dict["miles"] = miles
        if nights is not UNSET:
            field_dict["nights"] = nights
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = Category(d.pop("category"))

        description = d.pop("description")

        expense_date = datetime.date.fromisoformat(d.pop("expenseDate"))

        def _parse_activity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity = _parse_activity(d.pop("activity", UNSET))

        def _parse_amount_pence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_pence = _parse_amount_pence(d.pop("amountPence", UNSET))

        def _parse_day_part(data: object) -> DayPart | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                day_part_type_0 = DayPart(data)

                return day_part_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayPart | None | Unset, data)

        day_part = _parse_day_part(d.pop("dayPart", UNSET))

        def _parse_meeting_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meeting_id_type_0 = UUID(data)

                return meeting_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        meeting_id = _parse_meeting_id(d.pop("meetingId", UNSET))

        def _parse_miles(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        miles = _parse_miles(d.pop("miles", UNSET))

        def _parse_nights(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nights = _parse_nights(d.pop("nights", UNSET))

        def _parse_vehicle(data: object) -> None | Unset | Vehicle:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vehicle_type_0 = Vehicle(data)

                return vehicle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Vehicle, data)

        vehicle = _parse_vehicle(d.pop("vehicle", UNSET))

        expense_item_input = cls(
            category=category,
            description=description,
            expense_date=expense_date,
            activity=activity,
            amount_pence=amount_pence,
            day_part=day_part,
            meeting_id=meeting_id,
            miles=miles,
            nights=nights,
            vehicle=vehicle,
        )

        return expense_item_input
