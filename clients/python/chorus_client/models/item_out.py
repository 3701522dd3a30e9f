from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category import Category
from ..models.day_part import DayPart
from ..models.vehicle import Vehicle
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemOut")


@_attrs_define
class ItemOut:
    """A line of a claim, with what the policy allowed for it and why.

    Attributes:
        activity (None | str):
        allowed_pence (int): What the policy allows for the line.
        board_id (None | UUID): The meeting's board, or the claim's.
        category (Category):
        claim_id (UUID):
        claimed_pence (int): What was spent; computed for mileage and involvement payments.
        day_part (DayPart | None):
        description (str):
        expense_date (datetime.date):
        explanation (list[str]): How the policy arrived at `allowedPence`, step by step.
        id (UUID):
        meeting_id (None | UUID):
        miles (float | None):
        nights (int | None):
        policy_id (None | UUID): The policy version the line was judged by; null for the built-in defaults.
        problems (list[str]): What stops the claim being submitted while this line is on it.
        receipt_ids (list[UUID]):
        vehicle (None | Vehicle):
        lot_id (None | Unset | UUID): The procurement lot whose evaluation panel work an involvement payment is for, in
            place of a meeting.
    """

    activity: None | str
    allowed_pence: int
    board_id: None | UUID
    category: Category
    claim_id: UUID
    claimed_pence: int
    day_part: DayPart | None
    description: str
    expense_date: datetime.date
    explanation: list[str]
    id: UUID
    meeting_id: None | UUID
    miles: float | None
    nights: int | None
    policy_id: None | UUID
    problems: list[str]
    receipt_ids: list[UUID]
    vehicle: None | Vehicle
    lot_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity: None | str
        activity = self.activity

        allowed_pence = self.allowed_pence

        board_id: None | str
        if isinstance(self.board_id, UUID):
            board_id = str(self.board_id)
        else:
            board_id = self.board_id

        category = self.category.value

        claim_id = str(self.claim_id)

        claimed_pence = self.claimed_pence

        day_part: None | str
        if isinstance(self.day_part, DayPart):
            day_part = self.day_part.value
        else:
            day_part = self.day_part

        description = self.description

        expense_date = self.expense_date.isoformat()

        explanation = self.explanation

        id = str(self.id)

        meeting_id: None | str
        if isinstance(self.meeting_id, UUID):
            meeting_id = str(self.meeting_id)
        else:
            meeting_id = self.meeting_id

        miles: float | None
        miles = self.miles

        nights: int | None
        nights = self.nights

        policy_id: None | str
        if isinstance(self.policy_id, UUID):
            policy_id = str(self.policy_id)
        else:
            policy_id = self.policy_id

        problems = self.problems

        receipt_ids = []
        for receipt_ids_item_data in self.receipt_ids:
            receipt_ids_item = str(receipt_ids_item_data)
            receipt_ids.append(receipt_ids_item)

        vehicle: None | str
        if isinstance(self.vehicle, Vehicle):
            vehicle = self.vehicle.value
        else:
            vehicle = self.vehicle

        lot_id: None | str | Unset
        if isinstance(self.lot_id, Unset):
            lot_id = UNSET
        elif isinstance(self.lot_id, UUID):
            lot_id = str(self.lot_id)
        else:
            lot_id = self.lot_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity": activity,
                "allowedPence": allowed_pence,
                "boardId": board_id,
                "category": category,
                "claimId": claim_id,
                "claimedPence": claimed_pence,
                "dayPart": day_part,
                "description": description,
                "expenseDate": expense_date,
                "explanation": explanation,
                "id": id,
                "meetingId": meeting_id,
                "miles": miles,
                "nights": nights,
                "policyId": policy_id,
                "problems": problems,
                "receiptIds": receipt_ids,
                "vehicle": vehicle,
            }
        )
        if lot_id is not UNSET:
            field_dict["lotId"] = lot_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_activity(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        activity = _parse_activity(d.pop("activity"))

        allowed_pence = d.pop("allowedPence")

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

        category = Category(d.pop("category"))

        claim_id = UUID(d.pop("claimId"))

        claimed_pence = d.pop("claimedPence")

        def _parse_day_part(data: object) -> DayPart | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                day_part_type_0 = DayPart(data)

                return day_part_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayPart | None, data)

        day_part = _parse_day_part(d.pop("dayPart"))

        description = d.pop("description")

        expense_date = datetime.date.fromisoformat(d.pop("expenseDate"))

        explanation = cast(list[str], d.pop("explanation"))

        id = UUID(d.pop("id"))

        def _parse_meeting_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meeting_id_type_0 = UUID(data)

                return meeting_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        meeting_id = _parse_meeting_id(d.pop("meetingId"))

        def _parse_miles(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        miles = _parse_miles(d.pop("miles"))

        def _parse_nights(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        nights = _parse_nights(d.pop("nights"))

        def _parse_policy_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                policy_id_type_0 = UUID(data)

                return policy_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        policy_id = _parse_policy_id(d.pop("policyId"))

        problems = cast(list[str], d.pop("problems"))

        receipt_ids = []
        _receipt_ids = d.pop("receiptIds")
        for receipt_ids_item_data in _receipt_ids:
            receipt_ids_item = UUID(receipt_ids_item_data)

            receipt_ids.append(receipt_ids_item)

        def _parse_vehicle(data: object) -> None | Vehicle:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vehicle_type_0 = Vehicle(data)

                return vehicle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Vehicle, data)

        vehicle = _parse_vehicle(d.pop("vehicle"))

        def _parse_lot_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lot_id_type_0 = UUID(data)

                return lot_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        lot_id = _parse_lot_id(d.pop("lotId", UNSET))

        item_out = cls(
            activity=activity,
            allowed_pence=allowed_pence,
            board_id=board_id,
            category=category,
            claim_id=claim_id,
            claimed_pence=claimed_pence,
            day_part=day_part,
            description=description,
            expense_date=expense_date,
            explanation=explanation,
            id=id,
            meeting_id=meeting_id,
            miles=miles,
            nights=nights,
            policy_id=policy_id,
            problems=problems,
            receipt_ids=receipt_ids,
            vehicle=vehicle,
            lot_id=lot_id,
        )

        item_out.additional_properties = d
        return item_out

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
