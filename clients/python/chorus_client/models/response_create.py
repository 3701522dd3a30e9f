from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.decision import Decision
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseCreate")


@_attrs_define
class ResponseCreate:
    """A governance board's decision. The rules linking fields to the decision live in
    ``lifecycle.check_response`` so that every transport gets the same answer.

        Attributes:
            decision (Decision):
            owner (None | str | Unset):
            reasons (None | str | Unset):
            revisit_on (datetime.date | None | Unset):
            target_date (datetime.date | None | Unset):
    """

    decision: Decision
    owner: None | str | Unset = UNSET
    reasons: None | str | Unset = UNSET
    revisit_on: datetime.date | None | Unset = UNSET
    target_date: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        reasons: None | str | Unset
        if isinstance(self.reasons, Unset):
            reasons = UNSET
        else:
            reasons = self.reasons

        revisit_on: None | str | Unset
        if isinstance(self.revisit_on, Unset):
            revisit_on = UNSET
        elif isinstance(self.revisit_on, datetime.date):
            revisit_on = self.revisit_on.isoformat()
        else:
            revisit_on = self.revisit_on

        target_date: None | str | Unset
        if isinstance(self.target_date, Unset):
            target_date = UNSET
        elif isinstance(self.target_date, datetime.date):
            target_date = self.target_date.isoformat()
        else:
            target_date = self.target_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        if revisit_on is not UNSET:
            field_dict["revisitOn"] = revisit_on
        if target_date is not UNSET:
            field_dict["targetDate"] = target_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = Decision(d.pop("decision"))

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_reasons(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reasons = _parse_reasons(d.pop("reasons", UNSET))

        def _parse_revisit_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revisit_on_type_0 = datetime.date.fromisoformat(data)

                return revisit_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        revisit_on = _parse_revisit_on(d.pop("revisitOn", UNSET))

        def _parse_target_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_date_type_0 = datetime.date.fromisoformat(data)

                return target_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        target_date = _parse_target_date(d.pop("targetDate", UNSET))

        response_create = cls(
            decision=decision,
            owner=owner,
            reasons=reasons,
            revisit_on=revisit_on,
            target_date=target_date,
        )

        return response_create
