from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.decision import Decision

T = TypeVar("T", bound="ResponseOut")


@_attrs_define
class ResponseOut:
    """One formal response, with the submission it answered.

    Attributes:
        decision (Decision):
        id (UUID):
        on_time (bool):
        owner (None | str):
        reasons (None | str):
        responded_at (datetime.datetime):
        response_due_on (datetime.date):
        revisit_on (datetime.date | None):
        submitted_at (datetime.datetime):
        target_date (datetime.date | None):
    """

    decision: Decision
    id: UUID
    on_time: bool
    owner: None | str
    reasons: None | str
    responded_at: datetime.datetime
    response_due_on: datetime.date
    revisit_on: datetime.date | None
    submitted_at: datetime.datetime
    target_date: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        id = str(self.id)

        on_time = self.on_time

        owner: None | str
        owner = self.owner

        reasons: None | str
        reasons = self.reasons

        responded_at = self.responded_at.isoformat()

        response_due_on = self.response_due_on.isoformat()

        revisit_on: None | str
        if isinstance(self.revisit_on, datetime.date):
            revisit_on = self.revisit_on.isoformat()
        else:
            revisit_on = self.revisit_on

        submitted_at = self.submitted_at.isoformat()

        target_date: None | str
        if isinstance(self.target_date, datetime.date):
            target_date = self.target_date.isoformat()
        else:
            target_date = self.target_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decision": decision,
                "id": id,
                "onTime": on_time,
                "owner": owner,
                "reasons": reasons,
                "respondedAt": responded_at,
                "responseDueOn": response_due_on,
                "revisitOn": revisit_on,
                "submittedAt": submitted_at,
                "targetDate": target_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = Decision(d.pop("decision"))

        id = UUID(d.pop("id"))

        on_time = d.pop("onTime")

        def _parse_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner = _parse_owner(d.pop("owner"))

        def _parse_reasons(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reasons = _parse_reasons(d.pop("reasons"))

        responded_at = datetime.datetime.fromisoformat(d.pop("respondedAt"))

        response_due_on = datetime.date.fromisoformat(d.pop("responseDueOn"))

        def _parse_revisit_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revisit_on_type_0 = datetime.date.fromisoformat(data)

                return revisit_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        revisit_on = _parse_revisit_on(d.pop("revisitOn"))

        submitted_at = datetime.datetime.fromisoformat(d.pop("submittedAt"))

        def _parse_target_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_date_type_0 = datetime.date.fromisoformat(data)

                return target_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        target_date = _parse_target_date(d.pop("targetDate"))

        response_out = cls(
            decision=decision,
            id=id,
            on_time=on_time,
            owner=owner,
            reasons=reasons,
            responded_at=responded_at,
            response_due_on=response_due_on,
            revisit_on=revisit_on,
            submitted_at=submitted_at,
            target_date=target_date,
        )

        response_out.additional_properties = d
        return response_out

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
