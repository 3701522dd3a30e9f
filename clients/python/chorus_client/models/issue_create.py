from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueCreate")


@_attrs_define
class IssueCreate:
    """An issue raised with a member. Record what was raised, never who raised it.

    Attributes:
        category (str):
        service (str): The service or place.
        summary (str):
        follow_up_on (datetime.date | None | Unset):
        outcome (None | str | Unset):
        raised_on (datetime.date | None | Unset):
        theme_id (None | Unset | UUID):
    """

    category: str
    service: str
    summary: str
    follow_up_on: datetime.date | None | Unset = UNSET
    outcome: None | str | Unset = UNSET
    raised_on: datetime.date | None | Unset = UNSET
    theme_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        service = self.service

        summary = self.summary

        follow_up_on: None | str | Unset
        if isinstance(self.follow_up_on, Unset):
            follow_up_on = UNSET
        elif isinstance(self.follow_up_on, datetime.date):
            follow_up_on = self.follow_up_on.isoformat()
        else:
            follow_up_on = self.follow_up_on

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        raised_on: None | str | Unset
        if isinstance(self.raised_on, Unset):
            raised_on = UNSET
        elif isinstance(self.raised_on, datetime.date):
            raised_on = self.raised_on.isoformat()
        else:
            raised_on = self.raised_on

        theme_id: None | str | Unset
        if isinstance(self.theme_id, Unset):
            theme_id = UNSET
        elif isinstance(self.theme_id, UUID):
            theme_id = str(self.theme_id)
        else:
            theme_id = self.theme_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "service": service,
                "summary": summary,
            }
        )
        if follow_up_on is not UNSET:
            field_dict["followUpOn"] = follow_up_on
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if raised_on is not UNSET:
            field_dict["raisedOn"] = raised_on
        if theme_id is not UNSET:
            field_dict["themeId"] = theme_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        service = d.pop("service")

        summary = d.pop("summary")

        def _parse_follow_up_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                follow_up_on_type_0 = datetime.date.fromisoformat(data)

                return follow_up_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        follow_up_on = _parse_follow_up_on(d.pop("followUpOn", UNSET))

        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_raised_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                raised_on_type_0 = datetime.date.fromisoformat(data)

                return raised_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        raised_on = _parse_raised_on(d.pop("raisedOn", UNSET))

        def _parse_theme_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                theme_id_type_0 = UUID(data)

                return theme_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        theme_id = _parse_theme_id(d.pop("themeId", UNSET))

        issue_create = cls(
            category=category,
            service=service,
            summary=summary,
            follow_up_on=follow_up_on,
            outcome=outcome,
            raised_on=raised_on,
            theme_id=theme_id,
        )

        return issue_create
